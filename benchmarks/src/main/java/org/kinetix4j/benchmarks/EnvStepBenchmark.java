package org.kinetix4j.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
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
 * One agent step of a {@link VectorEnv} (frame skip 2 physics steps, reward, auto-reset, observations) per
 * observation type, over every hand-made level of a size (environment e starts at level e mod n), with fixed
 * random multi-discrete actions. {@code envSteps} = agent steps per second. Pixel observations of 4096
 * environments take ~0.8 GB, hence the default batch of 256 ({@code -p envs=4096} for the symbolic ones).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class EnvStepBenchmark {
    /** Kinetix size: s, m or l. */
    @Param({"s", "m", "l"})
    public String size;
    /** Observation type, Kinetix's name. */
    @Param({"symbolic_flat", "symbolic_flat_padded", "symbolic_entity", "pixels"})
    public String observation;
    /** Environments. */
    @Param({"256"})
    public int envs;
    /** CPU threads of the physics backend. */
    @Param({"2"})
    public int threads;

    private CpuBackend backend;
    private VectorEnv env;
    private int[] actions;

    /** Builds and resets the environments, draws the actions. */
    @Setup
    public void setUp() {
        List<Level> levels = Scenes.levels(LevelSize.parse(size));
        backend = new CpuBackend(threads);
        env = VectorEnv.builder(levels.get(0).state().config, ResetSource.roundRobin(levels)).envCount(envs)
                .observationType(ObservationType.parse(observation)).actionType(ActionType.MULTI_DISCRETE)
                .backend(backend).build();
        env.reset(0);
        actions = (int[]) ActionType.MULTI_DISCRETE.sample(env.staticParams(),
                new SplittableRandom(Scenes.ACTION_SEED), envs);
    }

    /** Closes the environments and the thread pool. */
    @TearDown
    public void tearDown() {
        env.close();
        backend.close();
    }

    /** One agent step of every environment. */
    @Benchmark
    public StepResult step(EnvSteps counter) {
        counter.envSteps += envs;
        return env.step(actions);
    }
}
