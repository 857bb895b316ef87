package org.kinetix4j.env;

import java.util.Objects;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CollisionMatrix;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * One Kinetix level as a plain value: its parameters and a one-environment physics state with its Kinetix
 * tables. Loading it into a batch slot is a copy ({@link #copyInto}); the reverse is {@link #capture}, and
 * {@link LevelWriter} saves a level in Kinetix's JSON format. {@link #expandTo} pads a level to larger capacities
 * (spec kinetix.md §5.4).
 *
 * @param name         where it came from (file name), for messages
 * @param staticParams capacities and Kinetix static settings
 * @param envParams    physics and episode parameters
 * @param state        the level's physics state, one environment (env 0)
 * @param tables       the level's roles, densities and bindings, one environment (env 0)
 */
public record Level(String name, KinetixStaticParams staticParams, EnvParams envParams, BatchState state,
        EnvTables tables) {

    /** Checks that the parts agree on one environment of the same capacities. */
    public Level {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staticParams, "staticParams");
        Objects.requireNonNull(envParams, "envParams");
        if (state.envCount != 1 || tables.envCount != 1) {
            throw new IllegalArgumentException("a Level holds exactly one environment");
        }
        if (!state.config.equals(staticParams.physics()) || !tables.config.equals(state.config)) {
            throw new IllegalArgumentException("level " + name + ": state, tables and static params disagree");
        }
    }

    /** The Kinetix size this level's capacities match (or CUSTOM). */
    public LevelSize size() {
        return LevelSize.of(state.config);
    }

    /**
     * Copies the level into environment {@code env} of a batch with the same capacities, parameters included.
     *
     * @throws IllegalArgumentException naming both sizes if the batch was built for other capacities
     */
    public void copyInto(BatchState batch, EnvTables batchTables, int env) {
        if (!BatchState.sameCapacities(batch.config, state.config)) {
            throw new IllegalArgumentException("level " + name + " has size " + describe(state) + " but the batch has "
                    + describe(batch));
        }
        state.copyEnv(0, batch, env);
        tables.copyEnv(0, batchTables, env);
    }

    /**
     * Copies environment {@code env} of a batch into a new level (the batch is not modified): every physics table,
     * the collision matrix, gravity, status, the current warm-start manifolds and the Kinetix tables
     * ({@code motorAuto} included, although {@link LevelWriter} does not save it).
     *
     * <p>The level's physics parameters are the slot's own ({@link BatchState#params(int) batch.params(env)}),
     * which the step actually uses and which may differ per environment; the other fields of {@code envParams}
     * (episode length, pixel scale, reward scale, role count) are taken as given.
     *
     * @param name         what to call the level (e.g. the file it will be saved to)
     * @param batch        the batch holding the environment
     * @param batchTables  the batch's Kinetix tables
     * @param env          the environment to copy
     * @param staticParams the static parameters of the batch; its capacities must equal the batch's
     * @param envParams    the dynamic parameters (physics part replaced by the slot's, see above)
     * @throws IllegalArgumentException if the batch, its tables and {@code staticParams} disagree on capacities
     * @throws IndexOutOfBoundsException if {@code env} is not an environment of the batch or of its tables
     */
    public static Level capture(String name, BatchState batch, EnvTables batchTables, int env,
            KinetixStaticParams staticParams, EnvParams envParams) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staticParams, "staticParams");
        Objects.requireNonNull(envParams, "envParams");
        batch.checkEnv(env);
        if (env >= batchTables.envCount) {
            throw new IndexOutOfBoundsException(
                    "env=" + env + " is outside the tables' 0.." + (batchTables.envCount - 1));
        }
        StaticConfig config = staticParams.physics();
        if (!BatchState.sameCapacities(batch.config, config)
                || !BatchState.sameCapacities(batchTables.config, config)) {
            throw new IllegalArgumentException("cannot capture level " + name + ": the batch has size "
                    + describe(batch.config) + ", its tables " + describe(batchTables.config)
                    + " but the static params say " + describe(config));
        }
        BatchState state = new BatchState(config, 1);
        batch.copyEnv(env, state, 0);
        EnvTables tables = new EnvTables(config, 1);
        batchTables.copyEnv(env, tables, 0);
        EnvParams params = new EnvParams(batch.params(env), envParams.maxTimesteps(), envParams.pixelsPerUnit(),
                envParams.denseRewardScale(), envParams.numShapeRoles());
        return new Level(name, staticParams, params, state, tables);
    }

    /**
     * This level padded to the capacities of {@code target} (Kinetix's {@code expand_env_state}, spec kinetix.md
     * §5.4); the level itself is not modified.
     *
     * <ul>
     *   <li>Missing polygon, circle, joint and thruster slots are appended <em>filled with zeros</em>, as the
     *       reference does: inactive, and also friction 0, collision mode 0, {@code n_vertices} 0, joint global
     *       position (0, 0), role 0, binding 0 and <b>density 0</b> (reference quirk: unlike the empty scene's
     *       density 1, so a padded slot later activated by a mutation without setting a density gets mass from
     *       density 0). None of this matters to the physics while the slot stays inactive.</li>
     *   <li>Polygon slots are appended before the circles, so every global shape index &ge; the old polygon count
     *       P in a joint's {@code a}/{@code b} and a thruster's parent (active or not) is shifted up by the number
     *       of added polygons; circle slot c moves from global index P + c to P' + c.</li>
     *   <li>When any capacity grows the collision matrix is recomputed from the joints and every warm-start
     *       manifold is zeroed; when none does, the state is copied as it is (manifolds kept), as the reference
     *       returns it unchanged.</li>
     *   <li>The result's static parameters are {@code target} (so its solver settings too) with this level's
     *       Kinetix static settings (frame skip, bindings, screen); gravity, status and parameters are kept.</li>
     * </ul>
     *
     * <p>Stepping: the padded slots never take part in a contact. The original shapes step bit-identically to
     * the unexpanded level when the solver visits contacts in the same order at both sizes (one contact batch per
     * pair group, padding quirk off). With Kinetix's settings (batch size 16, quirk on) the batch geometry and the
     * quirk's "last pair" depend on the pair counts, as in the reference, so the two may drift apart by float
     * rounding that contacts amplify.
     *
     * @param target the capacities to pad to, e.g. {@link LevelSize#config()} of the training size
     * @return the padded level, with this level's name
     * @throws IllegalArgumentException naming both sizes if this level has more polygons, circles, joints or
     *                                  thrusters than {@code target} (the reference does not check thrusters; it
     *                                  would fail later), or if the two disagree on the static polygon count
     */
    public Level expandTo(StaticConfig target) {
        Objects.requireNonNull(target, "target");
        StaticConfig from = state.config;
        if (from.numPolygons() > target.numPolygons() || from.numCircles() > target.numCircles()
                || from.numJoints() > target.numJoints() || from.numThrusters() > target.numThrusters()) {
            throw new IllegalArgumentException("level " + name + " has size " + describe(from)
                    + " which does not fit size " + describe(target));
        }
        if (from.numStaticFixatedPolys() != target.numStaticFixatedPolys()) {
            throw new IllegalArgumentException("level " + name + " has numStaticFixatedPolys="
                    + from.numStaticFixatedPolys() + " but the target size " + describe(target) + " has "
                    + target.numStaticFixatedPolys());
        }
        KinetixStaticParams expandedParams = new KinetixStaticParams(target, staticParams.frameSkip(),
                staticParams.numMotorBindings(), staticParams.numThrusterBindings(), staticParams.screenWidth(),
                staticParams.screenHeight(), staticParams.downscale(), staticParams.maxShapeSize());
        BatchState out = new BatchState(target, 1);
        EnvTables outTables = new EnvTables(target, 1);
        if (BatchState.sameCapacities(from, target)) {
            state.copyEnv(0, out, 0);
            tables.copyEnv(0, outTables, 0);
            return new Level(name, expandedParams, envParams, out, outTables);
        }
        zeroAllSlots(out, outTables);
        int oldP = from.numPolygons();
        int addedPolygons = target.numPolygons() - oldP;
        for (int p = 0; p < oldP; p++) {
            copyShape(p, out, outTables, p);
        }
        for (int c = 0; c < from.numCircles(); c++) {
            copyShape(from.circleShape(c), out, outTables, target.circleShape(c));
        }
        for (int j = 0; j < from.numJoints(); j++) {
            int d = out.joints.row(0, j);
            state.joints.copyRow(state.joints.row(0, j), out.joints, d);
            out.joints.aShape[d] = shift(out.joints.aShape[d], oldP, addedPolygons);
            out.joints.bShape[d] = shift(out.joints.bShape[d], oldP, addedPolygons);
            tables.copyJointRow(tables.jointRow(0, j), outTables, outTables.jointRow(0, j));
        }
        for (int t = 0; t < from.numThrusters(); t++) {
            int d = out.thrusters.row(0, t);
            state.thrusters.copyRow(state.thrusters.row(0, t), out.thrusters, d);
            out.thrusters.shape[d] = shift(out.thrusters.shape[d], oldP, addedPolygons);
            tables.copyThrusterRow(tables.thrusterRow(0, t), outTables, outTables.thrusterRow(0, t));
        }
        out.gravityX[0] = state.gravityX[0];
        out.gravityY[0] = state.gravityY[0];
        out.status[0] = state.status[0];
        out.setParams(0, state.params(0));
        // Manifolds stay zero (fresh tables); the matrix follows the (shifted) joints.
        CollisionMatrix.recompute(out, 0);
        return new Level(name, expandedParams, envParams, out, outTables);
    }

    private static int shift(int shape, int oldPolygons, int addedPolygons) {
        return shape >= oldPolygons ? shape + addedPolygons : shape;
    }

    /** Every shape, joint and thruster slot of env 0 all zeros, as the reference's padding ({@code jnp.zeros}). */
    private static void zeroAllSlots(BatchState out, EnvTables outTables) {
        ShapeTable shapes = out.shapes;
        for (int shape = 0; shape < out.config.numShapes(); shape++) {
            int row = shapes.row(0, shape);
            shapes.friction[row] = 0f;
            shapes.collisionMode[row] = 0;
            shapes.nVertices[row] = 0;
            outTables.density[outTables.shapeRow(0, shape)] = 0f;
        }
        JointTable joints = out.joints;
        for (int j = 0; j < out.config.numJoints(); j++) {
            joints.globalPositionX[joints.row(0, j)] = 0f;
            joints.globalPositionY[joints.row(0, j)] = 0f;
        }
    }

    private void copyShape(int fromShape, BatchState out, EnvTables outTables, int toShape) {
        state.shapes.copyRow(state.shapes.row(0, fromShape), out.shapes, out.shapes.row(0, toShape));
        tables.copyShapeRow(tables.shapeRow(0, fromShape), outTables, outTables.shapeRow(0, toShape));
    }

    private static String describe(BatchState s) {
        return describe(s.config);
    }

    private static String describe(StaticConfig c) {
        return LevelSize.of(c) + " (polygons=" + c.numPolygons() + ", circles=" + c.numCircles()
                + ", joints=" + c.numJoints() + ", thrusters=" + c.numThrusters() + ")";
    }
}
