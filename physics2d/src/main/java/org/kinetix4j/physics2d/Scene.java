package org.kinetix4j.physics2d;

/**
 * Builds the scene of one environment of a batch (Jax2D {@code scene.py}, spec §6).
 *
 * <p>Slot semantics follow the reference (each {@code add*} takes the first inactive slot), with one deliberate
 * difference: a full table, a non-convex or degenerate polygon, a joint to an inactive shape or a non-finite
 * argument throws {@link IllegalArgumentException}/{@link IllegalStateException} naming the argument, and leaves
 * the environment unchanged, instead of Jax2D's silent no-op that returns index 0.
 */
public final class Scene {
    /** Jax2D's default scene size, m: the visible world is [0, 5] × [0, 5]. */
    public static final float DEFAULT_SCENE_SIZE = 5f;
    /** Jax2D's default floor offset, m: the floor's top surface is at y = 2 · 0.2. */
    public static final float DEFAULT_FLOOR_OFFSET = 0.2f;

    private final BatchState state;
    private final int env;
    private final StaticConfig config;

    /** A builder for environment {@code env} of {@code state}. */
    public Scene(BatchState state, int env) {
        this.state = state;
        this.env = state.checkEnv(env);
        this.config = state.config;
    }

    /** The batch this scene writes into. */
    public BatchState state() {
        return state;
    }

    /** The environment this scene writes into. */
    public int env() {
        return env;
    }

    /** Port of {@code create_empty_sim} with its defaults: floor, walls and ceiling around [0,5]×[0.4,5]. */
    public Scene createEmpty() {
        return createEmpty(true, true, DEFAULT_SCENE_SIZE, DEFAULT_FLOOR_OFFSET);
    }

    /**
     * Port of {@code create_empty_sim}: clears the environment and adds the static floor (slot 0) and walls and
     * ceiling (slots 1–3), keeping the reference's geometry including the ceiling's first vertex (s, s+fo).
     */
    public Scene createEmpty(boolean addFloor, boolean addWallsAndCeiling, double sceneSize, double floorOffset) {
        int needed = addWallsAndCeiling ? 4 : (addFloor ? 1 : 0);
        if (needed > config.numPolygons()) {
            throw new IllegalArgumentException("the world polygons need " + needed + " polygon slots but numPolygons="
                    + config.numPolygons());
        }
        state.clearEnv(env);
        double s = sceneSize;
        double fo = floorOffset;
        if (addFloor) {
            setStaticPolygon(0, s / 2, -s + fo, new double[] {s / 2, s / 2, -s / 2, -s / 2},
                    new double[] {s + fo, -s - fo, -s - fo, s + fo});
        }
        if (addWallsAndCeiling) {
            setStaticPolygon(1, 0, 0, new double[] {-s, 0, 0, -s}, new double[] {s, s, 0, 0});
            setStaticPolygon(2, 0, 0, new double[] {s, 2 * s, 2 * s, s}, new double[] {s, s, 0, 0});
            // Jax2D's ceiling starts at (s, s + fo), not (s/2, s + fo): a slanted trapezoid, kept for parity.
            setStaticPolygon(3, s / 2, fo + 2 * s, new double[] {s, s / 2, -(s / 2), -(s / 2)},
                    new double[] {s + fo, -s - fo, -s - fo, s + fo});
        }
        return this;
    }

