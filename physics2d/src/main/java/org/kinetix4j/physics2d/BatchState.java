package org.kinetix4j.physics2d;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The state of B independent environments, each free to hold a different scene (Jax2D {@code SimState} × B).
 *
 * <p>Structure of arrays, env-major, sized once by the {@link StaticConfig}; stepping never allocates. Besides
 * the entity tables it holds, per environment: the N×N collision matrix {@code [env][shapeA][shapeB]}
 * (true = the two shapes may be resolved against each other), gravity, the {@link SimParams} and a
 * {@link Status} bit set that the step raises instead of throwing.
 */
public final class BatchState {
    /** The static capacities shared by every environment. */
    public final StaticConfig config;
    /** Number of environments B. */
    public final int envCount;
    /** The candidate-pair lists of {@link #config}. */
    public final PairTables pairs;
    /** Polygons (global shapes 0..P-1) and circles (P..P+C-1). */
    public final ShapeTable shapes;
    /** Joints. */
    public final JointTable joints;
    /** Thrusters. */
    public final ThrusterTable thrusters;
    /** Polygon–polygon contacts, two points per pair: {@code point = pair * 2 + contactSlot}. */
    public final ManifoldTable polyPolyManifolds;
    /** Circle–polygon contacts, one per pair. */
    public final ManifoldTable circlePolyManifolds;
    /** Circle–circle contacts, one per pair. */
    public final ManifoldTable circleCircleManifolds;
    /** Collision matrix, {@code [env][shapeA][shapeB]}; derived from joint connectivity (spec §6.6). */
    public final boolean[] collisionMatrix;
    /** Gravity, m/s², per environment (state, not a parameter: Kinetix's editor changes it). */
    public final float[] gravityX;
    /** Gravity, m/s², per environment. */
    public final float[] gravityY;
    /** {@link Status} bits per environment, raised by the step. */
    public final int[] status;
    private final SimParams[] params;

    /** Allocates {@code envCount} environments, every slot inactive and zero, default parameters. */
    public BatchState(StaticConfig config, int envCount) {
        this.config = Objects.requireNonNull(config, "config");
        if (envCount < 1) {
            throw new IllegalArgumentException("envCount=" + envCount + " must be >= 1");
        }
        this.envCount = envCount;
        this.pairs = new PairTables(config);
        int n = config.numShapes();
        shapes = new ShapeTable(envCount, n);
        joints = new JointTable(envCount, config.numJoints());
        thrusters = new ThrusterTable(envCount, config.numThrusters());
        polyPolyManifolds = new ManifoldTable(envCount, 2 * config.numPolyPolyPairs());
        circlePolyManifolds = new ManifoldTable(envCount, config.numCirclePolyPairs());
        circleCircleManifolds = new ManifoldTable(envCount, config.numCircleCirclePairs());
        collisionMatrix = new boolean[envCount * n * n];
        gravityX = new float[envCount];
        gravityY = new float[envCount];
        status = new int[envCount];
        params = new SimParams[envCount];
        Arrays.fill(params, SimParams.defaults());
        for (int env = 0; env < envCount; env++) {
            clearEnv(env);
        }
    }

    /** Index of {@code collisionMatrix[env][shapeA][shapeB]}. */
    public int matrixIndex(int env, int shapeA, int shapeB) {
        int n = config.numShapes();
        return (env * n + shapeA) * n + shapeB;
    }

    /** The physics parameters of environment {@code env}. */
    public SimParams params(int env) {
        return params[checkEnv(env)];
    }

    /** Sets the physics parameters of environment {@code env}. */
    public void setParams(int env, SimParams simParams) {
        params[checkEnv(env)] = Objects.requireNonNull(simParams, "simParams");
    }

    /** Sets the physics parameters of every environment. */
    public void setParams(SimParams simParams) {
        Arrays.fill(params, Objects.requireNonNull(simParams, "simParams"));
    }

    /** Throws unless {@code env} is a valid environment index; returns it. */
    public int checkEnv(int env) {
        if (env < 0 || env >= envCount) {
            throw new IndexOutOfBoundsException("env=" + env + " is outside 0.." + (envCount - 1));
        }
        return env;
    }

