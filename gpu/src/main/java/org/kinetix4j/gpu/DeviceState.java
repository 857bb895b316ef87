package org.kinetix4j.gpu;

import java.util.ArrayList;
import java.util.List;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.HostView;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.PairTables;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * Device buffers mirroring every array of a {@link BatchState} that the step reads or writes, in the step
 * kernel's argument order (see {@code step.cl}), plus the per-environment parameters, the pair lists and the
 * action buffer.
 *
 * <p>The buffers are sized by (config, envCount) and can hold any batch of that size: {@link #upload} copies a
 * batch's host arrays in, {@link #download} copies back only arrays the step writes: those of
 * {@link HostView#ENV_READS}, the others, or both. Booleans travel as bytes (0/1).
 */
final class DeviceState {
    /** One host array of a batch and whether the step writes it. */
    private record HostArray(Object array, boolean writtenByStep) {
    }

    /** One host array and its device buffer; {@code envRead}: the array is in {@link HostView#ENV_READS}. */
    private record Mirror(Object host, boolean writtenByStep, boolean envRead, DeviceRuntime.DeviceBuffer buffer,
            byte[] flags) {
    }

    private final DeviceRuntime runtime;
    private final int envCount;
    private final List<Mirror> mirrors = new ArrayList<>();
    private final DeviceRuntime.DeviceBuffer params;
    private final float[] hostParams;
    private final DeviceRuntime.DeviceBuffer actions;
    private final Object[] arguments;

    /** Allocates buffers shaped like {@code layout} (its arrays are only used for their lengths and types). */
    DeviceState(DeviceRuntime runtime, BatchState layout) {
        this.runtime = runtime;
        this.envCount = layout.envCount;
        hostParams = new float[layout.envCount * KernelSource.PARAM_COUNT];
        List<Object> args = new ArrayList<>();
        args.add(layout.envCount);
        for (HostArray field : fields(layout)) {
            boolean envRead = HostView.ENV_READS.includes(layout, field.array());
            Mirror mirror = mirror(field.array(), field.writtenByStep(), envRead);
            mirrors.add(mirror);
            args.add(mirror.buffer);
        }
        params = runtime.allocate(4L * hostParams.length);
        args.add(params);
        PairTables pairs = layout.pairs;
        for (int[] list : new int[][] {pairs.polyPolyA, pairs.polyPolyB, pairs.circlePolyA, pairs.circlePolyB,
            pairs.circleCircleA, pairs.circleCircleB}) {
            DeviceRuntime.DeviceBuffer buffer = runtime.allocate(4L * list.length);
            runtime.write(buffer, list);
            args.add(buffer);
        }
        actions = runtime.allocate(4L * layout.envCount * layout.config.actionSize());
        args.add(actions);
        arguments = args.toArray();
    }

    private Mirror mirror(Object host, boolean written, boolean envRead) {
        long bytes = switch (host) {
            case float[] a -> 4L * a.length;
            case int[] a -> 4L * a.length;
            case boolean[] a -> a.length;
            default -> throw new IllegalArgumentException("unsupported host array " + host.getClass());
        };
        byte[] flags = host instanceof boolean[] a ? new byte[a.length] : null;
        return new Mirror(host, written, envRead, runtime.allocate(bytes), flags);
    }

    /**
     * Every mirrored array of {@code state} with whether the step writes it, in kernel argument order: shapes,
     * joints, thrusters, the three manifold tables, collision matrix, gravity, status.
     */
    private static List<HostArray> fields(BatchState state) {
        List<HostArray> out = new ArrayList<>();
        ShapeTable s = state.shapes;
        add(out, true, s.positionX, s.positionY, s.rotation, s.velocityX, s.velocityY, s.angularVelocity);
        add(out, false, s.inverseMass, s.inverseInertia, s.friction, s.restitution, s.collisionMode, s.active,
                s.nVertices, s.vertexX, s.vertexY, s.radius);
        JointTable j = state.joints;
        add(out, false, j.aShape, j.bShape, j.aRelativePosX, j.aRelativePosY, j.bRelativePosX, j.bRelativePosY);
        add(out, true, j.globalPositionX, j.globalPositionY);
        add(out, false, j.active);
        add(out, true, j.accImpulseX, j.accImpulseY, j.accRImpulse);
        add(out, false, j.motorSpeed, j.motorPower, j.motorOn, j.motorHasJointLimits, j.minRotation, j.maxRotation,
                j.isFixedJoint, j.rotation);
        ThrusterTable t = state.thrusters;
        add(out, false, t.shape, t.relativePositionX, t.relativePositionY, t.rotation, t.power);
        add(out, true, t.globalPositionX, t.globalPositionY);
        add(out, false, t.active);
        for (ManifoldTable m : new ManifoldTable[] {state.polyPolyManifolds, state.circlePolyManifolds,
            state.circleCircleManifolds}) {
            add(out, true, m.normalX, m.normalY, m.penetration, m.collisionPointX, m.collisionPointY, m.active,
                    m.accImpulseNormal, m.accImpulseTangent, m.restitutionVelocityTarget);
        }
        add(out, false, state.collisionMatrix, state.gravityX, state.gravityY);
        add(out, true, state.status);
        return out;
    }

    private static void add(List<HostArray> out, boolean written, Object... arrays) {
        for (Object array : arrays) {
            out.add(new HostArray(array, written));
        }
    }

    /** The step kernel's arguments: envCount, every mirror, params, the six pair lists, actions. */
    Object[] arguments() {
        return arguments;
    }

    /** The buffer the next step's actions go into. */
    DeviceRuntime.DeviceBuffer actions() {
        return actions;
    }

    /** Copies every mirrored array of {@code state} (same config and envCount) and its parameters to the device. */
    void upload(BatchState state) {
        List<HostArray> fields = fields(state);
        for (int i = 0; i < fields.size(); i++) {
            write(mirrors.get(i), fields.get(i).array());
        }
        for (int env = 0; env < envCount; env++) {
            SimParams p = state.params(env);
            float[] values = {p.dt(), p.slop(), p.baumgarteCoefficientJointsV(), p.baumgarteCoefficientJointsP(),
                p.baumgarteCoefficientFJointAV(), p.baumgarteCoefficientRJointLimitAV(),
                p.baumgarteCoefficientCollision(), p.jointStiffness(), p.clipPosition(), p.clipVelocity(),
                p.clipAngularVelocity(), p.baseMotorSpeed(), p.baseMotorPower(), p.baseThrusterPower(),
                p.motorDecayCoefficient(), p.motorJointLimit(), p.baseFriction()};
            System.arraycopy(values, 0, hostParams, env * KernelSource.PARAM_COUNT, KernelSource.PARAM_COUNT);
        }
        runtime.write(params, hostParams);
    }

    private void write(Mirror mirror, Object host) {
        switch (host) {
            case float[] a -> runtime.write(mirror.buffer, a);
            case int[] a -> runtime.write(mirror.buffer, a);
            case boolean[] a -> {
                for (int i = 0; i < a.length; i++) {
                    mirror.flags[i] = (byte) (a[i] ? 1 : 0);
                }
                runtime.write(mirror.buffer, mirror.flags);
            }
            default -> throw new IllegalArgumentException("unsupported host array " + host.getClass());
        }
    }

    /**
     * Copies arrays the step writes back into {@code state}'s host arrays: those of {@link HostView#ENV_READS} when
     * {@code envReads}, the other written ones when {@code others}.
     */
    void download(BatchState state, boolean envReads, boolean others) {
        List<HostArray> fields = fields(state);
        for (int i = 0; i < fields.size(); i++) {
            Mirror mirror = mirrors.get(i);
            if (!mirror.writtenByStep || !(mirror.envRead ? envReads : others)) {
                continue;
            }
            switch (fields.get(i).array()) {
                case float[] a -> runtime.read(mirror.buffer, a);
                case int[] a -> runtime.read(mirror.buffer, a);
                case boolean[] a -> {
                    runtime.read(mirror.buffer, mirror.flags);
                    for (int k = 0; k < a.length; k++) {
                        a[k] = mirror.flags[k] != 0;
                    }
                }
                default -> throw new IllegalArgumentException("unsupported host array");
            }
        }
    }
}
