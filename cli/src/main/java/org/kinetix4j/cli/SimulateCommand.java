package org.kinetix4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kinetix4j.env.ContactReward;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.trace.EngineTraceWriter;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/** {@code kinetix simulate}: runs a level headless and writes an engine trace. */
final class SimulateCommand implements Main.Command {
    private static final int DEFAULT_STEPS = 240;

    @Override
    public String summary() {
        return "run a level headless and write an engine trace (golden trace format)";
    }

    @Override
    public String usage() {
        return """
                usage: kinetix simulate --level FILE [--steps N] [--actions zero|plus|minus|FILE] [--trace OUT.jsonl]
                                        [--envs B] [--threads T] [--backend NAME] [--padding-quirk on|off]

                  --level FILE        a Kinetix level JSON file
                  --steps N           physics steps (default 240, or the length of --actions FILE)
                  --actions PROGRAM   zero: all 0; plus: motors +1, thrusters +1; minus: motors -1, thrusters +1;
                                      FILE: replay the action vectors of an engine trace (e.g. a golden trace)
                  --trace OUT.jsonl   write the trace of environment 0: a header line, then per physics step
                                      the action and every polygon and circle slot's
                                      [active, x, y, rotation, vx, vy, angular velocity]
                  --envs B            environments stepped together, all holding the level (default 1)
                  --threads T         CPU threads (default 1)
                  --backend NAME      cpu (default), opencl, cuda, or auto (CUDA, then OpenCL on a GPU, then
                                      the CPU); a device backend keeps the state on the device and copies it
                                      back after every step only when writing a trace
                  --padding-quirk     on (default): Jax2D's padding-lane quirk; off: as Kinetix.js""";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList,
                Set.of("--level", "--steps", "--actions", "--trace", "--envs", "--threads", "--backend",
                        "--padding-quirk"),
                Set.of());
        Path levelFile = Path.of(args.require("--level"));
        if (!Files.isRegularFile(levelFile)) {
            throw new UsageException("--level " + levelFile + ": no such file");
        }
        boolean quirk = Options.onOff(args, "--padding-quirk", true);
        int envs = args.positiveInt("--envs", 1);
        int threads = args.positiveInt("--threads", 1);
        String backendName = args.get(BackendOption.NAME, "cpu");
        BackendOption.check(backendName);
        Level level = LevelReader.read(levelFile);
        StaticConfig config = level.state().config.withPaddingQuirk(quirk);
        String program = args.get("--actions", "zero");
        List<float[]> actionSequence = EnginePrograms.sequence(program, config, args, DEFAULT_STEPS);
        int steps = actionSequence.size();

        BatchState state = new BatchState(config, envs);
        EnvTables tables = new EnvTables(config, envs);
        for (int env = 0; env < envs; env++) {
            level.copyInto(state, tables, env);
        }
        int actionSize = config.actionSize();
        Path traceFile = args.has("--trace") ? Path.of(args.require("--trace")) : null;
        StringWriter discard = new StringWriter();
        BufferedWriter traceOut = traceFile == null ? new BufferedWriter(discard)
                : Files.newBufferedWriter(traceFile, StandardCharsets.UTF_8);
        float[] actions = new float[envs * actionSize];
        long elapsed = 0;
        String ranOn;
        try (Backend backend = BackendOption.create(backendName, threads);
                EngineTraceWriter trace = new EngineTraceWriter(traceOut)) {
            ranOn = backend.name();
            trace.writeHeader(header(levelFile, level, config, program, actionSequence, ranOn));
            backend.hostStateChanged(state);
            for (int t = 1; t <= steps; t++) {
                float[] action = actionSequence.get(t - 1);
                for (int env = 0; env < envs; env++) {
                    System.arraycopy(action, 0, actions, env * actionSize, actionSize);
                }
                long start = System.nanoTime();
                backend.step(state, actions);
                if (traceFile != null || t == steps) {
                    backend.syncToHost(state);
                }
                elapsed += System.nanoTime() - start;
                if (traceFile != null) {
                    trace.writeStep(t, actions, 0, actionSize, ContactReward.sparseReward(state, tables, 0), state, 0);
                }
            }
        }
        double seconds = elapsed / 1e9;
        out.printf(Locale.ROOT, "%s: %d physics steps x %d envs on %s in %.3f s (%.0f env-steps/s)%s%n",
                levelFile.getFileName(), steps, envs, ranOn.equals("cpu") ? threads + " thread(s)" : ranOn,
                seconds, steps * (double) envs / seconds, traceFile == null ? "" : "; trace written to " + traceFile);
        return 0;
    }

    private static ObjectNode header(Path levelFile, Level level, StaticConfig config, String program,
            List<float[]> actionSequence, String backend) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode header = mapper.createObjectNode();
        header.put("kind", "engine");
        header.put("format_version", 1);
        ObjectNode source = header.putObject("source");
        source.put("project", "Kinetix4j");
        source.put("backend", backend);
        source.put("padding_quirk", config.emulatePaddingQuirk());
        header.put("level", levelFile.toString());
        header.put("size", level.size().name().toLowerCase(Locale.ROOT));
        header.put("program", program);
        ObjectNode staticParams = header.putObject("static_env_params");
        staticParams.put("numPolygons", config.numPolygons());
        staticParams.put("numCircles", config.numCircles());
        staticParams.put("numJoints", config.numJoints());
        staticParams.put("numThrusters", config.numThrusters());
        staticParams.put("numSolverIterations", config.numSolverIterations());
        staticParams.put("solverBatchSize", config.solverBatchSize());
        staticParams.put("doWarmStarting", config.doWarmStarting());
        staticParams.put("numStaticFixatedPolys", config.numStaticFixatedPolys());
        header.set("env_params", mapper.valueToTree(level.envParams().physics()));
        ArrayNode gravity = header.putArray("gravity");
        gravity.add(level.state().gravityX[0]);
        gravity.add(level.state().gravityY[0]);
        header.put("action_layout", "[motor action for joint slot 0..J-1] then [thruster action for thruster slot 0..T-1]");
        ArrayNode sequence = header.putArray("action_sequence");
        for (float[] action : actionSequence) {
            ArrayNode row = sequence.addArray();
            for (float value : action) {
                row.add(value);
            }
        }
        header.put("physics_steps", actionSequence.size());
        header.put("record_stride", 1);
        header.put("state_layout", "slots = every polygon slot then every circle slot: "
                + "[active, x, y, rotation, vx, vy, angular_velocity]");
        StringWriter slots = new StringWriter();
        try (var json = mapper.getFactory().createGenerator(slots)) {
            EngineTraceWriter.writeSlots(json, level.state(), 0);
        }
        header.set("initial_slots", mapper.readTree(slots.toString()));
        return header;
    }
}
