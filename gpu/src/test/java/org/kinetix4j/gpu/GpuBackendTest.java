package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.Backends;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.HostView;
import org.kinetix4j.physics2d.StaticConfig;

/** The device backend's contract: state stays on the device, syncs on request, rebinds between batches. */
@Tag("opencl")
class GpuBackendTest {

    private static float[] actions(BatchState state, long seed) {
        float[] actions = new float[state.envCount * state.config.actionSize()];
        SceneSampler.randomActions(state.config, state.envCount, new SplittableRandom(seed), actions);
        return actions;
    }

    /** Two identical random batches: one for the device backend, its twin for the CPU backend. */
    private static BatchState[] twins(StaticConfig config, int envs, long seed) {
        return new BatchState[] {SceneSampler.randomBatch(config, envs, seed),
            SceneSampler.randomBatch(config, envs, seed)};
    }

    /** One step of {@code onDevice} and of its CPU twin {@code onCpu}, with the same random actions. */
    private static void stepBoth(GpuBackend backend, BatchState onDevice, CpuBackend cpu, BatchState onCpu,
            long actionSeed) {
        float[] actions = actions(onDevice, actionSeed);
        backend.step(onDevice, actions);
        cpu.step(onCpu, actions);
    }

    @Test
    void shouldBeBitForBitDeterministicFromRunToRun() {
        GpuBackend backend = OpenClDevice.backend(true);
        BatchState first = SceneSampler.randomBatch(StaticConfig.large(), 512, 77);
        BatchState second = SceneSampler.randomBatch(StaticConfig.large(), 512, 77);
        for (BatchState state : List.of(first, second)) {
            backend.hostStateChanged(state);
            for (int step = 0; step < 50; step++) {
                backend.step(state, actions(state, step));
            }
            backend.syncToHost(state);
        }
        assertArraysEqual(first, second);
        BatchState differentActions = SceneSampler.randomBatch(StaticConfig.large(), 512, 77);
        backend.hostStateChanged(differentActions);
        for (int step = 0; step < 50; step++) {
            backend.step(differentActions, actions(differentActions, step + 1000));
        }
        backend.syncToHost(differentActions);
        assertFalse(Arrays.equals(first.shapes.positionX, differentActions.shapes.positionX),
                "other actions must give another trajectory");
    }

    @Test
    void shouldStepAnEnvironmentTheSameWhateverBatchItIsIn() {
        GpuBackend backend = OpenClDevice.backend(true);
        BatchState big = SceneSampler.randomBatch(StaticConfig.large(), 300, 12);
        int env = 123;
        BatchState alone = new BatchState(StaticConfig.large(), 1);
        big.copyEnv(env, alone, 0);
        int actionSize = big.config.actionSize();
        for (int step = 0; step < 40; step++) {
            float[] actions = actions(big, step);
            backend.step(big, actions);
            backend.step(alone, Arrays.copyOfRange(actions, env * actionSize, (env + 1) * actionSize));
        }
        backend.syncToHost(big);
        backend.syncToHost(alone);
        BatchState extracted = new BatchState(StaticConfig.large(), 1);
        big.copyEnv(env, extracted, 0);
        assertArraysEqual(extracted, alone);
    }

    @Test
    void shouldKeepEachBatchsResultsWhenSteppingSeveralBatchesInTurn() {
        GpuBackend backend = OpenClDevice.backend(true);
        List<BatchState[]> pairs = List.of(twins(StaticConfig.medium(), 64, 1), twins(StaticConfig.medium(), 64, 2),
                twins(StaticConfig.small(), 32, 3));
        try (CpuBackend cpu = new CpuBackend(1)) {
            for (int step = 0; step < 20; step++) {
                for (BatchState[] pair : pairs) {
                    stepBoth(backend, pair[0], cpu, pair[1], step);
                }
            }
        }
        for (BatchState[] pair : pairs) {
            backend.syncToHost(pair[0]);
        }
        for (BatchState[] pair : pairs) {
            assertArraysEqual(pair[1], pair[0]);
        }
    }

    @Test
    void shouldUploadHostEditsAnnouncedByHostStateChanged() {
        GpuBackend backend = OpenClDevice.backend(true);
        BatchState[] pair = twins(StaticConfig.small(), 16, 5);
        BatchState state = pair[0];
        BatchState expected = pair[1];
        try (CpuBackend cpu = new CpuBackend(1)) {
            for (int step = 0; step < 10; step++) {
                stepBoth(backend, state, cpu, expected, step);
            }
            backend.syncToHost(state);
            // A reset of env 3 on the host, as the env's auto-reset does.
            SceneSampler.randomBatch(StaticConfig.small(), 1, 9).copyEnv(0, state, 3);
            SceneSampler.randomBatch(StaticConfig.small(), 1, 9).copyEnv(0, expected, 3);
            backend.hostStateChanged(state);
            for (int step = 0; step < 10; step++) {
                stepBoth(backend, state, cpu, expected, step);
            }
        }
        backend.syncToHost(state);
        assertArraysEqual(expected, state);
    }

