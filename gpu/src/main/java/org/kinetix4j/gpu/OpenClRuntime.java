package org.kinetix4j.gpu;

import static org.bytedeco.opencl.global.OpenCL.CL_DEVICE_MAX_COMPUTE_UNITS;
import static org.bytedeco.opencl.global.OpenCL.CL_DEVICE_NAME;
import static org.bytedeco.opencl.global.OpenCL.CL_DEVICE_TYPE;
import static org.bytedeco.opencl.global.OpenCL.CL_DEVICE_TYPE_GPU;
import static org.bytedeco.opencl.global.OpenCL.CL_DEVICE_VERSION;
import static org.bytedeco.opencl.global.OpenCL.CL_MEM_READ_WRITE;
import static org.bytedeco.opencl.global.OpenCL.CL_PLATFORM_NAME;
import static org.bytedeco.opencl.global.OpenCL.CL_PROGRAM_BUILD_LOG;
import static org.bytedeco.opencl.global.OpenCL.CL_TRUE;
import static org.bytedeco.opencl.global.OpenCL.clBuildProgram;
import static org.bytedeco.opencl.global.OpenCL.clCreateBuffer;
import static org.bytedeco.opencl.global.OpenCL.clCreateCommandQueue;
import static org.bytedeco.opencl.global.OpenCL.clCreateContext;
import static org.bytedeco.opencl.global.OpenCL.clCreateKernel;
import static org.bytedeco.opencl.global.OpenCL.clCreateProgramWithSource;
import static org.bytedeco.opencl.global.OpenCL.clEnqueueFillBuffer;
import static org.bytedeco.opencl.global.OpenCL.clEnqueueNDRangeKernel;
import static org.bytedeco.opencl.global.OpenCL.clEnqueueReadBuffer;
import static org.bytedeco.opencl.global.OpenCL.clEnqueueWriteBuffer;
import static org.bytedeco.opencl.global.OpenCL.clFinish;
import static org.bytedeco.opencl.global.OpenCL.clGetDeviceIDs;
import static org.bytedeco.opencl.global.OpenCL.clGetDeviceInfo;
import static org.bytedeco.opencl.global.OpenCL.clGetPlatformIDs;
import static org.bytedeco.opencl.global.OpenCL.clGetPlatformInfo;
import static org.bytedeco.opencl.global.OpenCL.clGetProgramBuildInfo;
import static org.bytedeco.opencl.global.OpenCL.clReleaseCommandQueue;
import static org.bytedeco.opencl.global.OpenCL.clReleaseContext;
import static org.bytedeco.opencl.global.OpenCL.clReleaseKernel;
import static org.bytedeco.opencl.global.OpenCL.clReleaseMemObject;
import static org.bytedeco.opencl.global.OpenCL.clReleaseProgram;
import static org.bytedeco.opencl.global.OpenCL.clSetKernelArg;

import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.opencl._cl_command_queue;
import org.bytedeco.opencl._cl_context;
import org.bytedeco.opencl._cl_device_id;
import org.bytedeco.opencl._cl_kernel;
import org.bytedeco.opencl._cl_mem;
import org.bytedeco.opencl._cl_platform_id;
import org.bytedeco.opencl._cl_program;
import org.bytedeco.opencl.global.OpenCL;

/**
 * {@link DeviceRuntime} over OpenCL through the JavaCPP presets ({@code org.bytedeco:opencl}): runs on any OpenCL
 * 1.2+ device with double support, GPUs and CPU devices such as PoCL alike.
 *
 * <p>Device choice: the system property {@value #DEVICE_PROPERTY} picks a device by index (in the order of
 * {@link #devices()}) or by a case-insensitive substring of "platform: device"; otherwise the first GPU, else
 * the first device. One context and one in-order queue per runtime; compiled programs are cached per
 * (source, definitions, build kind) for the runtime's lifetime. Copies are blocking, through the staging buffers
 * of {@link StagedCopyRuntime}.
 */
public final class OpenClRuntime extends StagedCopyRuntime {
    /** System property choosing the device by index or name substring; read when a runtime is created. */
    public static final String DEVICE_PROPERTY = "kinetix.opencl.device";

