package org.kinetix4j.gpu;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.HostView;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * A {@link Backend} that runs the whole physics step as one kernel launch on a {@link DeviceRuntime} (OpenCL or
 * CUDA), one work-item per environment (see {@code step.cl} for why).
 *
 * <p>The state lives on the device across steps: the first step of a batch (and the first after
 * {@link #hostStateChanged}) uploads every array, each step then moves only the actions in, and
 * {@link #syncToHost} copies the arrays the step writes back: all of them, or only those of a {@link HostView},
 * the rest following at the next full sync. One batch is bound to the device at a time; stepping
 * another batch first copies the bound one's results back to its host arrays, so nothing is lost, then uploads
 * the new one into buffers reused for every batch of the same (config, envCount).
 *
 * <p>System properties, read when a backend is created: {@value #BUILD_PROPERTY} ({@code parity} or
 * {@code fast}, for backends created by name) and {@value #WORK_GROUP_SIZE_PROPERTY} (the step launch's
 * work-group size, a power of two; default {@value #WORK_GROUP_SIZE}).
 */
public final class GpuBackend implements Backend {
    /**
     * Work-group size of the step launch; always explicit. Left to the runtime, PoCL chose a group so large for
     * size L that the private scratch of its work-items overflowed the worker stack and crashed the JVM. Measured
     * on PoCL (2 shared, heavily loaded cores, best of 5 × 30 steps of 4096 envs): 8, 64 and 256 were within the
     * run-to-run noise (±40 %) for M and L. 64 is two warps or one wavefront on GPUs, the usual starting point.
     */
    public static final int WORK_GROUP_SIZE = 64;

    /**
     * System property overriding {@link #WORK_GROUP_SIZE} (the default) for the step launch, to tune a device
     * without a rebuild: a positive power of two, since warps and wavefronts are 32 or 64 wide and other sizes
     * leave lanes idle; at most what the device allows (1024 on NVIDIA GPUs), which the launch checks. Read when
     * a backend is created. The results do not depend on it: each work-item steps one environment on its own.
     */
    public static final String WORK_GROUP_SIZE_PROPERTY = "kinetix.gpu.workGroupSize";

    /**
     * System property choosing the build of backends created by name ({@code opencl}, {@code cuda}):
     * {@code parity} (the default: bit-identical to the CPU backend) or {@code fast}. Read at creation.
     */
    public static final String BUILD_PROPERTY = "kinetix.gpu.build";

    private final DeviceRuntime runtime;
    private final boolean parity;
    private final int workGroupSize;
    private final Map<StaticConfig, DeviceRuntime.DeviceKernel> kernels = new HashMap<>();
    private final Map<String, DeviceState> mirrors = new HashMap<>();
    private BatchState bound;
    private DeviceState boundMirror;
    /** The bound batch's host arrays were written since the last upload. */
    private boolean hostAhead;
    /** The device holds steps whose {@link HostView#ENV_READS} arrays the bound batch's host has not seen yet. */
    private boolean envReadsBehind;
    /** The device holds steps whose other written arrays (solver caches, contact geometry) the host lacks. */
    private boolean othersBehind;

    /**
     * A backend on {@code runtime}, which it owns and closes. {@code parity} selects the parity build (no
     * floating-point contraction, correctly rounded division and sqrt: bit-identical to the CPU backend) over
     * the fast build. The step launch uses work-groups of {@value #WORK_GROUP_SIZE_PROPERTY} (default
     * {@value #WORK_GROUP_SIZE}) work-items.
     *
     * @throws IllegalArgumentException when {@value #WORK_GROUP_SIZE_PROPERTY} is not a positive power of two
     *                                  (the runtime is closed first: this backend owned it)
     */
    public GpuBackend(DeviceRuntime runtime, boolean parity) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.parity = parity;
        try {
            this.workGroupSize = workGroupSizeRequested();
        } catch (IllegalArgumentException e) {
            runtime.close();
            throw e;
        }
    }

    /**
     * The work-group size {@value #WORK_GROUP_SIZE_PROPERTY} asks for, {@value #WORK_GROUP_SIZE} when unset.
     *
     * @throws IllegalArgumentException naming the property and its value unless it is a positive power of two
     */
    public static int workGroupSizeRequested() {
        String value = System.getProperty(WORK_GROUP_SIZE_PROPERTY);
        if (value == null || value.isBlank()) {
            return WORK_GROUP_SIZE;
        }
        int size;
        try {
            size = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            size = 0;
        }
        if (size <= 0 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException(WORK_GROUP_SIZE_PROPERTY + "=" + value
                    + " must be a positive power of two (e.g. 32, 64, 128)");
        }
        return size;
    }

    /**
     * A backend for a provider's {@code create}: throws {@code unavailableReason} when there is one, else opens
     * the runtime and builds what {@value #BUILD_PROPERTY} asks for. The property is read before the device is
     * opened, so a bad value opens nothing.
     *
     * @throws IllegalStateException    with {@code unavailableReason}
     * @throws IllegalArgumentException for a bad {@value #BUILD_PROPERTY} or {@value #WORK_GROUP_SIZE_PROPERTY}
     */
    static GpuBackend create(String unavailableReason, Supplier<DeviceRuntime> openRuntime) {
        if (unavailableReason != null) {
            throw new IllegalStateException(unavailableReason);
        }
        boolean parity = parityRequested();
        return new GpuBackend(openRuntime.get(), parity);
    }

    /**
     * Whether {@value #BUILD_PROPERTY} asks for the parity build (unset or {@code parity}) rather than the fast one.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static boolean parityRequested() {
        String build = System.getProperty(BUILD_PROPERTY, "parity");
        return switch (build) {
            case "parity" -> true;
            case "fast" -> false;
            default -> throw new IllegalArgumentException(BUILD_PROPERTY + "=" + build + " must be parity or fast");
        };
    }

    @Override
    public String name() {
        return runtime.name();
    }

    /** Whether this backend runs the parity build. */
    public boolean parity() {
        return parity;
    }

    /** Work-items per work-group of the step launch. */
    public int workGroupSize() {
        return workGroupSize;
    }

    /** The device in words, for logs and benchmark tables. */
    public String deviceDescription() {
        return runtime.deviceDescription() + (parity ? ", parity build" : ", fast build");
    }

    @Override
    public void step(BatchState state, float[] actions) {
        int actionSize = state.config.actionSize();
        if (actions.length != state.envCount * actionSize) {
            throw new IllegalArgumentException("actions has " + actions.length + " values, expected envCount="
                    + state.envCount + " x (numJoints + numThrusters)=" + actionSize);
        }
        DeviceRuntime.DeviceKernel kernel = kernel(state.config);
        bind(state);
        runtime.write(boundMirror.actions(), actions);
        runtime.launch(kernel, state.envCount, workGroupSize, boundMirror.arguments());
        envReadsBehind = true;
        othersBehind = true;
    }

    private DeviceRuntime.DeviceKernel kernel(StaticConfig config) {
        return kernels.computeIfAbsent(config, c -> runtime
                .compile(KernelSource.source(), KernelSource.defines(c), parity)
                .kernel(KernelSource.STEP_KERNEL));
    }

    private void bind(BatchState state) {
        if (state != bound) {
            syncToHost(bound);
            String shape = state.config + "/" + state.envCount;
            boundMirror = mirrors.computeIfAbsent(shape, k -> new DeviceState(runtime, state));
            bound = state;
            hostAhead = true;
        }
        if (hostAhead) {
            boundMirror.upload(state);
            hostAhead = false;
            envReadsBehind = false;
            othersBehind = false;
        }
    }

    @Override
    public void hostStateChanged(BatchState state) {
        if (state == bound) {
            hostAhead = true;
            envReadsBehind = false;
            othersBehind = false;
        }
    }

    @Override
    public void syncToHost(BatchState state) {
        syncToHost(state, HostView.ALL);
    }

    @Override
    public void syncToHost(BatchState state, HostView view) {
        if (state == null || state != bound) {
            return;
        }
        boolean others = view == HostView.ALL && othersBehind;
        if (envReadsBehind || others) {
            boundMirror.download(state, envReadsBehind, others);
            envReadsBehind = false;
            othersBehind &= !others;
        }
    }

    @Override
    public void close() {
        runtime.close();
    }
}
