package org.kinetix4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One physics step of a whole batch: every Kinetix hand-made level of a size, tiled over {@code envs}
 * environments, random motor/thruster actions. Score = batch steps per second; multiply by {@code envs} for
 * physics (env-)steps per second. A 120-step pre-roll lands the bodies first, so the measurement sees the
 * contact-rich part of an episode rather than free fall.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class EngineStepBenchmark {
    /** Kinetix size: s, m or l. */
    @Param({"s", "m", "l"})
    public String size;
    /** Environments in the batch. */
    @Param({"4096"})
    public int envs;
    /** CPU threads. */
    @Param({"2"})
    public int threads;

    private BatchState state;
    private float[] actions;
    private CpuBackend backend;

    /** Loads and tiles the levels, draws the actions. */
    @Setup
    public void setUp() {
        List<Level> levels = levels(LevelSize.parse(size));
        StaticConfig config = levels.get(0).state().config;
        state = new BatchState(config, envs);
        EnvTables tables = new EnvTables(config, envs);
        for (int env = 0; env < envs; env++) {
            levels.get(env % levels.size()).copyInto(state, tables, env);
        }
        actions = new float[envs * config.actionSize()];
        SplittableRandom random = new SplittableRandom(42);
        for (int env = 0; env < envs; env++) {
            for (int k = 0; k < config.actionSize(); k++) {
                boolean motor = k < config.numJoints();
                actions[env * config.actionSize() + k] = motor ? random.nextInt(3) - 1 : random.nextInt(2);
            }
        }
        backend = new CpuBackend(threads);
        for (int t = 0; t < 120; t++) {
            backend.step(state, actions);
        }
    }

    /** Closes the thread pool. */
    @TearDown
    public void tearDown() {
        backend.close();
    }

    /** One physics step of all environments. */
    @Benchmark
    public void step() {
        backend.step(state, actions);
    }

    static List<Level> levels(LevelSize size) {
        Path dir = Path.of(System.getProperty("kinetix.shared.dir", "../shared"), "kinetix-levels",
                size.name().toLowerCase(java.util.Locale.ROOT));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(LevelReader::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list levels in " + dir.toAbsolutePath(), e);
        }
    }
}
