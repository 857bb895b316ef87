package org.kinetix4j.env.obs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.spaces.BoxSpace;
import org.kinetix4j.env.spaces.DictSpace;
import org.kinetix4j.env.spaces.MultiBinarySpace;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.PairTables;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * The symbolic-entity observation, Kinetix's default (spec kinetix.md §4.4): a record of 11 arrays per
 * environment. Every float read from the state first has NaN → 0 and ±infinity → ±Float.MAX_VALUE; nothing is
 * clipped, and features of inactive entities are kept (only masked).
 *
 * <p>Batched buffers, env-major (N = P + C shape slots, global shape order: polygons then circles):
 * <table>
 *   <caption>buffers</caption>
 *   <tr><th>key</th><th>accessor</th><th>layout</th><th>content</th></tr>
 *   <tr><td>polygons</td><td>{@link #polygons()}</td><td>float [env][P][27]</td>
 *       <td>polygon features (26) + gravity.y/10, every slot including walls and ceiling</td></tr>
 *   <tr><td>circles</td><td>{@link #circles()}</td><td>float [env][C][19]</td>
 *       <td>circle features (18) + gravity.y/10</td></tr>
 *   <tr><td>joints</td><td>{@link #joints()}</td><td>float [env][2J][22]</td>
 *       <td>rows 0..J−1 each joint "from b to a", rows J..2J−1 "from a to b"</td></tr>
 *   <tr><td>thrusters</td><td>{@link #thrusters()}</td><td>float [env][T][8]</td><td>thruster features</td></tr>
 *   <tr><td>polygon_mask</td><td>{@link #polygonMask()}</td><td>bool [env][P]</td><td>active</td></tr>
 *   <tr><td>circle_mask</td><td>{@link #circleMask()}</td><td>bool [env][C]</td><td>active</td></tr>
 *   <tr><td>joint_mask</td><td>{@link #jointMask()}</td><td>bool [env][2J]</td><td>active, both halves</td></tr>
 *   <tr><td>thruster_mask</td><td>{@link #thrusterMask()}</td><td>bool [env][T]</td><td>active</td></tr>
 *   <tr><td>joint_indexes</td><td>{@link #jointIndexes()}</td><td>int [env][2J][2]</td>
 *       <td>(b, a) then (a, b) global indices; (0, 0) for inactive joints</td></tr>
 *   <tr><td>thruster_indexes</td><td>{@link #thrusterIndexes()}</td><td>int [env][T]</td>
 *       <td>parent global index (kept for inactive thrusters)</td></tr>
 *   <tr><td>attention_mask</td><td>{@link #attentionMask()}</td><td>bool [env][4][N][N]</td>
 *       <td>channels full, multi-hop, one-hop, collision manifold; each AND-ed with both shapes active</td></tr>
 * </table>
 */
public final class SymbolicEntityObservation extends AbstractSymbolicObservation {
    /** Key of the polygon feature array. */
    public static final String POLYGONS = "polygons";
    /** Key of the circle feature array. */
    public static final String CIRCLES = "circles";
    /** Key of the joint feature array. */
    public static final String JOINTS = "joints";
    /** Key of the thruster feature array. */
    public static final String THRUSTERS = "thrusters";
    /** Key of the polygon mask. */
    public static final String POLYGON_MASK = "polygon_mask";
    /** Key of the circle mask. */
    public static final String CIRCLE_MASK = "circle_mask";
    /** Key of the joint mask. */
    public static final String JOINT_MASK = "joint_mask";
    /** Key of the thruster mask. */
    public static final String THRUSTER_MASK = "thruster_mask";
    /** Key of the joint index pairs. */
    public static final String JOINT_INDEXES = "joint_indexes";
    /** Key of the thruster parent indexes. */
    public static final String THRUSTER_INDEXES = "thruster_indexes";
    /** Key of the attention masks. */
    public static final String ATTENTION_MASK = "attention_mask";

    /** Attention channel: every pair of active shapes. */
    public static final int CHANNEL_FULL = 0;
    /** Attention channel: same jointed component (NOT collision matrix), diagonal included. */
    public static final int CHANNEL_MULTI_HOP = 1;
    /** Attention channel: directly jointed, both orientations. */
    public static final int CHANNEL_ONE_HOP = 2;
    /** Attention channel: active stored manifold from the previous physics step (not symmetric). */
    public static final int CHANNEL_MANIFOLD = 3;
    /** Number of attention channels. */
    public static final int CHANNELS = 4;

    private final int polygonWidth;
    private final int circleWidth;
    private final int jointWidth;
    private final int thrusterWidth;
    private final float[] polygons;
    private final float[] circles;
    private final float[] joints;
    private final float[] thrusters;
    private final boolean[] polygonMask;
    private final boolean[] circleMask;
    private final boolean[] jointMask;
    private final boolean[] thrusterMask;
    private final int[] jointIndexes;
    private final int[] thrusterIndexes;
    private final boolean[] attentionMask;
    private final DictSpace space;

    /** A builder for {@code envCount} environments with the given capacities and binding counts, four roles. */
    public SymbolicEntityObservation(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int envCount) {
        this(config, numMotorBindings, numThrusterBindings, Features.DEFAULT_ROLES, envCount);
    }

    /**
     * A builder for {@code envCount} environments with the given capacities, binding counts and role count
     * (num_shape_roles, the role one-hot width).
     */
    public SymbolicEntityObservation(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int numShapeRoles, int envCount) {
        super(config, numMotorBindings, numThrusterBindings, numShapeRoles, envCount);
        int p = config.numPolygons();
        int c = config.numCircles();
        int j = config.numJoints();
        int t = config.numThrusters();
        int n = config.numShapes();
        polygonWidth = Features.polygonWidth(numShapeRoles) + 1;
        circleWidth = Features.circleWidth(numShapeRoles) + 1;
        jointWidth = Features.jointWidth(numMotorBindings);
        thrusterWidth = Features.thrusterWidth(numThrusterBindings);
        polygons = new float[Math.multiplyExact(envCount, p * polygonWidth)];
        circles = new float[Math.multiplyExact(envCount, c * circleWidth)];
        joints = new float[Math.multiplyExact(envCount, 2 * j * jointWidth)];
        thrusters = new float[Math.multiplyExact(envCount, t * thrusterWidth)];
        polygonMask = new boolean[envCount * p];
        circleMask = new boolean[envCount * c];
        jointMask = new boolean[envCount * 2 * j];
        thrusterMask = new boolean[envCount * t];
        jointIndexes = new int[Math.multiplyExact(envCount, 4 * j)];
        thrusterIndexes = new int[envCount * t];
        attentionMask = new boolean[Math.multiplyExact(envCount, CHANNELS * n * n)];

        LinkedHashMap<String, Space> spaces = new LinkedHashMap<>();
        float inf = Float.POSITIVE_INFINITY;
        spaces.put(POLYGONS, BoxSpace.of(-inf, inf, p, polygonWidth));
        spaces.put(CIRCLES, BoxSpace.of(-inf, inf, c, circleWidth));
        spaces.put(JOINTS, BoxSpace.of(-inf, inf, 2 * j, jointWidth));
        spaces.put(THRUSTERS, BoxSpace.of(-inf, inf, t, thrusterWidth));
        spaces.put(POLYGON_MASK, new MultiBinarySpace(p));
        spaces.put(CIRCLE_MASK, new MultiBinarySpace(c));
        spaces.put(JOINT_MASK, new MultiBinarySpace(2 * j));
        spaces.put(THRUSTER_MASK, new MultiBinarySpace(t));
        spaces.put(JOINT_INDEXES, BoxSpace.ofInts(0, Math.max(n - 1, 0), 2 * j, 2));
        spaces.put(THRUSTER_INDEXES, BoxSpace.ofInts(0, Math.max(n - 1, 0), t));
        spaces.put(ATTENTION_MASK, new MultiBinarySpace(CHANNELS, n, n));
        space = new DictSpace(spaces);
    }

    /** A builder for {@code envCount} environments of {@code params}. */
    public SymbolicEntityObservation(KinetixStaticParams params, int envCount) {
        this(params.physics(), params.numMotorBindings(), params.numThrusterBindings(), envCount);
    }

    /** Polygon features, float [env][P][27] (the live buffer). */
    public float[] polygons() {
        return polygons;
    }

    /** Circle features, float [env][C][19] (the live buffer). */
    public float[] circles() {
        return circles;
    }

    /** Joint features, float [env][2J][22] (the live buffer). */
    public float[] joints() {
        return joints;
    }

    /** Thruster features, float [env][T][8] (the live buffer). */
    public float[] thrusters() {
        return thrusters;
    }

    /** Polygon active flags, [env][P] (the live buffer). */
    public boolean[] polygonMask() {
        return polygonMask;
    }

    /** Circle active flags, [env][C] (the live buffer). */
    public boolean[] circleMask() {
        return circleMask;
    }

    /** Joint active flags, both halves, [env][2J] (the live buffer). */
    public boolean[] jointMask() {
        return jointMask;
    }

    /** Thruster active flags, [env][T] (the live buffer). */
    public boolean[] thrusterMask() {
        return thrusterMask;
    }

    /** Joint (from, to) global shape indices, int [env][2J][2] (the live buffer). */
    public int[] jointIndexes() {
        return jointIndexes;
    }

    /** Thruster parent global shape indices, int [env][T] (the live buffer). */
    public int[] thrusterIndexes() {
        return thrusterIndexes;
    }

    /** Attention masks, bool [env][4][N][N] (the live buffer). */
    public boolean[] attentionMask() {
        return attentionMask;
    }

    /** Row width of {@link #polygons()} (27). */
    public int polygonWidth() {
        return polygonWidth;
    }

    /** Row width of {@link #circles()} (19). */
    public int circleWidth() {
        return circleWidth;
    }

    /** Row width of {@link #joints()} (18 + NMB = 22). */
    public int jointWidth() {
        return jointWidth;
    }

    /** Row width of {@link #thrusters()} (6 + NTB = 8). */
    public int thrusterWidth() {
        return thrusterWidth;
    }

    /** Index of {@code attentionMask[env][channel][i][j]}. */
    public int attentionIndex(int env, int channel, int i, int j) {
        int n = config.numShapes();
        return ((env * CHANNELS + channel) * n + i) * n + j;
    }

    @Override
    public ObservationType type() {
        return ObservationType.SYMBOLIC_ENTITY;
    }

    /**
     * The dict of the 11 entries in the order of the table above; float arrays are unbounded boxes, indexes are
     * int boxes over [0, N − 1], masks multi-binary.
     */
    @Override
    public Space singleObservationSpace() {
        return space;
    }

    @Override
    public void build(BatchState state, EnvTables tables, int env) {
        checkBuild(state, tables, env);
        int p = config.numPolygons();
        int c = config.numCircles();
        int nj = config.numJoints();
        int nt = config.numThrusters();
        ShapeTable shapes = state.shapes;
        float gravity = Features.in(state.gravityY[env], true) / 10f;

        for (int i = 0; i < p; i++) {
            int o = Features.polygon(polygons, (env * p + i) * polygonWidth, state, tables, env, i, numShapeRoles,
                    true);
            polygons[o] = gravity;
            polygonMask[env * p + i] = shapes.active[shapes.row(env, i)];
        }
        for (int i = 0; i < c; i++) {
            int shape = config.circleShape(i);
            int o = Features.circle(circles, (env * c + i) * circleWidth, state, tables, env, shape,
                    numShapeRoles, true);
            circles[o] = gravity;
            circleMask[env * c + i] = shapes.active[shapes.row(env, shape)];
        }
        JointTable jt = state.joints;
        for (int j = 0; j < nj; j++) {
            int r = jt.row(env, j);
            boolean active = jt.active[r];
            int rowBA = env * 2 * nj + j;
            int rowAB = rowBA + nj;
            Features.joint(joints, rowBA * jointWidth, state, tables, env, j, true, numMotorBindings, true);
            Features.joint(joints, rowAB * jointWidth, state, tables, env, j, false, numMotorBindings, true);
            jointMask[rowBA] = active;
            jointMask[rowAB] = active;
            jointIndexes[2 * rowBA] = active ? jt.bShape[r] : 0;
            jointIndexes[2 * rowBA + 1] = active ? jt.aShape[r] : 0;
            jointIndexes[2 * rowAB] = active ? jt.aShape[r] : 0;
            jointIndexes[2 * rowAB + 1] = active ? jt.bShape[r] : 0;
        }
        ThrusterTable tt = state.thrusters;
        for (int t = 0; t < nt; t++) {
            int r = tt.row(env, t);
            Features.thruster(thrusters, (env * nt + t) * thrusterWidth, state, tables, env, t, numThrusterBindings,
                    true);
            thrusterMask[env * nt + t] = tt.active[r];
            thrusterIndexes[env * nt + t] = tt.shape[r];
        }
        buildAttention(state, env);
    }

    private void buildAttention(BatchState state, int env) {
        int n = config.numShapes();
        ShapeTable shapes = state.shapes;
        int full = attentionIndex(env, CHANNEL_FULL, 0, 0);
        int multiHop = attentionIndex(env, CHANNEL_MULTI_HOP, 0, 0);
        int oneHop = attentionIndex(env, CHANNEL_ONE_HOP, 0, 0);
        int manifold = attentionIndex(env, CHANNEL_MANIFOLD, 0, 0);
        for (int i = 0; i < n; i++) {
            boolean activeI = shapes.active[shapes.row(env, i)];
            for (int j = 0; j < n; j++) {
                boolean both = activeI && shapes.active[shapes.row(env, j)];
                int k = i * n + j;
                attentionMask[full + k] = both;
                attentionMask[multiHop + k] = both && !state.collisionMatrix[state.matrixIndex(env, i, j)];
            }
        }
        Arrays.fill(attentionMask, oneHop, oneHop + n * n, false);
        Arrays.fill(attentionMask, manifold, manifold + n * n, false);

        // One-hop: both orientations of every joint row; inactive joints point at (0, 0), which is then cleared.
        int rows = 2 * config.numJoints();
        for (int r = 0; r < rows; r++) {
            int from = jointIndexes[2 * (env * rows + r)];
            int to = jointIndexes[2 * (env * rows + r) + 1];
            attentionMask[oneHop + from * n + to] = attentionMask[full + from * n + to];
        }
        attentionMask[oneHop] = false;

        // Manifold: the stored warm-start manifolds of the last physics step, at (first shape, second shape).
        PairTables pairs = state.pairs;
        ManifoldTable pp = state.polyPolyManifolds;
        for (int k = 0; k < pairs.polyPolyA.length; k++) {
            if (pp.active[pp.row(env, 2 * k)] || pp.active[pp.row(env, 2 * k + 1)]) {
                setManifold(manifold, full, n, pairs.polyPolyA[k], pairs.polyPolyB[k]);
            }
        }
        ManifoldTable cp = state.circlePolyManifolds;
        for (int k = 0; k < pairs.circlePolyA.length; k++) {
            if (cp.active[cp.row(env, k)]) {
                setManifold(manifold, full, n, pairs.circlePolyA[k], pairs.circlePolyB[k]);
            }
        }
        ManifoldTable cc = state.circleCircleManifolds;
        for (int k = 0; k < pairs.circleCircleA.length; k++) {
            if (cc.active[cc.row(env, k)]) {
                setManifold(manifold, full, n, pairs.circleCircleA[k], pairs.circleCircleB[k]);
            }
        }
    }

    /** Marks (a, b) in the manifold channel, AND-ed with both shapes active (read from the full channel). */
    private void setManifold(int manifold, int full, int n, int a, int b) {
        attentionMask[manifold + a * n + b] = attentionMask[full + a * n + b];
    }

    @Override
    public void copyEnv(int env, ObservationBuilder target, int targetEnv) {
        SymbolicEntityObservation t = checkTarget(target, SymbolicEntityObservation.class, env, targetEnv);
        copy(polygons, t.polygons, env, targetEnv, config.numPolygons() * polygonWidth);
        copy(circles, t.circles, env, targetEnv, config.numCircles() * circleWidth);
        copy(joints, t.joints, env, targetEnv, 2 * config.numJoints() * jointWidth);
        copy(thrusters, t.thrusters, env, targetEnv, config.numThrusters() * thrusterWidth);
        copy(polygonMask, t.polygonMask, env, targetEnv, config.numPolygons());
        copy(circleMask, t.circleMask, env, targetEnv, config.numCircles());
        copy(jointMask, t.jointMask, env, targetEnv, 2 * config.numJoints());
        copy(thrusterMask, t.thrusterMask, env, targetEnv, config.numThrusters());
        copy(jointIndexes, t.jointIndexes, env, targetEnv, 4 * config.numJoints());
        copy(thrusterIndexes, t.thrusterIndexes, env, targetEnv, config.numThrusters());
        int n = config.numShapes();
        copy(attentionMask, t.attentionMask, env, targetEnv, CHANNELS * n * n);
    }

    private static void copy(Object from, Object to, int env, int targetEnv, int perEnv) {
        System.arraycopy(from, env * perEnv, to, targetEnv * perEnv, perEnv);
    }

    /** A fresh insertion-ordered map of the 11 arrays of slot {@code env}, keyed as in the table above. */
    @Override
    public Object observation(int env) {
        checkSlot(env);
        int n = config.numShapes();
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put(POLYGONS, slice(polygons, env, config.numPolygons() * polygonWidth));
        out.put(CIRCLES, slice(circles, env, config.numCircles() * circleWidth));
        out.put(JOINTS, slice(joints, env, 2 * config.numJoints() * jointWidth));
        out.put(THRUSTERS, slice(thrusters, env, config.numThrusters() * thrusterWidth));
        out.put(POLYGON_MASK, Arrays.copyOfRange(polygonMask, env * config.numPolygons(),
                (env + 1) * config.numPolygons()));
        out.put(CIRCLE_MASK, Arrays.copyOfRange(circleMask, env * config.numCircles(),
                (env + 1) * config.numCircles()));
        out.put(JOINT_MASK, Arrays.copyOfRange(jointMask, env * 2 * config.numJoints(),
                (env + 1) * 2 * config.numJoints()));
        out.put(THRUSTER_MASK, Arrays.copyOfRange(thrusterMask, env * config.numThrusters(),
                (env + 1) * config.numThrusters()));
        out.put(JOINT_INDEXES, Arrays.copyOfRange(jointIndexes, env * 4 * config.numJoints(),
                (env + 1) * 4 * config.numJoints()));
        out.put(THRUSTER_INDEXES, Arrays.copyOfRange(thrusterIndexes, env * config.numThrusters(),
                (env + 1) * config.numThrusters()));
        out.put(ATTENTION_MASK, Arrays.copyOfRange(attentionMask, env * CHANNELS * n * n,
                (env + 1) * CHANNELS * n * n));
        return out;
    }

    private static float[] slice(float[] buffer, int env, int perEnv) {
        return Arrays.copyOfRange(buffer, env * perEnv, (env + 1) * perEnv);
    }
}
