package org.kinetix4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
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
 * environments, fixed random motor/thruster actions ({@link Scenes}). The primary score is batch steps per
 * second; the {@code envSteps} secondary score is physics (environment) steps per second. The levels are
 * pre-rolled {@link Scenes#PRE_ROLL_STEPS} steps before they are tiled, so the measurement sees the
 * contact-rich part of an episode rather than free fall.
 *
 * <p>The default matrix is 3 sizes × 5 batch sizes × 2 thread counts at 5 s each; narrow it with
 * {@code -p size=s -p envs=4096 -p threads=2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class EngineStepBenchmark {
    /** Kinetix size: s, m or l. */
    @Param({"s", "m", "l"})
    public String size;
    /** Environments in the batch. */
    @Param({"1", "16", "256", "4096", "65536"})
    public int envs;
    /** CPU threads. */
    @Param({"1", "2"})
    public int threads;

    private BatchState state;
    private float[] actions;
    private CpuBackend backend;

    /** Loads, pre-rolls and tiles the levels, draws the actions. */
    @Setup
    public void setUp() {
        List<Level> rolled = Scenes.preRolled(Scenes.levels(LevelSize.parse(size)), Scenes.PRE_ROLL_STEPS);
        state = Scenes.tile(rolled, envs);
        actions = Scenes.actions(state.config, envs, Scenes.ACTION_SEED);
        backend = new CpuBackend(threads);
    }

    /** Closes the thread pool. */
    @TearDown
    public void tearDown() {
        backend.close();
    }

    /** One physics step of all environments. */
    @Benchmark
    public void step(EnvSteps counter) {
        backend.step(state, actions);
        counter.envSteps += envs;
    }
}
