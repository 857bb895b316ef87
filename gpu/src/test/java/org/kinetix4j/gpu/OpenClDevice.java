package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;

/**
 * Test support: one parity and one fast OpenCL backend per JVM (the kernel build is the slow part on PoCL, so
 * every test class shares them), skipped through JUnit assumptions when no OpenCL platform exists, and failed
 * instead when the system property {@value #REQUIRED_PROPERTY} or the environment variable {@value #REQUIRED_ENV}
 * is true ({@code .ci/run} installs PoCL and sets the variable, so a broken OpenCL setup cannot hide behind a
 * skip).
 */
final class OpenClDevice {
    /** System property that turns "no OpenCL device" from a skip into a failure. */
    static final String REQUIRED_PROPERTY = "kinetix.gpu.required";
    /** Environment variable with the same effect, as {@code .ci/run} exports it. */
    static final String REQUIRED_ENV = "KINETIX_OPENCL_REQUIRED";

    private static final Map<Boolean, GpuBackend> BACKENDS = new HashMap<>();
    private static String unavailable;

    private OpenClDevice() {
    }

    /** The shared backend of the parity ({@code true}) or fast build; skips or fails without OpenCL. */
    static synchronized GpuBackend backend(boolean parity) {
        requireDevice();
        return BACKENDS.computeIfAbsent(parity, p -> new GpuBackend(new OpenClRuntime(), p));
    }

    /** Skips the calling test (or fails it, when required) unless an OpenCL device exists. */
    static synchronized void requireDevice() {
        if (unavailable == null) {
            String reason = new OpenClBackendProvider().unavailableReason();
            unavailable = reason == null ? "" : reason;
        }
        if (!unavailable.isEmpty()) {
            if (Boolean.getBoolean(REQUIRED_PROPERTY) || "true".equalsIgnoreCase(System.getenv(REQUIRED_ENV))) {
                fail(REQUIRED_PROPERTY + " or " + REQUIRED_ENV + " is true but " + unavailable);
            }
            assumeTrue(false, unavailable);
        }
    }
}
