package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The system properties a {@link GpuBackend} reads when it is created, checked on a recording stand-in for the
 * device runtime, so that they are tested without OpenCL or CUDA.
 */
class GpuBackendPropertiesTest {

    @Test
    void shouldLaunchTheStepInGroupsOfTheDefaultSizeOrTheRequestedOne() {
        assertEquals(List.of(GpuBackend.WORK_GROUP_SIZE), withProperty(GpuBackend.WORK_GROUP_SIZE_PROPERTY, null,
                () -> stepOnce(new RecordingRuntime()).launchGroupSizes));
        assertEquals(List.of(16), withProperty(GpuBackend.WORK_GROUP_SIZE_PROPERTY, " 16 ",
                () -> stepOnce(new RecordingRuntime()).launchGroupSizes));
        assertEquals(1, withProperty(GpuBackend.WORK_GROUP_SIZE_PROPERTY, "1", GpuBackend::workGroupSizeRequested));
    }

    @Test
    void shouldRejectAWorkGroupSizeThatIsNotAPositivePowerOfTwo() {
        for (String value : List.of("0", "-64", "48", "sixty-four", "64.0", "4294967296")) {
            RecordingRuntime runtime = new RecordingRuntime();
            IllegalArgumentException e = withProperty(GpuBackend.WORK_GROUP_SIZE_PROPERTY, value,
                    () -> assertThrows(IllegalArgumentException.class, () -> new GpuBackend(runtime.proxy(), true)));
            assertEquals("kinetix.gpu.workGroupSize=" + value + " must be a positive power of two (e.g. 32, 64, 128)",
                    e.getMessage());
            assertTrue(runtime.closed, "the backend owns the runtime, so a failed creation must close it: " + value);
        }
    }

    @Test
    void shouldAcceptOnlyTheParityAndFastBuilds() {
        assertTrue(withProperty(GpuBackend.BUILD_PROPERTY, null, GpuBackend::parityRequested));
        assertFalse(withProperty(GpuBackend.BUILD_PROPERTY, "fast", GpuBackend::parityRequested));
        IllegalArgumentException e = withProperty(GpuBackend.BUILD_PROPERTY, "turbo",
                () -> assertThrows(IllegalArgumentException.class, GpuBackend::parityRequested));
        assertEquals("kinetix.gpu.build=turbo must be parity or fast", e.getMessage());
    }

    /** Creates a backend on {@code runtime} and steps a small random batch once. */
    private static RecordingRuntime stepOnce(RecordingRuntime runtime) {
        BatchState state = SceneSampler.randomBatch(StaticConfig.small(), 3, 1);
        try (GpuBackend backend = new GpuBackend(runtime.proxy(), true)) {
            backend.step(state, new float[state.envCount * state.config.actionSize()]);
        }
        return runtime;
    }

    /** {@code body}'s result with system property {@code name} set to {@code value} (null: cleared), then restored. */
    private static <T> T withProperty(String name, String value, Supplier<T> body) {
        String before = System.getProperty(name);
        try {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
            return body.get();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }

    /** A {@link DeviceRuntime} that computes nothing: it hands out buffers and kernels and records launches. */
    private static final class RecordingRuntime {
        final List<Integer> launchGroupSizes = new ArrayList<>();
        boolean closed;

        DeviceRuntime proxy() {
            return (DeviceRuntime) Proxy.newProxyInstance(DeviceRuntime.class.getClassLoader(),
                    new Class<?>[] {DeviceRuntime.class}, (self, method, args) -> switch (method.getName()) {
                        case "name", "deviceDescription" -> "recording";
                        case "allocate" -> (DeviceRuntime.DeviceBuffer) () -> (Long) args[0];
                        case "compile" -> (DeviceRuntime.DeviceProgram) name -> (DeviceRuntime.DeviceKernel) () -> name;
                        case "launch" -> {
                            launchGroupSizes.add((Integer) args[2]);
                            yield null;
                        }
                        case "close" -> {
                            closed = true;
                            yield null;
                        }
                        default -> null; // the copies and finish: nothing to do
                    });
        }
    }
}