    /** Stack of the thread that runs the OpenCL compiler (see {@link #buildOnLargeStack}). */
    static final long COMPILER_STACK_BYTES = 256L << 20;

    /**
     * Parity build: the source's {@code #pragma OPENCL FP_CONTRACT OFF} (switched on by KINETIX_PARITY) keeps a*b+c
     * two roundings as in Java, no -cl-mad-enable, and correctly rounded float division and sqrt as Java's.
     */
    static final String PARITY_OPTIONS = "-DKINETIX_PARITY=1 -cl-fp32-correctly-rounded-divide-sqrt";
    /**
     * Fast build: contraction into mad and the device's default (not correctly rounded) division and sqrt. Not
     * -cl-fast-relaxed-math: it implies finite-math-only, which would let the compiler delete the NaN test behind
     * Status.NON_FINITE.
     */
    static final String FAST_OPTIONS = "-cl-mad-enable -cl-no-signed-zeros";

    private final DeviceInfo device;
    private final _cl_context context;
    private final _cl_command_queue queue;
    private final List<ClBuffer> buffers = new ArrayList<>();
    private final Map<String, ClProgram> programs = new HashMap<>();
    private final IntPointer status = new IntPointer(1);
    private final IntPointer intArgument = new IntPointer(1);
    private final FloatPointer floatArgument = new FloatPointer(1);
    private final SizeTPointer globalSize = new SizeTPointer(1);
    private final SizeTPointer localSize = new SizeTPointer(1);
    /** The fill pattern of new buffers, held for the runtime's life in case a driver reads it when the fill runs. */
    private final BytePointer zeroPattern = new BytePointer(1).put((byte) 0);
    private boolean closed;

    /**
     * One device of one platform, as found by {@link #devices()}.
     *
     * @param index        position in {@link #devices()}, as {@value #DEVICE_PROPERTY} accepts it
     * @param platform     the platform's name (e.g. "Portable Computing Language", "NVIDIA CUDA")
     * @param name         the device's name
     * @param version      the device's OpenCL version string
     * @param gpu          whether the device reports CL_DEVICE_TYPE_GPU
     * @param computeUnits CL_DEVICE_MAX_COMPUTE_UNITS
     * @param platformId   the platform handle
     * @param deviceId     the device handle
     */
    public record DeviceInfo(int index, String platform, String name, String version, boolean gpu, int computeUnits,
            _cl_platform_id platformId, _cl_device_id deviceId) {
        /** "platform: device", the text {@value #DEVICE_PROPERTY} matches. */
        public String label() {
            return platform + ": " + name;
        }
    }

    /**
     * Opens the device chosen by {@value #DEVICE_PROPERTY} (or the default rule).
     *
     * @throws IllegalStateException "OpenCL backend unavailable: …" when there is no platform or no matching device
     */
    public OpenClRuntime() {
        this(choose(devices(), System.getProperty(DEVICE_PROPERTY)));
    }

    /**
     * Opens {@code device}. Uses clCreateCommandQueue, deprecated since OpenCL 2.0, because its replacement does
     * not exist on OpenCL 1.2 platforms, which the kernel targets.
     */
    @SuppressWarnings("deprecation")
    public OpenClRuntime(DeviceInfo device) {
        this.device = device;
        PointerPointer<_cl_device_id> ids = new PointerPointer<>(1);
        ids.put(0, device.deviceId());
        context = clCreateContext(null, 1, ids, null, null, status);
        OpenClErrors.check(status.get(), "clCreateContext", device.label());
        queue = clCreateCommandQueue(context, device.deviceId(), 0L, status);
        OpenClErrors.check(status.get(), "clCreateCommandQueue", device.label());
    }

