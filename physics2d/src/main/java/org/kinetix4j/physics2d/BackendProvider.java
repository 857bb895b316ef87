package org.kinetix4j.physics2d;

/**
 * A way to create one kind of {@link Backend}, found by {@link java.util.ServiceLoader} so that the core needs no
 * native dependency: the GPU module registers its providers in {@code META-INF/services}. {@link Backends} picks
 * one by name or, for {@code auto}, by preference.
 */
public interface BackendProvider {

    /** The name used on the command line and in {@link Backends#create}: {@code cpu}, {@code opencl}, {@code cuda}. */
    String name();

    /**
     * Rank for {@code auto}: the available provider with the highest rank wins. CUDA ranks above OpenCL on a GPU,
     * which ranks above the CPU; an OpenCL platform that offers only a CPU device ranks below the CPU backend.
     */
    int autoRank();

    /**
     * Why this backend cannot run on this machine (for example "CUDA backend unavailable: no NVIDIA driver
     * (libcuda.so.1 not found)"), or {@code null} when it can. Must not throw, even without drivers.
     */
    String unavailableReason();

    /**
     * A new backend. {@code threads} is the CPU backend's thread count (callers pass the number of processors
     * when they have no preference); device backends may ignore it.
     *
     * @throws IllegalStateException with {@link #unavailableReason()}'s message when the backend cannot run here
     */
    Backend create(int threads);
}
