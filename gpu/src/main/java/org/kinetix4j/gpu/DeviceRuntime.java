package org.kinetix4j.gpu;

import java.util.Map;

/**
 * The few things the GPU backend needs from a compute API: compile the portable kernel source, hold buffers,
 * copy arrays in and out, launch kernels. {@link OpenClRuntime} and {@link CudaRuntime} implement it, so
 * {@link GpuBackend} (which buffers, which kernels, in what order) is written once.
 *
 * <p>All calls are made from one thread at a time. Copies are blocking; launches are queued in order on one
 * stream/queue, and a blocking read waits for every launch before it.
 */
public interface DeviceRuntime extends AutoCloseable {

    /** The backend name this runtime serves: {@code opencl} or {@code cuda}. */
    String name();

    /** The device in words (vendor, model, compute units), for logs and benchmark tables. */
    String deviceDescription();

    /**
     * Compiles {@code source} (OpenCL C written against {@code prelude.h}, see {@link KernelSource}) with the
     * given preprocessor definitions. {@code parity} selects the build that matches the CPU engine (no
     * floating-point contraction, correctly rounded division and square root); otherwise the fast build.
     *
     * @throws IllegalStateException with the compiler's log when the source does not compile
     */
    DeviceProgram compile(String source, Map<String, String> defines, boolean parity);

    /** A device buffer of {@code bytes} bytes, zero-filled. */
    DeviceBuffer allocate(long bytes);

    void write(DeviceBuffer target, float[] source);

    void write(DeviceBuffer target, int[] source);

    void write(DeviceBuffer target, byte[] source);

    void read(DeviceBuffer source, float[] target);

    void read(DeviceBuffer source, int[] target);

    void read(DeviceBuffer source, byte[] target);

    /**
     * Queues {@code kernel} over {@code globalSize} work-items in groups of {@code localSize} (0 = let the
     * runtime choose). Each argument is a {@link DeviceBuffer}, an {@link Integer} or a {@link Float}.
     */
    void launch(DeviceKernel kernel, int globalSize, int localSize, Object... arguments);

    /** Waits until every queued launch has finished. */
    void finish();

    /** Frees every buffer and program of this runtime and the context. */
    @Override
    void close();

    /** Memory on the device. */
    interface DeviceBuffer {
        long bytes();
    }

    /** A compiled kernel source. */
    interface DeviceProgram {
        /** The entry point {@code name} (a {@code __kernel} function of the source). */
        DeviceKernel kernel(String name);
    }

    /** One entry point of a {@link DeviceProgram}. */
    interface DeviceKernel {
        String name();
    }
}
