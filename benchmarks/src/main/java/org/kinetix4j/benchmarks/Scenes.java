package org.kinetix4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The scenes every benchmark runs (JMH and {@code ./kinetix bench} alike), so that the engine, the environment
 * and the JBox2D baseline see the same worlds: Kinetix's hand-made levels of one size, read in place from
 * {@code <kinetix.shared.dir>/kinetix-levels/<size>/}, tiled over the batch (environment e holds level
 * e mod n), with fixed random actions.
 */
public final class Scenes {
    /** Seed of the benchmark actions. */
    public static final long ACTION_SEED = 42;
    /** Physics steps the levels are pre-rolled before a measurement, so that it sees landed, touching bodies. */
    public static final int PRE_ROLL_STEPS = 120;

    private Scenes() {
    }

    /** The shared directory: system property {@code kinetix.shared.dir}, else {@code ../shared}. */
    public static Path sharedDir() {
        return Path.of(System.getProperty("kinetix.shared.dir", "../shared"));
    }

    /** The level files of one size, sorted by name. */
    public static List<Path> levelFiles(LevelSize size) {
        Path dir = sharedDir().resolve("kinetix-levels").resolve(size.name().toLowerCase(Locale.ROOT));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no level files in " + dir.toAbsolutePath());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list levels in " + dir.toAbsolutePath()
                    + " (set -Dkinetix.shared.dir to the directory holding kinetix-levels/)", e);
        }
    }

    /** Kinetix's hand-made levels of one size, sorted by file name. */
    public static List<Level> levels(LevelSize size) {
        return levelFiles(size).stream().map(LevelReader::read).toList();
    }

    /**
     * Random engine actions for {@code envs} environments, as Kinetix's multi-discrete sampler would drive the
     * engine: each motor −1, 0 or +1, each thruster 0 or 1; layout {@code [env][J + T]}.
     */
    public static float[] actions(StaticConfig config, int envs, long seed) {
        int width = config.actionSize();
        float[] actions = new float[envs * width];
        SplittableRandom random = new SplittableRandom(seed);
        for (int env = 0; env < envs; env++) {
            for (int k = 0; k < width; k++) {
                boolean motor = k < config.numJoints();
                actions[env * width + k] = motor ? random.nextInt(3) - 1 : random.nextInt(2);
            }
        }
        return actions;
    }

    /**
     * The levels after {@code steps} physics steps with the actions {@link #actions} gives their first
     * {@code levels.size()} environments (every level stepped once, whatever the batch size will be).
     */
    public static List<Level> preRolled(List<Level> levels, int steps) {
        StaticConfig config = levels.get(0).state().config;
        int n = levels.size();
        BatchState state = new BatchState(config, n);
        EnvTables tables = new EnvTables(config, n);
        for (int env = 0; env < n; env++) {
            levels.get(env).copyInto(state, tables, env);
        }
        float[] actions = actions(config, n, ACTION_SEED);
        try (CpuBackend backend = new CpuBackend(1)) {
            for (int t = 0; t < steps; t++) {
                backend.step(state, actions);
            }
        }
        List<Level> rolled = new ArrayList<>(n);
        for (int env = 0; env < n; env++) {
            Level level = levels.get(env);
            rolled.add(Level.capture(level.name(), state, tables, env, level.staticParams(), level.envParams()));
        }
        return rolled;
    }

    /** A batch of {@code envs} environments, environment e holding {@code levels.get(e % levels.size())}. */
    public static BatchState tile(List<Level> levels, int envs) {
        StaticConfig config = levels.get(0).state().config;
        BatchState state = new BatchState(config, envs);
        EnvTables tables = new EnvTables(config, envs);
        for (int env = 0; env < envs; env++) {
            levels.get(env % levels.size()).copyInto(state, tables, env);
        }
        return state;
    }
}
