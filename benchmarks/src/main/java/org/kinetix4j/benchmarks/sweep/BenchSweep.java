package org.kinetix4j.benchmarks.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.kinetix4j.benchmarks.Scenes;
import org.kinetix4j.benchmarks.baseline.JBox2DBatch;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.Backends;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The quick throughput sweep behind {@code ./kinetix bench}: for every level size and batch size, physics steps
 * per second of our engine, agent steps per second of {@link VectorEnv}, and physics steps per second of the
 * JBox2D baseline on the same scenes, each with its own simple timing loop (not JMH: a warm-up of half the
 * measuring time, then as many whole batch steps as fit in the measuring time, at least two), optionally
 * repeated in rounds keeping each figure's best.
 *
 * <p>Scenes: Kinetix's hand-made levels of the size ({@link Scenes}), tiled over the batch. The physics and
 * baseline measurements start from the levels after {@link Scenes#PRE_ROLL_STEPS} steps (bodies landed) and
 * drive them with {@link Scenes#actions fixed random actions}; the environment measurement resets every
 * environment to its level and steps it with fixed random multi-discrete actions (frame skip 2, auto-reset on).
 * A step/s figure is environments × batch steps / seconds.
 */
public final class BenchSweep {

    private final Config config;
    private final PrintStream progress;
    private final LongSupplier clock;

    /**
     * What to measure.
     *
     * @param sizes           level sizes, in order
     * @param envs            batch sizes (parallel environments), in order
     * @param backend         our backend (one of {@link Backends#names()})
     * @param threads         CPU threads, for our backend and for the baseline alike
     * @param seconds         measuring time per figure (plus half of it for warm-up)
     * @param observationType observations the environment builds in the agent-step measurement
     * @param baselineMaxEnvs largest batch the JBox2D baseline is run at (0 = no baseline): a JBox2D world takes
     *                        ~0.7 MB, so 65,536 of them do not fit in a usual heap
     * @param repeats         rounds per cell; each figure is the best of its rounds (on a shared machine the best
     *                        round is the one least disturbed by other work)
     * @param agentSteps      whether to measure agent steps ({@link VectorEnv}) as well as physics steps
     */
    public record Config(List<LevelSize> sizes, List<Integer> envs, String backend, int threads, double seconds,
            ObservationType observationType, int baselineMaxEnvs, int repeats, boolean agentSteps) {

        /** A sweep that measures agent steps too. */
        public Config(List<LevelSize> sizes, List<Integer> envs, String backend, int threads, double seconds,
                ObservationType observationType, int baselineMaxEnvs, int repeats) {
            this(sizes, envs, backend, threads, seconds, observationType, baselineMaxEnvs, repeats, true);
        }

        /** Validates every field; messages name the field and the rule. */
        public Config {
            sizes = List.copyOf(sizes);
            envs = List.copyOf(envs);
            Objects.requireNonNull(backend, "backend");
            Objects.requireNonNull(observationType, "observationType");
            if (sizes.isEmpty() || sizes.contains(LevelSize.CUSTOM)) {
                throw new IllegalArgumentException("sizes=" + sizes + " must be a non-empty list of s, m, l");
            }
            if (envs.isEmpty() || envs.stream().anyMatch(e -> e < 1)) {
                throw new IllegalArgumentException("envs=" + envs + " must be a non-empty list of positive counts");
            }
            if (!Backends.names().contains(backend)) {
                throw new IllegalArgumentException("backend=" + backend + " is unknown; known: "
                        + String.join(", ", Backends.names()));
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads=" + threads + " must be >= 1");
            }
            if (!(seconds > 0) || !Double.isFinite(seconds)) {
                throw new IllegalArgumentException("seconds=" + seconds + " must be a positive number");
            }
            if (baselineMaxEnvs < 0) {
                throw new IllegalArgumentException("baselineMaxEnvs=" + baselineMaxEnvs + " must be >= 0");
            }
            if (repeats < 1) {
                throw new IllegalArgumentException("repeats=" + repeats + " must be >= 1");
            }
        }
    }

    /**
     * One measurement; a figure that was not measured is NaN (empty in the CSV).
     *
     * @param backend                   our backend
     * @param build                     its build: {@code cpu} for the CPU backend, {@code parity} or {@code fast}
     *                                  for a device backend (see {@link #build(Backend)})
     * @param size                      level size
     * @param envs                      parallel environments
     * @param threads                   CPU threads
     * @param physicsStepsPerS          our engine: environment physics steps per second
     * @param agentStepsPerS            {@link VectorEnv}: environment agent steps per second (frame skip physics
     *                                  steps, observations, reward, auto-reset)
     * @param baselinePhysicsStepsPerS  JBox2D: environment physics steps per second
     */
    public record Row(String backend, String build, LevelSize size, int envs, int threads, double physicsStepsPerS,
            double agentStepsPerS, double baselinePhysicsStepsPerS) {

        /** Ours ÷ JBox2D, NaN without a baseline. */
        public double ratio() {
            return physicsStepsPerS / baselinePhysicsStepsPerS;
        }
    }

    /** A sweep that reports progress lines on {@code progress}. */
    public BenchSweep(Config config, PrintStream progress) {
        this(config, progress, System::nanoTime);
    }

    BenchSweep(Config config, PrintStream progress, LongSupplier clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clock = clock;
    }

    /**
     * Runs every measurement, in size-major order; returns one row per (size, envs).
     *
     * @throws IllegalArgumentException for an unknown backend name
     * @throws IllegalStateException    when the backend cannot run on this machine, saying why
     */
    public List<Row> run() {
        List<Row> rows = new ArrayList<>();
        int total = config.sizes().size() * config.envs().size();
        int done = 0;
        // Two instances: a device backend keeps one batch's state on the device, and the physics measurement
        // and the environment step different batches.
        try (Backend physicsBackend = Backends.create(config.backend(), config.threads());
                Backend envBackend = config.agentSteps() ? Backends.create(config.backend(), config.threads())
                        : null) {
            progress.printf(Locale.ROOT, "backend %s%n", physicsBackend.name());
            for (LevelSize size : config.sizes()) {
                List<Level> levels = Scenes.levels(size);
                List<Level> rolled = Scenes.preRolled(levels, Scenes.PRE_ROLL_STEPS);
                for (int envs : config.envs()) {
                    done++;
                    String label = String.format(Locale.ROOT, "[%d/%d] %s x %d envs, %d thread(s)", done, total,
                            name(size), envs, config.threads());
                    rows.add(measure(physicsBackend, envBackend, size, levels, rolled, envs, label));
                }
            }
        }
        return rows;
    }

    /**
     * The three figures of one cell, each the best of {@code repeats} rounds. Ours first, then the baseline: the
     * thousands of JBox2D worlds (gigabytes of small objects) are built only once our batch is gone, so that the
     * collector's concurrent marking of them never runs during our measurement.
     */
    private Row measure(Backend backend, Backend envBackend, LevelSize size, List<Level> levels,
            List<Level> rolled, int envs, String label) {
        double physics = 0;
        double agent = config.agentSteps() ? 0 : Double.NaN;
        {
            BatchState state = Scenes.tile(rolled, envs);
            float[] actions = Scenes.actions(state.config, envs, Scenes.ACTION_SEED);
            backend.hostStateChanged(state);
            try (VectorEnv env = envBackend == null ? null
                    : VectorEnv.builder(levels.get(0).state().config, ResetSource.roundRobin(levels))
                            .envCount(envs).observationType(config.observationType())
                            .actionType(ActionType.MULTI_DISCRETE).backend(envBackend).build()) {
                int[] agentActions = null;
                if (env != null) {
                    env.reset(0);
                    agentActions = (int[]) ActionType.MULTI_DISCRETE.sample(env.staticParams(),
                            new SplittableRandom(Scenes.ACTION_SEED), envs);
                }
                collectGarbage();
                for (int round = 1; round <= config.repeats(); round++) {
                    String at = at(label, round);
                    progress.printf(Locale.ROOT, "%s: physics...%n", at);
                    // The state stays with the backend across the timed steps; one sync ends each timing.
                    double p = envs * rate(() -> backend.step(state, actions), () -> backend.syncToHost(state));
                    physics = Math.max(physics, p);
                    progress.printf(Locale.ROOT, "%s: physics %s steps/s%n", at, format(p));
                    if (env != null) {
                        progress.printf(Locale.ROOT, "%s: agent (%s)...%n", at, config.observationType().configName());
                        int[] stepActions = agentActions;
                        double a = envs * rate(() -> env.step(stepActions), () -> { });
                        agent = Math.max(agent, a);
                        progress.printf(Locale.ROOT, "%s: agent %s steps/s%n", at, format(a));
                    }
                }
            }
        }
        double baseline = Double.NaN;
        if (envs > config.baselineMaxEnvs()) {
            progress.printf(Locale.ROOT, "%s: JBox2D skipped (envs > %d)%n", label, config.baselineMaxEnvs());
        } else {
            baseline = 0;
            progress.printf(Locale.ROOT, "%s: building %d JBox2D worlds...%n", label, envs);
            try (JBox2DBatch batch = JBox2DBatch.tile(rolled, envs, config.threads())) {
                float[] actions = Scenes.actions(rolled.get(0).state().config, envs, Scenes.ACTION_SEED);
                collectGarbage();
                for (int round = 1; round <= config.repeats(); round++) {
                    double b = envs * rate(() -> batch.step(actions), () -> { });
                    baseline = Math.max(baseline, b);
                    progress.printf(Locale.ROOT, "%s: JBox2D %s steps/s%n", at(label, round), format(b));
                }
            }
        }
        Row row = new Row(backend.name(), build(backend), size, envs, config.threads(), physics, agent, baseline);
        progress.printf(Locale.ROOT, "%s: best physics %s, agent %s, JBox2D %s steps/s; ours/JBox2D %.2f%n", label,
                format(physics), format(agent), format(baseline), row.ratio());
        collectGarbage();
        return row;
    }

    private String at(String label, int round) {
        return config.repeats() == 1 ? label : label + " round " + round + "/" + config.repeats();
    }

    /** Collects the set-up garbage now, not inside a measurement. */
    private static void collectGarbage() {
        System.gc();
    }

    /**
     * Batch steps per second: warm up for half the time, then count whole steps (at least two). {@code sync}
     * runs after the warm-up and after the counted steps, inside the timing: a device backend may queue steps
     * and return early, and its sync waits for them (and copies the state back once).
     */
    private double rate(Runnable step, Runnable sync) {
        long warmUp = (long) (config.seconds() * 0.5e9);
        long measure = (long) (config.seconds() * 1e9);
        long start = clock.getAsLong();
        do {
            step.run();
        } while (clock.getAsLong() - start < warmUp);
        sync.run();
        long steps = 0;
        start = clock.getAsLong();
        long elapsed;
        do {
            step.run();
            steps++;
            elapsed = clock.getAsLong() - start;
        } while (elapsed < measure || steps < 2);
        sync.run();
        elapsed = clock.getAsLong() - start;
        return steps / (elapsed / 1e9);
    }

    private static String name(LevelSize size) {
        return size.name().toLowerCase(Locale.ROOT);
    }

    /** A rate rounded to a whole number, with thousands separators, or "-" for NaN. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /**
     * System property choosing a device backend's build when it is created, {@code parity} (unset) or
     * {@code fast}: {@code GpuBackend.BUILD_PROPERTY} of the {@code kinetix4j-gpu} module, which this module does
     * not depend on. The backend rejects any other value when it is created.
     */
    static final String GPU_BUILD_PROPERTY = "kinetix.gpu.build";

    /**
     * The build {@code backend} runs, for the rows: {@code cpu} for the CPU backend; for a device backend the
     * build {@value #GPU_BUILD_PROPERTY} chose when it was created ({@code parity} or {@code fast}), so that a
     * figure says which arithmetic it measured.
     */
    static String build(Backend backend) {
        return "cpu".equals(backend.name()) ? "cpu" : System.getProperty(GPU_BUILD_PROPERTY, "parity");
    }

    /** The CSV header: the required columns first. */
    public static final String CSV_HEADER = "backend,build,size,envs,threads,physics_steps_per_s,agent_steps_per_s,"
            + "baseline_physics_steps_per_s,ratio_vs_baseline,observation,seconds,repeats";

    /** Writes the rows as CSV (header {@link #CSV_HEADER}; unmeasured figures empty). */
    public static void writeCsv(List<Row> rows, Config config, Path file) throws IOException {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Row row : rows) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%s,%s,%s,%s,%s,%s,%d%n", row.backend(), row.build(),
                    name(row.size()), row.envs(), row.threads(), csvNumber(row.physicsStepsPerS(), 1),
                    csvNumber(row.agentStepsPerS(), 1), csvNumber(row.baselinePhysicsStepsPerS(), 1),
                    csvNumber(row.ratio(), 3), config.observationType().configName(), config.seconds(),
                    config.repeats()));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static String csvNumber(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "";
    }

    /** The rows as a fixed-width text table. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-7s %-6s %-4s %8s %7s %18s %16s %18s %9s%n", "backend", "build",
                "size", "envs", "threads", "physics steps/s", "agent steps/s", "JBox2D steps/s", "ours/JB2D"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-7s %-6s %-4s %8d %7d %18s %16s %18s %9s%n", row.backend(),
                    row.build(), name(row.size()), row.envs(), row.threads(), format(row.physicsStepsPerS()),
                    format(row.agentStepsPerS()), format(row.baselinePhysicsStepsPerS()),
                    Double.isFinite(row.ratio()) ? String.format(Locale.ROOT, "%.2f", row.ratio()) : "-"));
        }
        return out.toString();
    }
}
