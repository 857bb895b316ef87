package org.kinetix4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.Backend;

/**
 * {@code kinetix rollout}: an agent-level rollout of one level; one JSON line per agent step. Episodes restart as
 * Kinetix restarts them (SAME_STEP: the level is reset inside the step that ends the episode).
 */
final class RolloutCommand implements Main.Command {
    private static final int DEFAULT_STEPS = 256;

    @Override
    public String summary() {
        return "agent-level rollout of a level: action, reward, terminated, truncated per agent step";
    }

    @Override
    public String usage() {
        return """
                usage: kinetix rollout --level FILE --out OUT.jsonl [--action-type continuous|discrete|multi_discrete]
                                       [--actions FILE|random] [--steps N] [--seed S] [--backend NAME]
                                       [--padding-quirk on|off]

                  --level FILE        a Kinetix level JSON file
                  --out OUT.jsonl     one line per agent step: {"k", "action", "reward", "terminated", "truncated"}
                  --action-type T     continuous, discrete or multi_discrete (default multi_discrete)
                  --actions SOURCE    random (default: the action space's sampler, seeded by --seed), or an
                                      env-level golden trace (shared/golden/env/...): its multi_discrete actions
                                      (multi_discrete) or binding actions (continuous) are replayed
                  --steps N           agent steps (default 256, or the trace's length)
                  --seed S            seed of the reset and the random actions (default 0)
                  --backend NAME      cpu (default), opencl, cuda, or auto (CUDA, then OpenCL on a GPU, then
                                      the CPU)
                  --padding-quirk     on (default): Jax2D's padding-lane quirk; off: as Kinetix.js, whose traces
                                      the golden files are""";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--level", "--out", "--action-type", "--actions", "--steps",
                "--seed", "--backend", "--padding-quirk"), Set.of());
        Path levelFile = Path.of(args.require("--level"));
        if (!Files.isRegularFile(levelFile)) {
            throw new UsageException("--level " + levelFile + ": no such file");
        }
        Path outFile = Path.of(args.require("--out"));
        ActionType actionType;
        try {
            actionType = ActionType.parse(args.get("--action-type", "multi_discrete"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--action-type: " + e.getMessage());
        }
        boolean quirk = Options.onOff(args, "--padding-quirk", true);
        String backendName = args.get(BackendOption.NAME, "cpu");
        BackendOption.check(backendName);
        long seed = Options.longValue(args, "--seed", 0);
        String source = args.get("--actions", "random");
        List<Object> replay = source.equals("random") ? null : traceActions(Path.of(source), actionType);
        int steps = args.positiveInt("--steps", replay != null ? replay.size() : DEFAULT_STEPS);
        if (replay != null && steps > replay.size()) {
            throw new UsageException("--steps " + steps + " exceeds the " + replay.size() + " steps of " + source);
        }

        Level level = LevelReader.read(levelFile);
        SplittableRandom random = new SplittableRandom(seed);
        int episodes = 0;
        float totalReward = 0f;
        try (Backend backend = BackendOption.create(backendName, 1);
                VectorEnv env = VectorEnv.builder(level.state().config.withPaddingQuirk(quirk),
                                ResetSource.fixed(level)).envCount(1).observationType(ObservationType.SYMBOLIC_FLAT)
                        .actionType(actionType).backend(backend).build();
                BufferedWriter writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
                JsonGenerator json = new JsonFactory().createGenerator(writer)) {
            json.setRootValueSeparator(null);
            env.reset(seed);
            for (int k = 1; k <= steps; k++) {
                Object action = replay != null ? replay.get(k - 1)
                        : actionType.sample(env.staticParams(), random, 1);
                StepResult result = action instanceof float[] f ? env.step(f) : env.step((int[]) action);
                boolean done = result.terminated()[0] || result.truncated()[0];
                episodes += done ? 1 : 0;
                totalReward += result.reward()[0];
                writeLine(json, writer, k, action, result);
            }
        }
        out.printf(Locale.ROOT, "%s: %d agent steps, %d episode(s) ended, total reward %.4f; written to %s%n",
                levelFile.getFileName(), steps, episodes, totalReward, outFile);
        return 0;
    }

    private static void writeLine(JsonGenerator json, BufferedWriter writer, int k, Object action,
            StepResult result) throws Exception {
        json.writeStartObject();
        json.writeNumberField("k", k);
        json.writeArrayFieldStart("action");
        if (action instanceof float[] values) {
            for (float v : values) {
                json.writeNumber(v);
            }
        } else {
            for (int v : (int[]) action) {
                json.writeNumber(v);
            }
        }
        json.writeEndArray();
        json.writeNumberField("reward", result.reward()[0]);
        json.writeBooleanField("terminated", result.terminated()[0]);
        json.writeBooleanField("truncated", result.truncated()[0]);
        json.writeEndObject();
        json.flush();
        writer.write('\n');
    }

    /** The per-step actions of an env-level golden trace, as the given action type takes them. */
    private static List<Object> traceActions(Path file, ActionType type) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--actions " + file + " must be random or an existing env trace file");
        }
        String field = switch (type) {
            case MULTI_DISCRETE -> "multi_discrete";
            case CONTINUOUS -> "binding_action";
            case DISCRETE -> throw new UsageException(
                    "--actions FILE replays multi_discrete or continuous actions; a discrete action cannot hold "
                            + "several channels");
        };
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file);
        List<Object> actions = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            JsonNode values = mapper.readTree(lines.get(i)).get(field);
            if (values == null || !values.isArray()) {
                throw new UsageException("--actions " + file + ": line " + (i + 1) + " has no " + field + " array");
            }
            if (type == ActionType.CONTINUOUS) {
                float[] action = new float[values.size()];
                for (int c = 0; c < action.length; c++) {
                    action[c] = (float) values.get(c).asDouble();
                }
                actions.add(action);
            } else {
                int[] action = new int[values.size()];
                for (int c = 0; c < action.length; c++) {
                    action[c] = values.get(c).asInt();
                }
                actions.add(action);
            }
        }
        return actions;
    }
}
