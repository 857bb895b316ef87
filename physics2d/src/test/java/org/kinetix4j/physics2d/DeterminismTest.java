package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bit-level determinism of the CPU backend (spec §7 end, §8.1, §10): the same scenes give the same bits whatever
 * the thread count, the batch they sit in, their index in it, the run, and whatever happens to other
 * environments.
 */
class DeterminismTest {
    private static final long SEED = 0xDE7E4L;
    private static final int STEPS = 60;

    /** The action sequence of a run: one array per step, shared by every run that should agree. */
    private static float[][] actionSequence(StaticConfig config, int envs, int steps, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] out = new float[steps][envs * config.actionSize()];
        for (float[] step : out) {
            RandomScenes.randomActions(config, envs, random, step);
        }
        return out;
    }

    private static BatchState scenes(StaticConfig config, int envs, long seed) {
        BatchState state = new BatchState(config, envs);
        RandomScenes.fillAll(state, seed);
        return state;
    }

    private static void assertIdentical(BatchState expected, BatchState actual, String what) {
        List<String> diffs = BatchStates.diff(expected, actual);
        assertEquals(List.of(), diffs.subList(0, Math.min(diffs.size(), 20)), what);
    }

    @Test
    void shouldGiveBitIdenticalStatesOnOneTwoAndThreeThreads() {
        for (StaticConfig config : RandomScenes.presets()) {
            int envs = 97; // not a multiple of any chunk count: uneven chunks
            String name = RandomScenes.name(config);
            BatchState one = scenes(config, envs, SEED);
            BatchState two = BatchStates.copy(one);
            BatchState three = BatchStates.copy(one);
            assertIdentical(one, two, name + ": copies before stepping");
            float[][] actions = actionSequence(config, envs, STEPS, SEED + 1);
            try (CpuBackend b1 = new CpuBackend(1); CpuBackend b2 = new CpuBackend(2);
                    CpuBackend b3 = new CpuBackend(3)) {
                for (int step = 0; step < STEPS; step++) {
                    b1.step(one, actions[step]);
                    b2.step(two, actions[step]);
                    b3.step(three, actions[step]);
                    assertIdentical(one, two, name + ": 1 vs 2 threads after step " + (step + 1));
                    assertIdentical(one, three, name + ": 1 vs 3 threads after step " + (step + 1));
                }
            }
        }
    }

    @Test
    void shouldStepAnEnvironmentAloneExactlyAsInsideABatch() {
        int batchSize = 64;
        int[] targetIndices = {0, 17, 38, 63};
        for (StaticConfig config : RandomScenes.presets()) {
            String name = RandomScenes.name(config);
            // The batch: 64 scenes of another seed, with the target scenes planted at various indices.
            BatchState batch = scenes(config, batchSize, SEED + 7);
            int targets = targetIndices.length;
            BatchState alone = new BatchState(config, targets);
            for (int t = 0; t < targets; t++) {
                long seed = RandomScenes.sceneSeed(SEED + 8, t);
                RandomScenes.fill(batch, targetIndices[t], seed);
                RandomScenes.fill(alone, t, seed);
            }
            float[][] batchActions = actionSequence(config, batchSize, STEPS, SEED + 9);
            int size = config.actionSize();
            List<BatchState> singles = new ArrayList<>();
            for (int t = 0; t < targets; t++) {
                singles.add(BatchStates.extract(alone, t));
            }
            try (CpuBackend batched = new CpuBackend(2); CpuBackend single = new CpuBackend(1)) {
                float[] oneAction = new float[size];
                for (int step = 0; step < STEPS; step++) {
                    batched.step(batch, batchActions[step]);
                    for (int t = 0; t < targets; t++) {
                        System.arraycopy(batchActions[step], targetIndices[t] * size, oneAction, 0, size);
                        single.step(singles.get(t), oneAction);
                        List<String> diffs = BatchStates.diffEnv(singles.get(t), 0, batch, targetIndices[t]);
                        assertEquals(List.of(), diffs, name + ": scene " + t + " alone vs at index "
                                + targetIndices[t] + " of a " + batchSize + "-env batch, step " + (step + 1));
                    }
                }
            }
        }
    }

    @Test
    void shouldRepeatRunsBitForBit() {
        for (StaticConfig config : RandomScenes.presets()) {
            String name = RandomScenes.name(config);
            int envs = 48;
            float[][] actions = actionSequence(config, envs, STEPS, SEED + 11);
            try (CpuBackend reused = new CpuBackend(2)) {
                BatchState first = run(reused, scenes(config, envs, SEED + 10), actions);
                // A different batch through the same backend in between: no scratch may leak across runs.
                run(reused, scenes(config, envs, SEED + 12), actionSequence(config, envs, 10, SEED + 13));
                BatchState second = run(reused, scenes(config, envs, SEED + 10), actions);
                BatchState third;
                try (CpuBackend fresh = new CpuBackend(2)) {
                    third = run(fresh, scenes(config, envs, SEED + 10), actions);
                }
                assertIdentical(first, second, name + ": second run on the same backend");
                assertIdentical(first, third, name + ": run on a fresh backend");
                assertNotEquals(List.of(), BatchStates.diff(first, scenes(config, envs, SEED + 10)),
                        name + ": the runs should actually move something");
            }
        }
    }

    private static BatchState run(CpuBackend backend, BatchState state, float[][] actions) {
        for (float[] step : actions) {
            backend.step(state, step);
        }
        return state;
    }

    @Test
    void shouldLeaveOtherEnvironmentsUntouchedWhenSteppingOne() {
        for (StaticConfig config : RandomScenes.presets()) {
            String name = RandomScenes.name(config);
            int envs = 24;
            BatchState state = scenes(config, envs, SEED + 20);
            float[][] actions = actionSequence(config, envs, 40, SEED + 21);
            // Warm the scenes up with the backend so caches, joints and contacts are non-trivial.
            try (CpuBackend backend = new CpuBackend(2)) {
                run(backend, state, actions);
            }
            EnvStepper stepper = new EnvStepper(config);
            float[] stepActions = actionSequence(config, envs, 1, SEED + 22)[0];
            int size = config.actionSize();
            for (int target : new int[] {0, 11, envs - 1}) {
                BatchState before = BatchStates.copy(state);
                stepper.step(state, target, stepActions, target * size);
                for (int env = 0; env < envs; env++) {
                    if (env != target) {
                        assertEquals(List.of(), BatchStates.diffEnv(before, env, state, env),
                                name + ": env " + env + " changed by stepping env " + target);
                    }
                }
                assertNotEquals(List.of(), BatchStates.diffEnv(before, target, state, target),
                        name + ": stepping env " + target + " should change it");
            }
            // The converse: stepping every other environment leaves the target alone.
            int target = 5;
            BatchState before = BatchStates.copy(state);
            for (int env = 0; env < envs; env++) {
                if (env != target) {
                    stepper.step(state, env, stepActions, env * size);
                }
            }
            assertEquals(List.of(), BatchStates.diffEnv(before, target, state, target),
                    name + ": env " + target + " changed by stepping the other environments");
        }
    }

    @Test
    void shouldMatchTheBackendWhenSteppingEnvironmentsOneByOne() {
        for (StaticConfig config : RandomScenes.presets()) {
            String name = RandomScenes.name(config);
            int envs = 32;
            BatchState viaBackend = scenes(config, envs, SEED + 30);
            BatchState oneByOne = BatchStates.copy(viaBackend);
            float[][] actions = actionSequence(config, envs, 30, SEED + 31);
            int size = config.actionSize();
            EnvStepper stepper = new EnvStepper(config);
            try (CpuBackend backend = new CpuBackend(3)) {
                for (float[] step : actions) {
                    backend.step(viaBackend, step);
                    // Reverse order with one shared stepper: the order of environments must not matter.
                    for (int env = envs - 1; env >= 0; env--) {
                        stepper.step(oneByOne, env, step, env * size);
                    }
                }
            }
            assertIdentical(viaBackend, oneByOne, name);
        }
    }

    @Test
    void shouldCopyEveryArrayOfAnEnvironment() {
        for (StaticConfig config : RandomScenes.presets()) {
            String name = RandomScenes.name(config);
            BatchState state = scenes(config, 8, SEED + 40);
            try (CpuBackend backend = new CpuBackend(1)) {
                run(backend, state, actionSequence(config, 8, 20, SEED + 41));
            }
            state.setParams(3, SimParams.defaults().withDt(1f / 30f));
            BatchState target = scenes(config, 8, SEED + 42);
            for (int env = 0; env < 8; env++) {
                state.copyEnv(env, target, 7 - env);
            }
            for (int env = 0; env < 8; env++) {
                assertEquals(List.of(), BatchStates.diffEnv(state, env, target, 7 - env),
                        name + ": copyEnv(" + env + " -> " + (7 - env) + ") must copy every array");
            }
        }
    }

    /** Prints throughput only (no assertion on time); also checks 1 vs 2 threads at scale. */
    @Test
    void shouldStepALargeBatchOfSizeSIdenticallyOnOneAndTwoThreads() {
        StaticConfig config = StaticConfig.small();
        int envs = 4096;
        int warmup = 30;
        int timed = 150;
        BatchState two = scenes(config, envs, SEED + 50);
        BatchState one = BatchStates.copy(two);
        float[][] actions = actionSequence(config, envs, warmup + timed, SEED + 51);
        double oneSeconds;
        double twoSeconds;
        try (CpuBackend backend = new CpuBackend(2)) {
            twoSeconds = timedRun(backend, two, actions, warmup);
        }
        try (CpuBackend backend = new CpuBackend(1)) {
            oneSeconds = timedRun(backend, one, actions, warmup);
        }
        System.out.printf("Throughput, size S, %d envs: 2 threads %.0f env-steps/s (%.1f batch steps/s); "
                + "1 thread %.0f env-steps/s (%.1f batch steps/s)%n", envs, envs * timed / twoSeconds,
                timed / twoSeconds, envs * timed / oneSeconds, timed / oneSeconds);
        assertIdentical(one, two, "S, 4096 envs, 1 vs 2 threads");
    }

    private static double timedRun(CpuBackend backend, BatchState state, float[][] actions, int warmup) {
        for (int step = 0; step < warmup; step++) {
            backend.step(state, actions[step]);
        }
        long start = System.nanoTime();
        for (int step = warmup; step < actions.length; step++) {
            backend.step(state, actions[step]);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
