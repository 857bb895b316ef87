package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class CpuBackendTest {
    private static BatchState scenes(int envs) {
        BatchState state = new BatchState(StaticConfig.medium(), envs);
        for (int env = 0; env < envs; env++) {
            Scene scene = new Scene(state, env).createEmpty();
            ShapeRef body = scene.addRectangle(1.5f + (env % 7) * 0.3f, 1f, 1f, 0.4f, BodyOptions.defaults());
            ShapeRef wheel = scene.addCircle(1.2f + (env % 7) * 0.3f, 0.8f, 0.3f, BodyOptions.defaults());
            scene.addRevoluteJoint(body.shape(), wheel.shape(), -0.3f, -0.2f, 0f, 0f,
                    JointOptions.defaults().withMotor(1f, 1f));
            scene.addThruster(body.shape(), 0f, 0f, 1.2f, 1f);
        }
        return state;
    }

    /** The caller and the backend's worker threads (the test runner's own threads are left out). */
    private static long[] steppingThreads() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Thread.currentThread()),
                Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("kinetix4j-cpu-")))
                .mapToLong(Thread::threadId).toArray();
    }

    private static long allocatedBy(long[] threads) {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : mx.getThreadAllocatedBytes(threads)) {
            total += bytes;
        }
        return total;
    }

    @Test
    void shouldStepWithoutAllocatingOnAnyThreadOnceWarm() {
        BatchState state = scenes(256);
        float[] actions = new float[state.envCount * state.config.actionSize()];
        java.util.Arrays.fill(actions, 1f);
        try (CpuBackend backend = new CpuBackend(3)) {
            for (int i = 0; i < 3000; i++) {
                backend.step(state, actions);
            }
            long[] threads = steppingThreads();
            assertEquals(3, threads.length, "the caller and two workers");
            int steps = 2000;
            long before = allocatedBy(threads);
            for (int i = 0; i < steps; i++) {
                backend.step(state, actions);
            }
            long total = allocatedBy(threads) - before;
            // Any object costs at least 16 bytes, so an allocation per step would show as >= 16 * steps; what
            // remains is the measurement's own result arrays and the odd JIT-time object.
            assertTrue(total < steps, "allocated " + total + " bytes over " + steps + " batch steps");
        }
    }

    @Test
    void shouldRethrowAWorkersFailureAndStayUsable() {
        BatchState state = scenes(64);
        float[] actions = new float[state.envCount * state.config.actionSize()];
        try (CpuBackend backend = new CpuBackend(2)) {
            backend.step(state, actions);
            state.joints.aShape[state.joints.row(50, 0)] = 999;
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> backend.step(state, actions));
            state.joints.aShape[state.joints.row(50, 0)] = 4;
            backend.step(state, actions);
            assertTrue(Float.isFinite(state.shapes.positionY[state.shapes.row(50, 4)]));
        }
    }

    @Test
    void shouldAlternateBatchesWithDifferentChunkCountsWithoutLosingAChunk() {
        BatchState big = scenes(64);
        BatchState small = scenes(3);
        BatchState bigAlone = scenes(64);
        float[] bigActions = new float[big.envCount * big.config.actionSize()];
        float[] smallActions = new float[small.envCount * small.config.actionSize()];
        java.util.Arrays.fill(bigActions, 1f);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            try (CpuBackend backend = new CpuBackend(3); CpuBackend reference = new CpuBackend(1)) {
                for (int i = 0; i < 3000; i++) {
                    backend.step(big, bigActions);
                    backend.step(small, smallActions);
                    reference.step(bigAlone, bigActions);
                }
            }
        });
        // Every chunk of every step ran exactly once: the batch equals the single-threaded one, bit for bit.
        assertTrue(java.util.Arrays.equals(bigAlone.shapes.positionX, big.shapes.positionX));
        assertTrue(java.util.Arrays.equals(bigAlone.shapes.angularVelocity, big.shapes.angularVelocity));
    }

    @Test
    void shouldRejectActionsOfTheWrongLength() {
        BatchState state = scenes(4);
        try (CpuBackend backend = new CpuBackend(2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> backend.step(state, new float[7]));
            assertTrue(e.getMessage().contains("expected envCount=4"), e.getMessage());
        }
    }
}
