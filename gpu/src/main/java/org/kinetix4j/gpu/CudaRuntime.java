package org.kinetix4j.gpu;

import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT;
import static org.bytedeco.cuda.global.cudart.CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.bytedeco.cuda.cudart.CUctx_st;
import org.bytedeco.cuda.cudart.CUfunc_st;
import org.bytedeco.cuda.cudart.CUmod_st;
import org.bytedeco.cuda.cudart.CUstream_st;
import org.bytedeco.cuda.global.cudart;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * {@link DeviceRuntime} over the CUDA driver API (JavaCPP's {@code org.bytedeco.cuda} presets): the primary
 * context of one device, {@code cuMemAlloc} buffers, blocking copies through a reusable native staging buffer
 * ({@link StagedCopyRuntime}), and launches on the default stream, so that a copy waits for every launch before
 * it.
 *
 * <p>Kernels: the portable OpenCL C source, compiled as CUDA C++ through {@code prelude.h}. {@link #compile}
 * first looks for PTX built at build time by {@link PtxBuilder} (nvcc, for the named sizes S/M/L in the
 * parity and fast builds; see {@link PtxCatalog}), and compiles with NVRTC at run time otherwise: another
 * configuration, a changed source, or a device whose compute capability the prebuilt PTX does not serve.
 *
 * <p>Loading this class needs the NVIDIA driver ({@code libcuda.so.1}) and the CUDA runtime library; without
 * them it fails with {@link UnsatisfiedLinkError}. {@link CudaBackendProvider} probes that and reports
 * "CUDA backend unavailable: …" instead.
 */
public final class CudaRuntime extends StagedCopyRuntime {
    /** Work-items per block when the caller leaves the choice to the runtime (one per environment). */
    private static final int DEFAULT_BLOCK = 128;

    private final int device;
    private final CUctx_st context;
    private final String description;
    private final int computeMajor;
    private final int computeMinor;
    private final List<CudaBuffer> buffers = new ArrayList<>();
    private final List<CudaProgram> programs = new ArrayList<>();
    private final Map<CudaKernel, LaunchArguments> launchArguments = new IdentityHashMap<>();
    private boolean closed;
    /** How the last {@link #compile} got its PTX ("prebuilt PTX …" or "NVRTC …"), for logs and tests. */
    private String lastCompile = "";

    /** The first CUDA device ({@code kinetix.cuda.device}, default 0) and its primary context. */
    public CudaRuntime() {
        this(Integer.getInteger("kinetix.cuda.device", 0));
    }

    /**
     * The CUDA device of ordinal {@code ordinal} and its primary context.
     *
     * @throws IllegalStateException when the driver cannot be initialised or has no such device
     */
    public CudaRuntime(int ordinal) {
        check(cudart.cuInit(0), "cuInit");
        int[] count = new int[1];
        check(cudart.cuDeviceGetCount(count), "cuDeviceGetCount");
        if (ordinal < 0 || ordinal >= count[0]) {
            throw new IllegalStateException("CUDA device " + ordinal + " does not exist: the driver reports "
                    + count[0] + " device(s)");
        }
        int[] handle = new int[1];
        check(cudart.cuDeviceGet(handle, ordinal), "cuDeviceGet");
        device = handle[0];
        context = new CUctx_st();
        check(cudart.cuDevicePrimaryCtxRetain(context, device), "cuDevicePrimaryCtxRetain");
        check(cudart.cuCtxSetCurrent(context), "cuCtxSetCurrent");
        computeMajor = attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
        computeMinor = attribute(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
        byte[] name = new byte[256];
        check(cudart.cuDeviceGetName(name, name.length, device), "cuDeviceGetName");
        int length = 0;
        while (length < name.length && name[length] != 0) {
            length++;
        }
        int[] driver = new int[1];
        check(cudart.cuDriverGetVersion(driver), "cuDriverGetVersion");
        description = String.format(Locale.ROOT, "%s (CUDA device %d, compute capability %d.%d, %d SMs, driver API %d.%d)",
                new String(name, 0, length, java.nio.charset.StandardCharsets.UTF_8), ordinal, computeMajor,
                computeMinor, attribute(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT), driver[0] / 1000,
                driver[0] % 1000 / 10);
    }

    private int attribute(int which) {
        int[] value = new int[1];
        check(cudart.cuDeviceGetAttribute(value, which, device), "cuDeviceGetAttribute");
        return value[0];
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public String deviceDescription() {
        return description;
    }

    /** The device's virtual architecture for NVRTC, e.g. {@code compute_90}. */
    String architecture() {
        return "compute_" + computeMajor + computeMinor;
    }

    /** How the last {@link #compile} obtained its PTX: {@code "prebuilt PTX <key>"} or {@code "NVRTC …"}. */
    public String lastCompile() {
        return lastCompile;
    }

    @Override
    public DeviceProgram compile(String source, Map<String, String> defines, boolean parity) {
        makeCurrent();
        String key = PtxCatalog.key(source, defines, parity);
        String prebuilt = PtxCatalog.find(key);
        if (prebuilt != null) {
            CUmod_st module = new CUmod_st();
            int code = cudart.cuModuleLoadData(module, new BytePointer(prebuilt));
            if (code == CUDA_SUCCESS) {
                lastCompile = "prebuilt PTX " + key;
                return register(module);
            }
            // A device the prebuilt PTX's target does not serve, or a driver too old for its PTX ISA: NVRTC below.
            lastCompile = "prebuilt PTX " + key + " not loadable (" + errorName(code) + "); ";
        } else {
            lastCompile = "";
        }
        String ptx = Nvrtc.compile(source, defines, parity, architecture());
        CUmod_st module = new CUmod_st();
        check(cudart.cuModuleLoadData(module, new BytePointer(ptx)), "cuModuleLoadData", "NVRTC PTX for " + key);
        lastCompile += "NVRTC " + architecture() + (parity ? " parity" : " fast");
        return register(module);
    }

    private CudaProgram register(CUmod_st module) {
        CudaProgram program = new CudaProgram(module);
        programs.add(program);
        return program;
    }

    @Override
    public DeviceBuffer allocate(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes=" + bytes + " must be >= 0");
        }
        makeCurrent();
        long size = Math.max(bytes, 4);
        long[] pointer = new long[1];
        check(cudart.cuMemAlloc(pointer, size), "cuMemAlloc", size + " bytes");
        CudaBuffer buffer = new CudaBuffer(pointer[0], bytes);
        buffers.add(buffer);
        check(cudart.cuMemsetD8(pointer[0], (byte) 0, size), "cuMemsetD8");
        return buffer;
    }

    @Override
    void checkCopy(DeviceBuffer buffer, long bytes, String what) {
        if (!(buffer instanceof CudaBuffer cuda) || !buffers.contains(cuda)) {
            throw new IllegalArgumentException(what + ": the buffer does not belong to this CUDA runtime");
        }
        if (bytes > cuda.bytes) {
            throw new IllegalArgumentException(what + ": " + bytes + " bytes do not fit a buffer of " + cuda.bytes
                    + " bytes");
        }
        makeCurrent();
    }

    @Override
    void copyToDevice(DeviceBuffer target, long offset, Pointer host, long bytes) {
        check(cudart.cuMemcpyHtoD(((CudaBuffer) target).pointer + offset, host, bytes), "cuMemcpyHtoD");
    }

    @Override
    void copyToHost(DeviceBuffer source, long offset, Pointer host, long bytes) {
        check(cudart.cuMemcpyDtoH(host, ((CudaBuffer) source).pointer + offset, bytes), "cuMemcpyDtoH");
    }

    @Override
    public void launch(DeviceKernel kernel, int globalSize, int localSize, Object... arguments) {
        if (!(kernel instanceof CudaKernel cudaKernel) || cudaKernel.runtime() != this) {
            throw new IllegalArgumentException("kernel " + kernel.name() + " does not belong to this CUDA runtime");
        }
        if (globalSize < 0 || localSize < 0) {
            throw new IllegalArgumentException("kernel " + kernel.name() + ": globalSize=" + globalSize
                    + " and localSize=" + localSize + " must be >= 0");
        }
        if (globalSize == 0) {
            return;
        }
        makeCurrent();
        LaunchArguments block = launchArguments.computeIfAbsent(cudaKernel, k -> new LaunchArguments());
        block.set(kernel.name(), arguments);
        int threads = localSize > 0 ? localSize : Math.min(DEFAULT_BLOCK, cudaKernel.maxThreadsPerBlock());
        // Grid rounded up: like OpenCL's uniform work-groups, kernels guard ENV_INDEX against the environment count.
        int blocks = (int) ((globalSize + (long) threads - 1) / threads);
        check(cudart.cuLaunchKernel(cudaKernel.function, blocks, 1, 1, threads, 1, 1, 0, (CUstream_st) null,
                block.parameters, (PointerPointer<?>) null), "cuLaunchKernel", kernel.name());
    }

    @Override
    public void finish() {
        makeCurrent();
        check(cudart.cuCtxSynchronize(), "cuCtxSynchronize");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cudart.cuCtxSetCurrent(context);
        cudart.cuCtxSynchronize();
        for (CudaBuffer buffer : buffers) {
            cudart.cuMemFree(buffer.pointer);
        }
        buffers.clear();
        for (CudaProgram program : programs) {
            cudart.cuModuleUnload(program.module);
        }
        programs.clear();
        launchArguments.values().forEach(LaunchArguments::close);
        launchArguments.clear();
        closeStaging();
        cudart.cuDevicePrimaryCtxRelease(device);
    }

    /** Makes this runtime's context current on the calling thread (callers may change threads between calls). */
    private void makeCurrent() {
        if (closed) {
            throw new IllegalStateException("this CUDA runtime is closed");
        }
        check(cudart.cuCtxSetCurrent(context), "cuCtxSetCurrent");
    }

    /**
     * Throws for a CUDA error, naming the error, the call and what it was for.
     *
     * @throws IllegalStateException "cuLaunchKernel(stepKernel) failed: CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES (701)"
     */
    static void check(int code, String call, String what) {
        if (code != CUDA_SUCCESS) {
            throw new IllegalStateException(call + "(" + what + ") failed: " + errorName(code) + " (" + code + ")");
        }
    }

    static void check(int code, String call) {
        if (code != CUDA_SUCCESS) {
            throw new IllegalStateException(call + " failed: " + errorName(code) + " (" + code + ")");
        }
    }

    /** The symbolic name of a {@code CUresult}, from the driver, else from a table of the common ones. */
    static String errorName(int code) {
        try (BytePointer name = new BytePointer()) {
            if (cudart.cuGetErrorName(code, name) == CUDA_SUCCESS && !name.isNull()) {
                return name.getString();
            }
        } catch (RuntimeException | LinkageError e) {
            // fall back to the table
        }
        return switch (code) {
            case 1 -> "CUDA_ERROR_INVALID_VALUE";
            case 2 -> "CUDA_ERROR_OUT_OF_MEMORY";
            case 3 -> "CUDA_ERROR_NOT_INITIALIZED";
            case 34 -> "CUDA_ERROR_STUB_LIBRARY";
            case 35 -> "CUDA_ERROR_INSUFFICIENT_DRIVER";
            case 100 -> "CUDA_ERROR_NO_DEVICE";
            case 101 -> "CUDA_ERROR_INVALID_DEVICE";
            case 200 -> "CUDA_ERROR_INVALID_IMAGE";
            case 209 -> "CUDA_ERROR_NO_BINARY_FOR_GPU";
            case 218 -> "CUDA_ERROR_INVALID_PTX";
            case 222 -> "CUDA_ERROR_UNSUPPORTED_PTX_VERSION";
            case 500 -> "CUDA_ERROR_NOT_FOUND";
            case 700 -> "CUDA_ERROR_ILLEGAL_ADDRESS";
            case 701 -> "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES";
            case 719 -> "CUDA_ERROR_LAUNCH_FAILED";
            default -> "CUresult " + code;
        };
    }

    /** Device memory: a {@code CUdeviceptr} and the size asked for. */
    record CudaBuffer(long pointer, long bytes) implements DeviceBuffer {
    }

    /** A loaded module. */
    private final class CudaProgram implements DeviceProgram {
        private final CUmod_st module;

        CudaProgram(CUmod_st module) {
            this.module = module;
        }

        @Override
        public DeviceKernel kernel(String name) {
            Objects.requireNonNull(name, "name");
            makeCurrent();
            CUfunc_st function = new CUfunc_st();
            check(cudart.cuModuleGetFunction(function, module, name), "cuModuleGetFunction", name);
            int[] maxThreads = new int[1];
            check(cudart.cuFuncGetAttribute(maxThreads, CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK, function),
                    "cuFuncGetAttribute", name);
            return new CudaKernel(name, function, maxThreads[0], CudaRuntime.this);
        }
    }

    /** One entry point; {@code maxThreadsPerBlock} bounds the block size the runtime picks. */
    private record CudaKernel(String name, CUfunc_st function, int maxThreadsPerBlock, CudaRuntime runtime)
            implements DeviceKernel {
    }

    /**
     * The {@code kernelParams} of {@code cuLaunchKernel} for one kernel, kept between launches so that a launch
     * allocates nothing: one 8-byte native slot per argument (a {@code CUdeviceptr}, an int or a float) and the
     * array of pointers to the slots.
     */
    static final class LaunchArguments {
        private LongPointer[] slots = new LongPointer[0];
        private IntPointer[] intViews = new IntPointer[0];
        private FloatPointer[] floatViews = new FloatPointer[0];
        private PointerPointer<LongPointer> parameters = new PointerPointer<>(1L);

        /** The {@code void**} array that {@code cuLaunchKernel} reads the arguments through. */
        PointerPointer<LongPointer> parameters() {
            return parameters;
        }

        void set(String kernel, Object[] arguments) {
            if (arguments.length != slots.length) {
                close();
                slots = new LongPointer[arguments.length];
                intViews = new IntPointer[arguments.length];
                floatViews = new FloatPointer[arguments.length];
                parameters = new PointerPointer<>(Math.max(1, arguments.length));
                for (int i = 0; i < slots.length; i++) {
                    slots[i] = new LongPointer(1L);
                    intViews[i] = new IntPointer(slots[i]);
                    floatViews[i] = new FloatPointer(slots[i]);
                    parameters.put(i, slots[i]);
                }
            }
            for (int i = 0; i < arguments.length; i++) {
                Object argument = arguments[i];
                LongPointer slot = slots[i];
                slot.put(0, 0L);
                switch (argument) {
                    case CudaBuffer buffer -> slot.put(0, buffer.pointer());
                    case Integer value -> intViews[i].put(0, value);
                    case Float value -> floatViews[i].put(0, value);
                    case null, default -> throw new IllegalArgumentException("kernel " + kernel + " argument " + i
                            + ": " + (argument == null ? "null" : argument.getClass().getSimpleName())
                            + " is not a CUDA buffer of this runtime, an Integer or a Float");
                }
            }
        }

        void close() {
            for (LongPointer slot : slots) {
                slot.close();
            }
            parameters.close();
        }
    }
}
