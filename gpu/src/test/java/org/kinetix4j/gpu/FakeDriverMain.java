package org.kinetix4j.gpu;

import java.util.Arrays;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.Backends;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Run by {@link CudaFakeDriverTest} in a JVM whose {@code libcuda.so.1} is the fake driver of
 * {@code fake-libcuda.c} (device memory in host memory, launches that only print): drives the CUDA backend
 * through the real JNI bindings and prints one {@code CHECK name=value} line per fact the test asserts.
 */
final class FakeDriverMain {
    private FakeDriverMain() {
    }

    public static void main(String[] args) {
        System.out.println("CHECK reason=" + new CudaBackendProvider().unavailableReason());
        try (Backend backend = Backends.create("cuda", 1)) {
            System.out.println("CHECK device=" + ((GpuBackend) backend).deviceDescription());
            BatchState state = SceneSampler.randomBatch(StaticConfig.small(), 100, 3);
            BatchState before = new BatchState(state.config, state.envCount);
            for (int env = 0; env < state.envCount; env++) {
                state.copyEnv(env, before, env);
            }
            float[] actions = new float[state.envCount * state.config.actionSize()];
            backend.hostStateChanged(state);
            backend.step(state, actions);
            backend.step(state, actions);
            Arrays.fill(state.shapes.positionX, 99f);
            backend.syncToHost(state);
            // The fake kernel does nothing: what comes back is what went up.
            boolean same = state.arraysByName().entrySet().stream().allMatch(entry -> {
                Object other = before.arraysByName().get(entry.getKey());
                return Arrays.deepEquals(new Object[] {entry.getValue()}, new Object[] {other});
            });
            System.out.println("CHECK roundTrip=" + same);
        }
        try (CudaRuntime runtime = new CudaRuntime()) {
            runtime.compile(KernelSource.source(), KernelSource.defines(StaticConfig.small()), true)
                    .kernel(KernelSource.STEP_KERNEL);
            System.out.println("CHECK compile=" + runtime.lastCompile());
            try {
                runtime.compile(KernelSource.source(), KernelSource.defines(StaticConfig.small()), true)
                        .kernel("noSuchKernel");
            } catch (IllegalStateException e) {
                System.out.println("CHECK missingKernel=" + e.getMessage());
            }
            float[] big = new float[StagedCopyRuntime.SLICE + 5];
            for (int i = 0; i < big.length; i++) {
                big[i] = i;
            }
            DeviceRuntime.DeviceBuffer buffer = runtime.allocate(big.length * 4L);
            runtime.write(buffer, big);
            float[] back = new float[big.length];
            runtime.read(buffer, back);
            System.out.println("CHECK slicedCopy=" + Arrays.equals(big, back));
        }
    }
}
