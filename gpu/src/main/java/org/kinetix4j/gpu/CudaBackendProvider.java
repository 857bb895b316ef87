package org.kinetix4j.gpu;

import org.bytedeco.cuda.global.cudart;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BackendProvider;

/**
 * The {@code cuda} backend for {@link org.kinetix4j.physics2d.Backends}: {@link GpuBackend} on a
 * {@link CudaRuntime}, first for {@code auto} wherever an NVIDIA driver and device are present.
 *
 * <p>Build: parity (bit-for-bit the CPU engine's arithmetic) unless the system property
 * {@value GpuBackend#BUILD_PROPERTY} is {@code fast} (contraction into FMA allowed). Without an NVIDIA driver
 * the JNI library cannot be loaded ({@link UnsatisfiedLinkError}); the probe catches that and anything else and
 * reports "CUDA backend unavailable: …" through {@link #unavailableReason()}, so the program goes on with
 * another backend.
 */
public final class CudaBackendProvider implements BackendProvider {
    /** Rank for {@code auto}: above OpenCL on a GPU (50) and the CPU backend (10). */
    static final int RANK = 100;
    /** The prefix of every reason this provider gives. */
    public static final String UNAVAILABLE = "CUDA backend unavailable: ";

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public int autoRank() {
        return RANK;
    }

    @Override
    public String unavailableReason() {
        return Probe.REASON;
    }

    @Override
    public Backend create(int threads) {
        return GpuBackend.create(unavailableReason(), CudaRuntime::new);
    }

    /** The probe, run once per JVM when first asked: load the driver bindings, initialise, count devices. */
    private static final class Probe {
        static final String REASON = probe();

        private static String probe() {
            try {
                org.bytedeco.javacpp.Loader.load(cudart.class);
                int code = cudart.cuInit(0);
                if (code != cudart.CUDA_SUCCESS) {
                    return UNAVAILABLE + "cuInit failed: " + CudaRuntime.errorName(code) + " (" + code + ")";
                }
                int[] count = new int[1];
                code = cudart.cuDeviceGetCount(count);
                if (code != cudart.CUDA_SUCCESS) {
                    return UNAVAILABLE + "cuDeviceGetCount failed: " + CudaRuntime.errorName(code) + " (" + code + ")";
                }
                return count[0] > 0 ? null : UNAVAILABLE + "the NVIDIA driver reports no CUDA device";
            } catch (Throwable t) { // UnsatisfiedLinkError without a driver; anything else must not crash either
                return UNAVAILABLE + describe(t);
            }
        }
    }

    /** The most specific message of {@code t}'s causes, worded for a person. */
    static String describe(Throwable t) {
        Throwable deepest = t;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
        int colon = message.indexOf(": lib");
        String detail = colon >= 0 && message.startsWith("/") ? message.substring(colon + 2) : message;
        detail = detail.lines().findFirst().orElse(detail);
        if (detail.contains("libcuda.so")) {
            return "no NVIDIA driver (" + detail + ")";
        }
        if (detail.contains("libcudart.so")) {
            return "the CUDA runtime library is missing (" + detail + "; put a CUDA 13 toolkit's lib64 on "
                    + "LD_LIBRARY_PATH)";
        }
        return deepest.getClass().getSimpleName() + ": " + detail;
    }
}