    @Test
    void shouldCopyBackOnlyTheEnvReadsUntilAFullSync() {
        GpuBackend backend = OpenClDevice.backend(true);
        BatchState[] pair = twins(StaticConfig.medium(), 64, 21);
        BatchState state = pair[0];
        BatchState expected = pair[1];
        BatchState asUploaded = SceneSampler.randomBatch(StaticConfig.medium(), 64, 21);
        Map<String, Object> uploaded = asUploaded.arraysByName();
        try (CpuBackend cpu = new CpuBackend(1)) {
            for (int step = 0; step < 15; step++) {
                stepBoth(backend, state, cpu, expected, step);
            }
        }
        backend.syncToHost(state, HostView.ENV_READS);
        List<Object> envReads = HostView.envReads(state);
        Map<String, Object> host = state.arraysByName();
        Map<String, Object> cpu = expected.arraysByName();
        int leftBehind = 0;
        for (String name : host.keySet()) {
            Object array = host.get(name);
            boolean read = envReads.stream().anyMatch(envRead -> envRead == array);
            assertTrue(Objects.deepEquals(read ? cpu.get(name) : uploaded.get(name), array),
                    name + (read ? " is current" : " is still as uploaded"));
            leftBehind += !read && !Objects.deepEquals(cpu.get(name), array) ? 1 : 0;
        }
        assertTrue(leftBehind >= 10, "the steps changed solver caches that stayed on the device: " + leftBehind);
        backend.syncToHost(state);
        assertArraysEqual(expected, state);
    }

    @Test
    void shouldBringTheLeftBehindArraysBackWhenAnotherBatchIsStepped() {
        GpuBackend backend = OpenClDevice.backend(true);
        BatchState[] first = twins(StaticConfig.medium(), 32, 31);
        BatchState[] second = twins(StaticConfig.small(), 16, 32);
        try (CpuBackend cpu = new CpuBackend(1)) {
            for (int step = 0; step < 10; step++) {
                stepBoth(backend, first[0], cpu, first[1], step);
                backend.syncToHost(first[0], HostView.ENV_READS);
            }
            stepBoth(backend, second[0], cpu, second[1], 0);
            assertArraysEqual(first[1], first[0]);
            for (int step = 10; step < 15; step++) {
                stepBoth(backend, first[0], cpu, first[1], step);
                backend.syncToHost(first[0], HostView.ENV_READS);
            }
        }
        backend.syncToHost(first[0]);
        backend.syncToHost(second[0]);
        assertArraysEqual(first[1], first[0]);
        assertArraysEqual(second[1], second[0]);
    }

    @Test
    void shouldRejectActionsOfTheWrongLength() {
        GpuBackend backend = OpenClDevice.backend(true);
        BatchState state = new BatchState(StaticConfig.medium(), 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> backend.step(state, new float[3]));
        assertTrue(e.getMessage().contains("envCount=4"), e.getMessage());
    }

    @Test
    void shouldBeFoundByNameThroughTheServiceLoader() {
        OpenClDevice.requireDevice();
        assertTrue(Backends.names().contains("opencl"), Backends.names().toString());
        try (Backend backend = Backends.create("opencl", 1)) {
            assertEquals("opencl", backend.name());
        }
    }

    @Test
    void shouldExplainAnUnknownDeviceSelector() {
        OpenClDevice.requireDevice();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenClRuntime.choose(OpenClRuntime.devices(), "no-such-device-xyz"));
        assertTrue(e.getMessage().startsWith("OpenCL backend unavailable: kinetix.opencl.device=no-such-device-xyz"),
                e.getMessage());
    }

    @Test
    void shouldReportTheBuildLogOfASourceThatDoesNotCompile() {
        OpenClDevice.requireDevice();
        try (OpenClRuntime runtime = new OpenClRuntime()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> runtime.compile("__kernel void broken() { undeclaredName = 1; }", Map.of(), true));
            assertTrue(e.getMessage().contains("undeclaredName"), e.getMessage());
        }
    }

    /** Every array of two batches, bit for bit (NaNs equal). */
    static void assertArraysEqual(BatchState expected, BatchState actual) {
        var x = expected.arraysByName();
        var y = actual.arraysByName();
        for (String name : x.keySet()) {
            switch (x.get(name)) {
                case float[] a -> assertArrayEquals(a, (float[]) y.get(name), name);
                case int[] a -> assertArrayEquals(a, (int[]) y.get(name), name);
                case boolean[] a -> assertArrayEquals(a, (boolean[]) y.get(name), name);
                default -> throw new AssertionError(name);
            }
        }
    }
}