    /**
     * Every device of every platform, in platform then device order.
     *
     * @throws IllegalStateException "OpenCL backend unavailable: …" when the library or any platform is missing
     */
    public static List<DeviceInfo> devices() {
        try {
            Loader.load(OpenCL.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            throw new IllegalStateException("OpenCL backend unavailable: cannot load the OpenCL library (" + e + ")");
        }
        IntPointer count = new IntPointer(1);
        int code = clGetPlatformIDs(0, (PointerPointer<?>) null, count);
        if (code == OpenClErrors.PLATFORM_NOT_FOUND_KHR || (code == 0 && count.get() == 0)) {
            throw new IllegalStateException("OpenCL backend unavailable: no OpenCL platform is installed "
                    + "(for a CPU device: apt-get install pocl-opencl-icd)");
        }
        OpenClErrors.check(code, "clGetPlatformIDs", "platform count");
        int platformCount = count.get();
        PointerPointer<_cl_platform_id> platforms = new PointerPointer<>(platformCount);
        OpenClErrors.check(clGetPlatformIDs(platformCount, platforms, (IntPointer) null), "clGetPlatformIDs",
                "platform list");
        List<DeviceInfo> all = new ArrayList<>();
        for (int p = 0; p < platformCount; p++) {
            _cl_platform_id platform = platforms.get(_cl_platform_id.class, p);
            String platformName = platformString(platform, CL_PLATFORM_NAME);
            IntPointer deviceCount = new IntPointer(1);
            long allTypes = 0xFFFFFFFFL;
            if (clGetDeviceIDs(platform, allTypes, 0, (PointerPointer<?>) null, deviceCount) != 0) {
                continue;
            }
            PointerPointer<_cl_device_id> ids = new PointerPointer<>(deviceCount.get());
            OpenClErrors.check(clGetDeviceIDs(platform, allTypes, deviceCount.get(), ids, (IntPointer) null),
                    "clGetDeviceIDs", platformName);
            for (int d = 0; d < deviceCount.get(); d++) {
                _cl_device_id id = ids.get(_cl_device_id.class, d);
                LongPointer type = new LongPointer(1);
                OpenClErrors.check(clGetDeviceInfo(id, CL_DEVICE_TYPE, Long.BYTES, type, null), "clGetDeviceInfo",
                        "CL_DEVICE_TYPE");
                IntPointer units = new IntPointer(1);
                OpenClErrors.check(clGetDeviceInfo(id, CL_DEVICE_MAX_COMPUTE_UNITS, Integer.BYTES, units, null),
                        "clGetDeviceInfo", "CL_DEVICE_MAX_COMPUTE_UNITS");
                all.add(new DeviceInfo(all.size(), platformName, deviceString(id, CL_DEVICE_NAME),
                        deviceString(id, CL_DEVICE_VERSION), (type.get() & CL_DEVICE_TYPE_GPU) != 0, units.get(),
                        platform, id));
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("OpenCL backend unavailable: the OpenCL platforms offer no device");
        }
        return all;
    }

    /**
     * The device {@code selector} names (an index into {@code devices} or a case-insensitive substring of a
     * {@link DeviceInfo#label()}), or with no selector the first GPU, else the first device.
     */
    public static DeviceInfo choose(List<DeviceInfo> devices, String selector) {
        if (selector == null || selector.isBlank()) {
            return devices.stream().filter(DeviceInfo::gpu).findFirst().orElse(devices.get(0));
        }
        String wanted = selector.trim();
        if (wanted.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(wanted);
            if (index < devices.size()) {
                return devices.get(index);
            }
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return devices.stream().filter(d -> d.label().toLowerCase(Locale.ROOT).contains(lower)).findFirst()
                .orElseThrow(() -> new IllegalStateException("OpenCL backend unavailable: " + DEVICE_PROPERTY + "="
                        + selector + " matches none of " + devices.stream().map(DeviceInfo::label).toList()));
    }

    /** The chosen device. */
    public DeviceInfo device() {
        return device;
    }

    @Override
    public String name() {
        return "opencl";
    }

    @Override
    public String deviceDescription() {
        return device.label() + " (" + (device.gpu() ? "GPU" : "non-GPU") + ", " + device.computeUnits()
                + " compute units, " + device.version() + ")";
    }

    @Override
    public DeviceProgram compile(String source, Map<String, String> defines, boolean parity) {
        StringBuilder options = new StringBuilder(parity ? PARITY_OPTIONS : FAST_OPTIONS);
        defines.forEach((name, value) -> options.append(" -D").append(name).append('=').append(value));
        String key = options + "\n" + source;
        ClProgram cached = programs.get(key);
        if (cached != null) {
            return cached;
        }
        BytePointer sourceText = new BytePointer(source, StandardCharsets.UTF_8);
        PointerPointer<BytePointer> text = new PointerPointer<>(1);
        text.put(0, sourceText);
        _cl_program program = clCreateProgramWithSource(context, 1, text, null, status);
        OpenClErrors.check(status.get(), "clCreateProgramWithSource", "kernel source");
        PointerPointer<_cl_device_id> ids = new PointerPointer<>(1);
        ids.put(0, device.deviceId());
        BytePointer optionText = new BytePointer(options.toString());
        int code = buildOnLargeStack(program, ids, optionText);
        // The native strings must outlive the calls that read them: PointerPointer.put keeps only their address.
        Reference.reachabilityFence(sourceText);
        Reference.reachabilityFence(optionText);
        if (code != 0) {
            String log = buildLog(program);
            clReleaseProgram(program);
            throw new IllegalStateException("clBuildProgram failed with " + OpenClErrors.name(code) + " on "
                    + device.label() + " with options [" + options + "]; build log:\n" + log);
        }
        ClProgram compiled = new ClProgram(program);
        programs.put(key, compiled);
        return compiled;
    }

    /**
     * clBuildProgram on a thread of its own with a {@value #COMPILER_STACK_BYTES}-byte stack. A vendor's OpenCL
     * compiler runs on the calling thread, and a Java thread's default 1 MiB stack is too little for optimising
     * the whole step inlined into one kernel: NVIDIA's driver crashed the JVM intermittently (SIGSEGV) building the
     * M and L programs on the caller's stack; PoCL never did.
     */
    private static int buildOnLargeStack(_cl_program program, PointerPointer<_cl_device_id> ids, BytePointer options) {
        int[] code = new int[1];
        Thread compiler = new Thread(null, () -> code[0] = clBuildProgram(program, 1, ids, options, null, null),
                "opencl-build", COMPILER_STACK_BYTES);
        compiler.start();
        try {
            compiler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the OpenCL compiler was building the kernel", e);
        }
        return code[0];
    }

    private String buildLog(_cl_program program) {
        SizeTPointer size = new SizeTPointer(1);
        clGetProgramBuildInfo(program, device.deviceId(), CL_PROGRAM_BUILD_LOG, 0, null, size);
        BytePointer log = new BytePointer(Math.max(1, size.get()));
        clGetProgramBuildInfo(program, device.deviceId(), CL_PROGRAM_BUILD_LOG, size.get(), log, null);
        return log.getString();
    }

    @Override
    public DeviceBuffer allocate(long bytes) {
        long size = Math.max(1, bytes);
        _cl_mem memory = clCreateBuffer(context, CL_MEM_READ_WRITE, size, null, status);
        OpenClErrors.check(status.get(), "clCreateBuffer", size + " bytes");
        OpenClErrors.check(clEnqueueFillBuffer(queue, memory, zeroPattern, 1, 0, size, 0, (PointerPointer<?>) null,
                (PointerPointer<?>) null), "clEnqueueFillBuffer", size + " bytes");
        finish();
        ClBuffer buffer = new ClBuffer(memory, bytes);
        buffers.add(buffer);
        return buffer;
    }

    @Override
    void checkCopy(DeviceBuffer buffer, long bytes, String what) {
        if (!(buffer instanceof ClBuffer cl) || !buffers.contains(cl)) {
            throw new IllegalArgumentException(what + ": the buffer does not belong to this OpenCL runtime");
        }
        if (bytes > buffer.bytes()) {
            throw new IllegalArgumentException(what + ": copy of " + bytes + " bytes exceeds the buffer's "
                    + buffer.bytes());
        }
    }

    @Override
    void copyToDevice(DeviceBuffer target, long offset, Pointer host, long bytes) {
        OpenClErrors.check(clEnqueueWriteBuffer(queue, ((ClBuffer) target).memory, CL_TRUE, offset, bytes, host, 0,
                (PointerPointer<?>) null, (PointerPointer<?>) null), "clEnqueueWriteBuffer", bytes + " bytes");
    }

    @Override
    void copyToHost(DeviceBuffer source, long offset, Pointer host, long bytes) {
        OpenClErrors.check(clEnqueueReadBuffer(queue, ((ClBuffer) source).memory, CL_TRUE, offset, bytes, host, 0,
                (PointerPointer<?>) null, (PointerPointer<?>) null), "clEnqueueReadBuffer", bytes + " bytes");
    }

    @Override
    public void launch(DeviceKernel kernel, int globalItems, int localItems, Object... arguments) {
        ClKernel k = (ClKernel) kernel;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            int code;
            if (argument instanceof ClBuffer buffer) {
                code = clSetKernelArg(k.kernel, i, buffer.handle.sizeof(), buffer.handle);
            } else if (argument instanceof Integer value) {
                code = clSetKernelArg(k.kernel, i, Integer.BYTES, intArgument.put(0, value));
            } else if (argument instanceof Float value) {
                code = clSetKernelArg(k.kernel, i, Float.BYTES, floatArgument.put(0, value));
            } else {
                throw new IllegalArgumentException("argument " + i + " of kernel " + k.name + " is a "
                        + (argument == null ? "null" : argument.getClass().getName())
                        + "; expected a DeviceBuffer, Integer or Float");
            }
            OpenClErrors.check(code, "clSetKernelArg", "kernel " + k.name + " argument " + i);
        }
        int local = localItems > 0 ? localItems : 0;
        long global = local > 0 ? ((long) globalItems + local - 1) / local * local : globalItems;
        globalSize.put(0, global);
        localSize.put(0, local);
        OpenClErrors.check(clEnqueueNDRangeKernel(queue, k.kernel, 1, null, globalSize, local > 0 ? localSize : null,
                0, (PointerPointer<?>) null, (PointerPointer<?>) null), "clEnqueueNDRangeKernel", "kernel " + k.name
                + " over " + global + " items");
    }

    @Override
    public void finish() {
        OpenClErrors.check(clFinish(queue), "clFinish", device.label());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ClProgram program : programs.values()) {
            program.release();
        }
        for (ClBuffer buffer : buffers) {
            clReleaseMemObject(buffer.memory);
        }
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
        closeStaging();
    }

    private static String platformString(_cl_platform_id platform, int parameter) {
        SizeTPointer size = new SizeTPointer(1);
        OpenClErrors.check(clGetPlatformInfo(platform, parameter, 0, null, size), "clGetPlatformInfo", "size");
        BytePointer text = new BytePointer(Math.max(1, size.get()));
        OpenClErrors.check(clGetPlatformInfo(platform, parameter, size.get(), text, null), "clGetPlatformInfo",
                "value");
        return text.getString().trim();
    }

    private static String deviceString(_cl_device_id id, int parameter) {
        SizeTPointer size = new SizeTPointer(1);
        OpenClErrors.check(clGetDeviceInfo(id, parameter, 0, null, size), "clGetDeviceInfo", "size");
        BytePointer text = new BytePointer(Math.max(1, size.get()));
        OpenClErrors.check(clGetDeviceInfo(id, parameter, size.get(), text, null), "clGetDeviceInfo", "value");
        return text.getString().trim();
    }

    private static final class ClBuffer implements DeviceBuffer {
        final _cl_mem memory;
        /** The cl_mem handle in native memory, as clSetKernelArg wants it. */
        final PointerPointer<_cl_mem> handle;
        private final long bytes;

        ClBuffer(_cl_mem memory, long bytes) {
            this.memory = memory;
            this.handle = new PointerPointer<>(1);
            handle.put(0, memory);
            this.bytes = bytes;
        }

        @Override
        public long bytes() {
            return bytes;
        }
    }

    private final class ClProgram implements DeviceProgram {
        private final _cl_program program;
        private final Map<String, ClKernel> kernels = new HashMap<>();

        ClProgram(_cl_program program) {
            this.program = program;
        }

        @Override
        public DeviceKernel kernel(String name) {
            return kernels.computeIfAbsent(name, n -> {
                _cl_kernel kernel = clCreateKernel(program, n, status);
                OpenClErrors.check(status.get(), "clCreateKernel", "kernel " + n);
                return new ClKernel(n, kernel);
            });
        }

        void release() {
            for (ClKernel kernel : kernels.values()) {
                clReleaseKernel(kernel.kernel);
            }
            clReleaseProgram(program);
        }
    }

    private record ClKernel(String name, _cl_kernel kernel) implements DeviceKernel {
    }
}
