package org.kinetix4j.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;

/**
 * Steps per second of the CPU backend and the OpenCL backend (parity and fast builds) on the same batches: the
 * hand-made levels of each size tiled to {@code kinetix.bench.envs} environments (default 4096). Run with
 * {@code -Dkinetix.gpu.bench=true -Dtest=ThroughputBenchmark}; not part of the normal test run.
 */
@EnabledIfSystemProperty(named = "kinetix.gpu.bench", matches = "true")
class ThroughputBenchmark {
    @Test
    void printStepsPerSecond() {
        int envs = Integer.getInteger("kinetix.bench.envs", 4096);
        int threads = Runtime.getRuntime().availableProcessors();
        List<Level> levels = HandMadeLevels.all();
        System.out.println("device: " + OpenClDevice.backend(true).deviceDescription() + "; cpu threads: " + threads);
        // The first round warms the JIT of every CPU stage and builds every kernel; only the second is printed.
        for (int round = 0; round < 2; round++) {
            for (String size : List.of("s", "m", "l")) {
                List<Level> ofSize = levels.stream().filter(l -> l.name().contains("/" + size + "/")).toList();
                BatchState batch = new BatchState(ofSize.get(0).state().config, envs);
                for (int env = 0; env < envs; env++) {
                    ofSize.get(env % ofSize.size()).state().copyEnv(0, batch, env);
                }
                List<String> results = new ArrayList<>();
                try (CpuBackend cpu = new CpuBackend(threads)) {
                    results.add("cpu " + format(measure(cpu, batch)));
                }
                results.add("opencl parity " + format(measure(OpenClDevice.backend(true), batch)));
                results.add("opencl fast " + format(measure(OpenClDevice.backend(false), batch)));
                if (round == 1) {
                    System.out.println(size.toUpperCase() + " x " + envs + " envs: " + String.join(", ", results));
                }
            }
        }
    }

    private static String format(double stepsPerSecond) {
        return String.format("%.3g env-steps/s", stepsPerSecond);
    }

    /**
     * Env-steps per second over at least two seconds of stepping after one second of warm-up (JIT for the CPU,
     * upload and kernel build for the device), on a private copy of {@code batch}. The device state is synced to
     * the host once at the end, inside the timed span: a training loop that reads observations every step pays a
     * download per step on top.
     */
    private static double measure(Backend backend, BatchState batch) {
        BatchState state = new BatchState(batch.config, batch.envCount);
        for (int env = 0; env < batch.envCount; env++) {
            batch.copyEnv(env, state, env);
        }
        backend.hostStateChanged(state);
        float[] actions = new float[state.envCount * state.config.actionSize()];
        SceneSampler.randomActions(state.config, state.envCount, new SplittableRandom(1), actions);
        runFor(backend, state, actions, 1_000_000_000L);
        long start = System.nanoTime();
        long steps = runFor(backend, state, actions, 2_000_000_000L);
        return steps * state.envCount / ((System.nanoTime() - start) / 1e9);
    }

    private static long runFor(Backend backend, BatchState state, float[] actions, long nanos) {
        long start = System.nanoTime();
        long steps = 0;
        do {
            backend.step(state, actions);
            steps++;
        } while (System.nanoTime() - start < nanos);
        backend.syncToHost(state);
        return steps;
    }
}