    private void setStaticPolygon(int slot, double x, double y, double[] vx, double[] vy) {
        ShapeTable shapes = state.shapes;
        int row = shapes.row(env, slot);
        shapes.positionX[row] = (float) x;
        shapes.positionY[row] = (float) y;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            shapes.vertexX[shapes.vertex(env, slot, k)] = (float) vx[k];
            shapes.vertexY[shapes.vertex(env, slot, k)] = (float) vy[k];
        }
        shapes.nVertices[row] = StaticConfig.VERTICES;
        shapes.inverseMass[row] = 0f;
        shapes.inverseInertia[row] = 0f;
        shapes.active[row] = true;
    }

    /** Port of {@code add_circle}: a circle of {@code radius} centred at (x, y). */
    public ShapeRef addCircle(float x, float y, float radius, BodyOptions options) {
        requireFinite("x", x);
        requireFinite("y", y);
        requireFinite("radius", radius);
        if (!(radius > 0f)) {
            throw new IllegalArgumentException("radius=" + radius + " must be > 0");
        }
        int slot = firstFreeSlot(config.numPolygons(), config.numCircles(), "circle");
        int shape = config.circleShape(slot);
        ShapeTable shapes = state.shapes;
        int row = shapes.row(env, shape);
        shapes.positionX[row] = x;
        shapes.positionY[row] = y;
        shapes.radius[row] = radius;
        writeBodyOptions(row, options);
        shapes.inverseMass[row] = options.fixated() ? 0f : MassProperties.circleInverseMass(radius, options.density());
        shapes.inverseInertia[row] =
                options.fixated() ? 0f : MassProperties.circleInverseInertia(radius, options.density());
        shapes.active[row] = true;
        return new ShapeRef(slot, shape, false);
    }

    /** Port of {@code add_rectangle}: vertices (−w/2, h/2), (w/2, h/2), (w/2, −h/2), (−w/2, −h/2). */
    public ShapeRef addRectangle(float x, float y, float width, float height, BodyOptions options) {
        requireFinite("width", width);
        requireFinite("height", height);
        float hw = width / 2f;
        float hh = height / 2f;
        return addPolygon(x, y, new float[] {-hw, hw, hw, -hw}, new float[] {hh, hh, -hh, -hh}, options);
    }

    /**
     * Port of {@code add_polygon}: a convex polygon of 3 or 4 clockwise vertices given relative to (x, y). The
     * position moves to the vertex mean (unrotated, as in the reference) and the vertices, padding row included,
     * are shifted by it.
     */
    public ShapeRef addPolygon(float x, float y, float[] vertexX, float[] vertexY, BodyOptions options) {
        requireFinite("x", x);
        requireFinite("y", y);
        PolygonCheck.requireConvexClockwise(vertexX, vertexY);
        int n = vertexX.length;
        int slot = firstFreeSlot(0, config.numPolygons(), "polygon");
        float[] vx = new float[StaticConfig.VERTICES];
        float[] vy = new float[StaticConfig.VERTICES];
        System.arraycopy(vertexX, 0, vx, 0, n);
        System.arraycopy(vertexY, 0, vy, 0, n);
        float inverseMass = MassProperties.polygonInverseMass(vx, vy, 0, n, options.density());
        float comX = MassProperties.vertexMeanX(vx, 0, n);
        float comY = MassProperties.vertexMeanY(vy, 0, n);
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            vx[k] -= comX;
            vy[k] -= comY;
        }
        float inverseInertia = MassProperties.polygonInverseInertia(vx, vy, 0, n, options.density());
        ShapeTable shapes = state.shapes;
        int row = shapes.row(env, slot);
        shapes.positionX[row] = x + comX;
        shapes.positionY[row] = y + comY;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            shapes.vertexX[shapes.vertex(env, slot, k)] = vx[k];
            shapes.vertexY[shapes.vertex(env, slot, k)] = vy[k];
        }
        shapes.nVertices[row] = n;
        writeBodyOptions(row, options);
        shapes.inverseMass[row] = options.fixated() ? 0f : inverseMass;
        shapes.inverseInertia[row] = options.fixated() ? 0f : inverseInertia;
        shapes.active[row] = true;
        return new ShapeRef(slot, slot, true);
    }

    private void writeBodyOptions(int row, BodyOptions options) {
        ShapeTable shapes = state.shapes;
        shapes.rotation[row] = options.rotation();
        shapes.velocityX[row] = options.velocityX();
        shapes.velocityY[row] = options.velocityY();
        shapes.angularVelocity[row] = options.angularVelocity();
        shapes.friction[row] = options.friction();
        shapes.restitution[row] = options.restitution();
        if (options.collisionMode() != BodyOptions.KEEP_COLLISION_MODE) {
            shapes.collisionMode[row] = options.collisionMode();
        }
    }

    /**
     * Port of {@code add_revolute_joint}: a pin between global shapes {@code shapeA} and {@code shapeB} at anchors
     * given in each body's local frame relative to its centre of mass.
     */
    public int addRevoluteJoint(int shapeA, int shapeB, float aRelX, float aRelY, float bRelX, float bRelY,
            JointOptions options) {
        int slot = prepareJoint(shapeA, shapeB, aRelX, aRelY, bRelX, bRelY);
        JointTable joints = state.joints;
        int row = joints.row(env, slot);
        joints.isFixedJoint[row] = false;
        joints.motorOn[row] = options.motorOn();
        joints.motorSpeed[row] = options.motorSpeed();
        joints.motorPower[row] = options.motorPower();
        joints.motorHasJointLimits[row] = options.hasJointLimits();
        joints.minRotation[row] = options.minRotation();
        joints.maxRotation[row] = options.maxRotation();
        joints.rotation[row] = options.rotation();
        CollisionMatrix.recompute(state, env);
        return slot;
    }

    /**
     * Port of {@code add_fixed_joint}: a weld that drives rot_b − rot_a towards {@code rotation}. Jax2D never sets
     * it (0, whatever the bodies' current angles); Kinetix passes the current rot_b − rot_a.
     */
    public int addFixedJoint(int shapeA, int shapeB, float aRelX, float aRelY, float bRelX, float bRelY,
            float rotation) {
        requireFinite("rotation", rotation);
        int slot = prepareJoint(shapeA, shapeB, aRelX, aRelY, bRelX, bRelY);
        int row = state.joints.row(env, slot);
        state.joints.isFixedJoint[row] = true;
        state.joints.rotation[row] = rotation;
        CollisionMatrix.recompute(state, env);
        return slot;
    }

    private int prepareJoint(int shapeA, int shapeB, float aRelX, float aRelY, float bRelX, float bRelY) {
        requireActiveShape("shapeA", shapeA);
        requireActiveShape("shapeB", shapeB);
        if (shapeA == shapeB) {
            throw new IllegalArgumentException("shapeA=shapeB=" + shapeA + ": a joint needs two different shapes");
        }
        requireFinite("aRelX", aRelX);
        requireFinite("aRelY", aRelY);
        requireFinite("bRelX", bRelX);
        requireFinite("bRelY", bRelY);
        int slot = firstFreeSlot(state.joints, config.numJoints(), "joint");
        JointTable joints = state.joints;
        int row = joints.row(env, slot);
        joints.aShape[row] = shapeA;
        joints.bShape[row] = shapeB;
        joints.aRelativePosX[row] = aRelX;
        joints.aRelativePosY[row] = aRelY;
        joints.bRelativePosX[row] = bRelX;
        joints.bRelativePosY[row] = bRelY;
        joints.active[row] = true;
        return slot;
    }

    /** Port of {@code add_thruster}: a thruster on global shape {@code shape}, pushing along its direction. */
    public int addThruster(int shape, float relX, float relY, float rotation, float power) {
        requireActiveShape("shape", shape);
        requireFinite("relX", relX);
        requireFinite("relY", relY);
        requireFinite("rotation", rotation);
        requireFinite("power", power);
        ThrusterTable thrusters = state.thrusters;
        int slot = -1;
        for (int t = 0; t < config.numThrusters() && slot < 0; t++) {
            slot = thrusters.active[thrusters.row(env, t)] ? -1 : t;
        }
        if (slot < 0) {
            throw new IllegalStateException("no free thruster slot in env " + env + " (numThrusters="
                    + config.numThrusters() + ")");
        }
        int row = thrusters.row(env, slot);
        thrusters.shape[row] = shape;
        thrusters.relativePositionX[row] = relX;
        thrusters.relativePositionY[row] = relY;
        thrusters.rotation[row] = rotation;
        thrusters.power[row] = power;
        thrusters.active[row] = true;
        return slot;
    }

    /**
     * Port of {@code recalculate_mass_and_inertia} (spec §6.8): re-derives the masses of every dynamic shape from
     * the given densities, re-centring dynamic polygons on their vertex mean; static shapes stay static.
     */
    public void recalculateMassAndInertia(float[] polygonDensities, float[] circleDensities) {
        if (polygonDensities.length != config.numPolygons() || circleDensities.length != config.numCircles()) {
            throw new IllegalArgumentException("densities have lengths " + polygonDensities.length + "/"
                    + circleDensities.length + ", expected numPolygons=" + config.numPolygons() + "/numCircles="
                    + config.numCircles());
        }
        ShapeTable shapes = state.shapes;
        for (int p = 0; p < config.numPolygons(); p++) {
            int row = shapes.row(env, p);
            int v0 = shapes.vertex(env, p, 0);
            int n = shapes.nVertices[row];
            boolean dynamic = shapes.inverseMass[row] != 0f;
            float inverseMass = MassProperties.polygonInverseMass(shapes.vertexX, shapes.vertexY, v0, n,
                    polygonDensities[p]);
            float comX = dynamic ? MassProperties.vertexMeanX(shapes.vertexX, v0, n) : 0f;
            float comY = dynamic ? MassProperties.vertexMeanY(shapes.vertexY, v0, n) : 0f;
            shapes.positionX[row] += comX;
            shapes.positionY[row] += comY;
            for (int k = 0; k < StaticConfig.VERTICES; k++) {
                shapes.vertexX[v0 + k] -= comX;
                shapes.vertexY[v0 + k] -= comY;
            }
            float inverseInertia = MassProperties.polygonInverseInertia(shapes.vertexX, shapes.vertexY, v0, n,
                    polygonDensities[p]);
            shapes.inverseMass[row] = dynamic ? inverseMass : 0f;
            shapes.inverseInertia[row] = shapes.inverseInertia[row] != 0f ? inverseInertia : 0f;
        }
        for (int c = 0; c < config.numCircles(); c++) {
            int row = shapes.row(env, config.circleShape(c));
            boolean dynamic = shapes.inverseMass[row] != 0f;
            float r = shapes.radius[row];
            shapes.inverseMass[row] = dynamic ? MassProperties.circleInverseMass(r, circleDensities[c]) : 0f;
            shapes.inverseInertia[row] = dynamic ? MassProperties.circleInverseInertia(r, circleDensities[c]) : 0f;
        }
    }

    /**
     * Port of {@code recompute_global_joint_positions}: joint points from shape a only, thruster points from
     * their parent. The Kinetix editor calls this after moving shapes.
     */
    public void recomputeGlobalJointPositions() {
        ShapeTable shapes = state.shapes;
        JointTable joints = state.joints;
        for (int j = 0; j < config.numJoints(); j++) {
            int row = joints.row(env, j);
            int a = shapes.row(env, joints.aShape[row]);
            float c = Maths.cos(shapes.rotation[a]);
            float s = Maths.sin(shapes.rotation[a]);
            joints.globalPositionX[row] =
                    shapes.positionX[a] + (c * joints.aRelativePosX[row] - s * joints.aRelativePosY[row]);
            joints.globalPositionY[row] =
                    shapes.positionY[a] + (s * joints.aRelativePosX[row] + c * joints.aRelativePosY[row]);
        }
        for (int t = 0; t < config.numThrusters(); t++) {
            ThrusterPositions.update(state, env, t);
        }
    }

    private int firstFreeSlot(int firstShape, int count, String kind) {
        ShapeTable shapes = state.shapes;
        for (int slot = 0; slot < count; slot++) {
            if (!shapes.active[shapes.row(env, firstShape + slot)]) {
                return slot;
            }
        }
        throw new IllegalStateException("no free " + kind + " slot in env " + env + " (capacity " + count + ")");
    }

    private int firstFreeSlot(JointTable joints, int count, String kind) {
        for (int slot = 0; slot < count; slot++) {
            if (!joints.active[joints.row(env, slot)]) {
                return slot;
            }
        }
        throw new IllegalStateException("no free " + kind + " slot in env " + env + " (capacity " + count + ")");
    }

    private void requireActiveShape(String name, int shape) {
        if (shape < 0 || shape >= config.numShapes()) {
            throw new IllegalArgumentException(
                    name + "=" + shape + " is not a global shape index 0.." + (config.numShapes() - 1));
        }
        if (!state.shapes.active[state.shapes.row(env, shape)]) {
            throw new IllegalArgumentException(name + "=" + shape + " refers to an inactive shape in env " + env);
        }
    }

    private static void requireFinite(String name, float value) {
        BodyOptions.requireFinite(name, value);
    }
}
