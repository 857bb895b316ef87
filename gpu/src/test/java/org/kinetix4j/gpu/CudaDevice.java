package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;

/**
 * Test support: one parity and one fast CUDA backend per JVM, skipped through JUnit assumptions without an NVIDIA
 * driver and device, and failed instead when a CUDA device is required: {@value #REQUIRED_PROPERTY}{@code =true},
 * the environment variable {@value #REQUIRED_VARIABLE}{@code =true}, or {@code kinetix.gpu.required} set to
 * {@code cuda} or {@code all}. ({@code kinetix.gpu.required=true} requires the OpenCL device, PoCL in CI; CI
 * machines have no NVIDIA GPU, so that value must not require CUDA.)
 */
final class CudaDevice {
    /** System property that turns "no CUDA device" from a skip into a failure (benchmarks/gpu-check.sh sets it). */
    static final String REQUIRED_PROPERTY = "kinetix.cuda.required";

    private static final Map<Boolean, GpuBackend> BACKENDS = new HashMap<>();

    private CudaDevice() {
    }

    /** Environment variable with the same meaning as {@value #REQUIRED_PROPERTY}. */
    static final String REQUIRED_VARIABLE = "KINETIX_CUDA_REQUIRED";

    /** Whether this run must have a CUDA device. */
    static boolean required() {
        String gpu = System.getProperty("kinetix.gpu.required", "");
        return Boolean.getBoolean(REQUIRED_PROPERTY) || "true".equals(System.getenv(REQUIRED_VARIABLE))
                || gpu.equals("cuda") || gpu.equals("all");
    }

    /** The shared backend of the parity ({@code true}) or fast build; skips or fails without CUDA. */
    static synchronized GpuBackend backend(boolean parity) {
        requireDevice();
        return BACKENDS.computeIfAbsent(parity, p -> new GpuBackend(new CudaRuntime(), p));
    }

    /** Skips the calling test (or fails it, when required) unless CUDA can run here. */
    static void requireDevice() {
        String reason = new CudaBackendProvider().unavailableReason();
        if (reason != null) {
            if (required()) {
                fail("a CUDA device is required (" + REQUIRED_PROPERTY + ") but " + reason);
            }
            assumeTrue(false, reason);
        }
    }
}
