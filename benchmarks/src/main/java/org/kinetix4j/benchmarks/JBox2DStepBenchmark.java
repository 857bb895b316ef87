package org.kinetix4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kinetix4j.benchmarks.baseline.JBox2DBatch;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
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
 * The baseline of {@link EngineStepBenchmark}: the same pre-rolled levels and actions as JBox2D worlds, one per
 * environment ({@link JBox2DBatch}), same dt, 10 velocity iterations, sleeping off, the same thread count.
 * Compare {@code envSteps} of the two at equal parameters. 65,536 worlds (~0.7 MB each) do not fit in the
 * heap, so the batch sizes stop at 4096.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class JBox2DStepBenchmark {
    /** Kinetix size: s, m or l. */
    @Param({"s", "m", "l"})
    public String size;
    /** Environments (worlds) in the batch. */
    @Param({"1", "16", "256", "4096"})
    public int envs;
    /** CPU threads. */
    @Param({"1", "2"})
    public int threads;

    private JBox2DBatch batch;
    private float[] actions;

    /** Loads, pre-rolls and converts the levels, draws the actions. */
    @Setup
    public void setUp() {
        List<Level> rolled = Scenes.preRolled(Scenes.levels(LevelSize.parse(size)), Scenes.PRE_ROLL_STEPS);
        batch = JBox2DBatch.tile(rolled, envs, threads);
        actions = Scenes.actions(rolled.get(0).state().config, envs, Scenes.ACTION_SEED);
    }

    /** Closes the thread pool. */
    @TearDown
    public void tearDown() {
        batch.close();
    }

    /** One step of every world. */
    @Benchmark
    public void step(EnvSteps counter) {
        batch.step(actions);
        counter.envSteps += envs;
    }
}
