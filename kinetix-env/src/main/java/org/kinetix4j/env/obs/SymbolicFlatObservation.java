package org.kinetix4j.env.obs;

import java.util.Arrays;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.spaces.BoxSpace;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The symbolic-flat observation (spec kinetix.md §4.2): per environment one float vector of
 * (P − 3)·26 + C·18 + J·(22 + 2N) + T·(8 + N) + 1 values (140 / 247 / 679 for S / M / L):
 * <ol>
 *   <li>polygon features of the floor (slot 0) and the non-static slots 4..P−1 (walls and ceiling dropped);</li>
 *   <li>circle features of every circle slot;</li>
 *   <li>per joint slot: its "from b to a" features, one-hot(b, N), one-hot(a, N);</li>
 *   <li>per thruster slot: its features, one-hot(parent, N);</li>
 *   <li>gravity.y / 10.</li>
 * </ol>
 * Rows of inactive entities are all zeros, one-hots included. Finally every value is clipped to [−10, 10]
 * (±infinity to ±10) and NaN replaced by 0.
 *
 * <p>{@link #buffer()} holds all environments, {@code [env][length]}.
 */
public final class SymbolicFlatObservation extends AbstractSymbolicObservation {
    private final int[] polygonSlots;
    private final int length;
    private final float[] buffer;
    private final BoxSpace space;

    /** A builder for {@code envCount} environments with the given capacities and binding counts, four roles. */
    public SymbolicFlatObservation(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int envCount) {
        this(config, numMotorBindings, numThrusterBindings, Features.DEFAULT_ROLES, envCount);
    }

    /**
     * A builder for {@code envCount} environments with the given capacities, binding counts and role count
     * (num_shape_roles, the role one-hot width).
     */
    public SymbolicFlatObservation(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int numShapeRoles, int envCount) {
        super(config, numMotorBindings, numThrusterBindings, numShapeRoles, envCount);
        this.polygonSlots = Features.flatPolygonSlots(config);
        this.length = length(config, numMotorBindings, numThrusterBindings, numShapeRoles);
        this.buffer = new float[Math.multiplyExact(envCount, length)];
        this.space = BoxSpace.of(-Features.FLAT_CLIP, Features.FLAT_CLIP, length);
    }

    /** A builder for {@code envCount} environments of {@code params}. */
    public SymbolicFlatObservation(KinetixStaticParams params, int envCount) {
        this(params.physics(), params.numMotorBindings(), params.numThrusterBindings(), envCount);
    }

    /**
     * The vector length for the given capacities, binding counts and role count (140 / 247 / 679 for S / M / L
     * with 4 + 2 bindings and 4 roles).
     */
    public static int length(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int numShapeRoles) {
        int n = config.numShapes();
        return Features.flatPolygonSlots(config).length * Features.polygonWidth(numShapeRoles)
                + config.numCircles() * Features.circleWidth(numShapeRoles)
                + config.numJoints() * (Features.jointWidth(numMotorBindings) + 2 * n)
                + config.numThrusters() * (Features.thrusterWidth(numThrusterBindings) + n)
                + 1;
    }

    /** Values per environment. */
    public int length() {
        return length;
    }

    /** The observations of every environment, {@code [env][length]} (the live buffer, not a copy). */
    public float[] buffer() {
        return buffer;
    }

    /** Offset of environment {@code env}'s vector in {@link #buffer()}. */
    public int offset(int env) {
        return env * length;
    }

    @Override
    public ObservationType type() {
        return ObservationType.SYMBOLIC_FLAT;
    }

    /** Box [−10, 10]^length: the clip makes the bound exact. */
    @Override
    public Space singleObservationSpace() {
        return space;
    }

    @Override
    public void build(BatchState state, EnvTables tables, int env) {
        checkBuild(state, tables, env);
        int start = env * length;
        int o = start;
        for (int shape : polygonSlots) {
            o = Features.flatPolygonRow(buffer, o, state, tables, env, shape, numShapeRoles);
        }
        for (int c = 0; c < config.numCircles(); c++) {
            o = Features.flatCircleRow(buffer, o, state, tables, env, config.circleShape(c),
                    numShapeRoles);
        }
        for (int j = 0; j < config.numJoints(); j++) {
            o = Features.flatJointRow(buffer, o, state, tables, env, j, numMotorBindings);
        }
        for (int t = 0; t < config.numThrusters(); t++) {
            o = Features.flatThrusterRow(buffer, o, state, tables, env, t, numThrusterBindings);
        }
        buffer[o++] = state.gravityY[env] / 10f;
        assert o == start + length;
        Features.clipFlat(buffer, start, o);
    }

    @Override
    public void copyEnv(int env, ObservationBuilder target, int targetEnv) {
        SymbolicFlatObservation t = checkTarget(target, SymbolicFlatObservation.class, env, targetEnv);
        System.arraycopy(buffer, env * length, t.buffer, targetEnv * length, length);
    }

    @Override
    public Object observation(int env) {
        checkSlot(env);
        return Arrays.copyOfRange(buffer, env * length, (env + 1) * length);
    }
}