    /**
     * Copies environment {@code fromEnv} of this batch into environment {@code toEnv} of {@code to}, which must
     * have the same capacities (solver settings may differ): every table, the collision matrix, gravity,
     * parameters and status.
     */
    public void copyEnv(int fromEnv, BatchState to, int toEnv) {
        checkEnv(fromEnv);
        to.checkEnv(toEnv);
        if (!sameCapacities(config, to.config)) {
            throw new IllegalArgumentException("cannot copy between capacities " + config + " and " + to.config);
        }
        shapes.copyEnv(fromEnv, to.shapes, toEnv);
        joints.copyEnv(fromEnv, to.joints, toEnv);
        thrusters.copyEnv(fromEnv, to.thrusters, toEnv);
        polyPolyManifolds.copyEnv(fromEnv, to.polyPolyManifolds, toEnv);
        circlePolyManifolds.copyEnv(fromEnv, to.circlePolyManifolds, toEnv);
        circleCircleManifolds.copyEnv(fromEnv, to.circleCircleManifolds, toEnv);
        int nn = config.numShapes() * config.numShapes();
        System.arraycopy(collisionMatrix, fromEnv * nn, to.collisionMatrix, toEnv * nn, nn);
        to.gravityX[toEnv] = gravityX[fromEnv];
        to.gravityY[toEnv] = gravityY[fromEnv];
        to.status[toEnv] = status[fromEnv];
        to.params[toEnv] = params[fromEnv];
    }

    /** Whether two configs size their arrays identically (P, C, J, T and F equal). */
    public static boolean sameCapacities(StaticConfig a, StaticConfig b) {
        return a.numPolygons() == b.numPolygons() && a.numCircles() == b.numCircles()
                && a.numJoints() == b.numJoints() && a.numThrusters() == b.numThrusters()
                && a.numStaticFixatedPolys() == b.numStaticFixatedPolys();
    }

    /**
     * Every per-environment array of this state and of its tables, keyed "table.field" ("state.status",
     * "shapes.positionX", "polyPoly.active", ...), in declaration order. Found by reflection over the public
     * array fields, so that a field added to the engine later is covered by whoever walks the whole state
     * (comparisons between backends, copies, tests).
     */
    public Map<String, Object> arraysByName() {
        Map<String, Object> out = new LinkedHashMap<>();
        addArrays(out, "state", this);
        addArrays(out, "shapes", shapes);
        addArrays(out, "joints", joints);
        addArrays(out, "thrusters", thrusters);
        addArrays(out, "polyPoly", polyPolyManifolds);
        addArrays(out, "circlePoly", circlePolyManifolds);
        addArrays(out, "circleCircle", circleCircleManifolds);
        return out;
    }

    private static void addArrays(Map<String, Object> out, String prefix, Object owner) {
        for (Field field : owner.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers()) || !field.getType().isArray()) {
                continue;
            }
            try {
                out.put(prefix + "." + field.getName(), field.get(owner));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + prefix + "." + field.getName(), e);
            }
        }
    }

    /**
     * Resets environment {@code env} to "nothing at all": every slot inactive and zero (friction 1, polygons with
     * 4 vertex rows, collision mode 2 for the F static slots and 1 elsewhere, joint points at the (256, 256)
     * sentinel), gravity (0, −9.81), no joints so the collision matrix is "true except the diagonal".
     * {@link Scene#createEmpty} adds the floor, walls and ceiling on top of this.
     */
    public void clearEnv(int env) {
        checkEnv(env);
        shapes.clearEnv(env);
        joints.clearEnv(env);
        thrusters.clearEnv(env);
        polyPolyManifolds.clearEnv(env);
        circlePolyManifolds.clearEnv(env);
        circleCircleManifolds.clearEnv(env);
        int n = config.numShapes();
        for (int shape = 0; shape < n; shape++) {
            int row = shapes.row(env, shape);
            shapes.friction[row] = 1f;
            if (config.isPolygon(shape)) {
                shapes.nVertices[row] = StaticConfig.VERTICES;
            }
            shapes.collisionMode[row] = shape < config.numStaticFixatedPolys() ? 2 : 1;
        }
        CollisionMatrix.recompute(this, env);
        gravityX[env] = 0f;
        gravityY[env] = -9.81f;
        status[env] = 0;
    }
}
