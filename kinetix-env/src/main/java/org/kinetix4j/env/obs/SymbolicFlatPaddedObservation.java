package org.kinetix4j.env.obs;

import java.util.Arrays;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.spaces.BoxSpace;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The symbolic-flat-padded observation (spec kinetix.md §4.3): the rows of {@link SymbolicFlatObservation}
 * (floor and non-static polygons, circles, joints, thrusters; inactive rows zero) kept as a matrix. Each row is
 * zero-padded to W = max(26, 18, 22 + 2N, 8 + N), followed by a 4-column one-hot of the entity type (polygon,
 * circle, joint, thruster) and a column holding gravity.y / 10, then everything is clipped to [−10, 10] and NaN
 * replaced by 0. Shapes: 6 × 41 (S), 10 × 45 (M), 21 × 59 (L).
 *
 * <p>The type one-hot and gravity columns are appended after the inactive-row masking, so they are present on
 * inactive rows too.
 *
 * <p>{@link #buffer()} holds all environments, {@code [env][rows][width]}.
 */
public final class SymbolicFlatPaddedObservation extends AbstractSymbolicObservation {
    /** Type columns: polygon, circle, joint, thruster. */
    private static final int TYPES = 4;
    private final int[] polygonSlots;
    private final int rows;
    private final int paddedWidth;
    private final int width;
    private final float[] buffer;
    private final BoxSpace space;

    /** A builder for {@code envCount} environments with the given capacities and binding counts, four roles. */
    public SymbolicFlatPaddedObservation(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int envCount) {
        this(config, numMotorBindings, numThrusterBindings, Features.DEFAULT_ROLES, envCount);
    }

    /**
     * A builder for {@code envCount} environments with the given capacities, binding counts and role count
     * (num_shape_roles, the role one-hot width).
     */
    public SymbolicFlatPaddedObservation(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int numShapeRoles, int envCount) {
        super(config, numMotorBindings, numThrusterBindings, numShapeRoles, envCount);
        this.polygonSlots = Features.flatPolygonSlots(config);
        this.rows = polygonSlots.length + config.numCircles() + config.numJoints() + config.numThrusters();
        int n = config.numShapes();
        this.paddedWidth = Math.max(Math.max(Features.polygonWidth(numShapeRoles), Features.circleWidth(numShapeRoles)),
                Math.max(Features.jointWidth(numMotorBindings) + 2 * n, Features.thrusterWidth(numThrusterBindings)
                        + n));
        this.width = paddedWidth + TYPES + 1;
        this.buffer = new float[Math.multiplyExact(envCount, rows * width)];
        this.space = BoxSpace.of(-Features.FLAT_CLIP, Features.FLAT_CLIP, rows, width);
    }

    /** A builder for {@code envCount} environments of {@code params}. */
    public SymbolicFlatPaddedObservation(KinetixStaticParams params, int envCount) {
        this(params.physics(), params.numMotorBindings(), params.numThrusterBindings(), envCount);
    }

    /** Rows per environment: (P − 3) + C + J + T. */
    public int rows() {
        return rows;
    }

    /** Columns per row: W + 4 type columns + 1 gravity column. */
    public int width() {
        return width;
    }

    /** The observations of every environment, {@code [env][rows][width]} (the live buffer, not a copy). */
    public float[] buffer() {
        return buffer;
    }

    /** Offset of environment {@code env}'s matrix in {@link #buffer()}. */
    public int offset(int env) {
        return env * rows * width;
    }

    @Override
    public ObservationType type() {
        return ObservationType.SYMBOLIC_FLAT_PADDED;
    }

    /** Box [−10, 10]^(rows × width). */
    @Override
    public Space singleObservationSpace() {
        return space;
    }

    @Override
    public void build(BatchState state, EnvTables tables, int env) {
        checkBuild(state, tables, env);
        int start = offset(env);
        float gravity = state.gravityY[env] / 10f;
        int row = 0;
        for (int shape : polygonSlots) {
            int o = start + row++ * width;
            finish(o, Features.flatPolygonRow(buffer, o, state, tables, env, shape, numShapeRoles), 0, gravity);
        }
        for (int c = 0; c < config.numCircles(); c++) {
            int o = start + row++ * width;
            finish(o, Features.flatCircleRow(buffer, o, state, tables, env, config.circleShape(c), numShapeRoles),
                    1, gravity);
        }
        for (int j = 0; j < config.numJoints(); j++) {
            int o = start + row++ * width;
            finish(o, Features.flatJointRow(buffer, o, state, tables, env, j, numMotorBindings), 2, gravity);
        }
        for (int t = 0; t < config.numThrusters(); t++) {
            int o = start + row++ * width;
            finish(o, Features.flatThrusterRow(buffer, o, state, tables, env, t, numThrusterBindings), 3, gravity);
        }
        Features.clipFlat(buffer, start, start + rows * width);
    }

    /** Pads the row that starts at {@code rowStart} and whose features end at {@code end}; adds type and gravity. */
    private void finish(int rowStart, int end, int entityType, float gravity) {
        int o = Features.zeros(buffer, end, rowStart + paddedWidth - end);
        o = Features.oneHot(buffer, o, entityType, TYPES);
        buffer[o] = gravity;
    }

    @Override
    public void copyEnv(int env, ObservationBuilder target, int targetEnv) {
        SymbolicFlatPaddedObservation t = checkTarget(target, SymbolicFlatPaddedObservation.class, env, targetEnv);
        System.arraycopy(buffer, offset(env), t.buffer, t.offset(targetEnv), rows * width);
    }

    @Override
    public Object observation(int env) {
        checkSlot(env);
        return Arrays.copyOfRange(buffer, offset(env), offset(env) + rows * width);
    }
}
