package org.kinetix4j.physics2d;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test-only generator of valid random scenes and actions, reproducible from a seed.
 *
 * <p>A scene is built only through the public {@link Scene} API: {@link Scene#createEmpty()} (floor, walls,
 * ceiling around [0, 5] × [0.4, 5]), then, in random order, circles, rectangles and convex clockwise triangles
 * and quads (extent 0.05–1 m, centres inside the world, random rotation, density 0.5–2, random friction,
 * restitution and collision mode 0/1/2, some fixated, random initial velocities), revolute joints (some with
 * motors, some with limits) and fixed joints between distinct active shapes, and thrusters on active shapes.
 * Slot capacities of the {@link StaticConfig} are respected, so every preset works (S has a single dynamic
 * polygon slot, one joint and one thruster).
 */
final class RandomScenes {
    private static final float PI = (float) Math.PI;
    private static final float WORLD_MIN_X = 0f;
    private static final float WORLD_MAX_X = 5f;
    private static final float WORLD_MIN_Y = 0.4f;
    private static final float WORLD_MAX_Y = 5f;

    private RandomScenes() {
    }

    /** What a generated scene contains, for diagnostics and coverage checks. */
    record Summary(int circles, int rectangles, int triangles, int quads, int fixated, int kinematic,
            int revoluteJoints, int motors, int limits, int fixedJoints, int thrusters, int[] collisionModes) {

        int shapes() {
            return circles + rectangles + triangles + quads;
        }

        Summary plus(Summary o) {
            int[] modes = new int[3];
            for (int i = 0; i < 3; i++) {
                modes[i] = collisionModes[i] + o.collisionModes[i];
            }
            return new Summary(circles + o.circles, rectangles + o.rectangles, triangles + o.triangles,
                    quads + o.quads, fixated + o.fixated, kinematic + o.kinematic,
                    revoluteJoints + o.revoluteJoints, motors + o.motors, limits + o.limits,
                    fixedJoints + o.fixedJoints, thrusters + o.thrusters, modes);
        }

        static Summary empty() {
            return new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new int[3]);
        }
    }

    /** The four presets the tests run: Kinetix S, M, L and Jax2D's default sizes. */
    static List<StaticConfig> presets() {
        return List.of(StaticConfig.small(), StaticConfig.medium(), StaticConfig.large(),
                StaticConfig.jax2dDefault());
    }

    /** Short name of a preset for messages. */
    static String name(StaticConfig config) {
        if (config.equals(StaticConfig.small())) {
            return "S";
        }
        if (config.equals(StaticConfig.medium())) {
            return "M";
        }
        if (config.equals(StaticConfig.large())) {
            return "L";
        }
        if (config.equals(StaticConfig.jax2dDefault())) {
            return "default";
        }
        return config.toString();
    }

    /** A well-mixed seed for scene {@code index} of a run with base seed {@code base} (SplitMix64 finaliser). */
    static long sceneSeed(long base, long index) {
        long z = base * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Fills every environment of {@code state}: env {@code e} gets the scene of {@code sceneSeed(base, e)}. */
    static Summary fillAll(BatchState state, long base) {
        Summary total = Summary.empty();
        for (int env = 0; env < state.envCount; env++) {
            total = total.plus(fill(state, env, sceneSeed(base, env)));
        }
        return total;
    }

    /**
     * Replaces environment {@code env} of {@code state} by the random scene of {@code seed}. Every joint anchor
     * lies inside both of its shapes (as in Kinetix levels, where a joint sits on the overlap of the two shapes).
     */
    static Summary fill(BatchState state, int env, long seed) {
        return new Builder(state, env, new SplittableRandom(seed), false).build();
    }

    /**
     * Like {@link #fill} but the joint budget left over is spent on "wild" joints between arbitrary existing
     * shapes, anchored at a point between their centres or at random offsets: rigid invisible rods, often far
     * outside a small body. Jax2D's joint solver (scalar effective mass along the relative velocity, unclamped
     * accumulated impulse; spec §5.4, §9.11) can diverge on these, so they serve the non-finite-status tests.
     */
    static Summary fillWild(BatchState state, int env, long seed) {
        return new Builder(state, env, new SplittableRandom(seed), true).build();
    }

    /** {@link #fillWild} for every environment, seeds as in {@link #fillAll}. */
    static Summary fillAllWild(BatchState state, long base) {
        Summary total = Summary.empty();
        for (int env = 0; env < state.envCount; env++) {
            total = total.plus(fillWild(state, env, sceneSeed(base, env)));
        }
        return total;
    }

    /**
     * Random actions for every environment: motor entries in [−1, 1] (10 % exactly 0 = motor off, 10 % exactly
     * ±1), thruster entries in [0, 1] (20 % exactly 0, 10 % exactly 1).
     */
    static void randomActions(StaticConfig config, int envCount, SplittableRandom random, float[] actions) {
        int j = config.numJoints();
        int size = config.actionSize();
        for (int env = 0; env < envCount; env++) {
            for (int k = 0; k < size; k++) {
                float value;
                double pick = random.nextDouble();
                if (k < j) {
                    value = pick < 0.1 ? 0f : pick < 0.2 ? (random.nextBoolean() ? 1f : -1f)
                            : (float) random.nextDouble(-1.0, 1.0);
                } else {
                    value = pick < 0.2 ? 0f : pick < 0.3 ? 1f : (float) random.nextDouble(0.0, 1.0);
                }
                actions[env * size + k] = value;
            }
        }
    }

    private static final class Builder {
        private final BatchState state;
        private final int env;
        private final StaticConfig config;
        private final SplittableRandom random;
        private final Scene scene;
        private final boolean wild;
        /** Global indices of the shapes this builder added (world polygons excluded). */
        private final List<Integer> added = new ArrayList<>();
        /**
         * Shapes a joint may attach a new shape to: not kinematic, not started violently, and not in a joint
         * tree that already holds a static body (so no body is pinned to the static world twice).
         */
        private final List<Integer> parents = new ArrayList<>();
        /** Root shape of each added shape's joint tree, and whether that tree is anchored to something static. */
        private final java.util.Map<Integer, Integer> root = new java.util.HashMap<>();
        private final java.util.Set<Integer> staticRoots = new java.util.HashSet<>();
        /** Options of the shape being added: set by bodyOptions(attached). */
        private boolean lastEligible;
        /**
         * Whether the shape being added is "sturdy" (extent ≥ 0.2 m). Only sturdy shapes carry joints and
         * thrusters: the thruster impulse does not scale with mass and the joint solver's scalar effective mass
         * (spec §5.4) misjudges bodies whose inverse inertia reaches 10⁶ (a 0.05 m disc), so Jax2D itself
         * diverges there — that regime is exercised by the wild scenes only.
         */
        private boolean sturdy;
        /** Sturdy shapes, the thruster hosts. */
        private final List<Integer> sturdyShapes = new ArrayList<>();
        private int circles;
        private int rectangles;
        private int triangles;
        private int quads;
        private int fixated;
        private int kinematic;
        private int revolute;
        private int motors;
        private int limits;
        private int fixedJoints;
        private int thrusterCount;
        private final int[] modes = new int[3];

        Builder(BatchState state, int env, SplittableRandom random, boolean wild) {
            this.state = state;
            this.env = env;
            this.config = state.config;
            this.random = random;
            this.scene = new Scene(state, env);
            this.wild = wild;
        }

        Summary build() {
            scene.createEmpty();
            int freePolygons = config.numPolygons() - config.numStaticFixatedPolys();
            int polygonCount = random.nextInt(freePolygons + 1);
            int circleCount = random.nextInt(config.numCircles() + 1);
            int jointBudget = random.nextInt(config.numJoints() + 1);
            // Interleave the kinds in random order: the slot order stays polygon-by-polygon, circle-by-circle.
            int p = polygonCount;
            int c = circleCount;
            while (p + c > 0) {
                // Attach the new shape to an earlier one (or to the floor, a wall or the ceiling) by a joint whose
                // anchor lies inside both shapes.
                int parent = -1;
                double[] anchor = null;
                if (jointBudget > 0 && random.nextDouble() < 0.7) {
                    // Every tree gets at most one static body: its root (a fixated shape, or the world polygon
                    // the root is pinned to); attached shapes are always dynamic.
                    List<Integer> eligible = parents;
                    parent = !eligible.isEmpty() && random.nextDouble() >= 0.1
                            ? eligible.get(random.nextInt(eligible.size()))
                            : random.nextInt(config.numStaticFixatedPolys());
                    anchor = interiorWorldPoint(parent, anchorScale());
                }
                boolean attached = anchor != null;
                int shape;
                if (random.nextInt(p + c) < p) {
                    shape = addPolygon(anchor, bodyOptions(attached));
                    p--;
                } else {
                    shape = addCircle(anchor, bodyOptions(attached));
                    c--;
                }
                boolean shapeStatic = isStatic(shape);
                if (attached) {
                    addJoint(parent, shape, anchor);
                    jointBudget--;
                    int r = parent < config.numStaticFixatedPolys() ? shape : root.get(parent);
                    root.put(shape, r);
                    if (parent < config.numStaticFixatedPolys()) {
                        staticRoots.add(r);
                    }
                } else {
                    root.put(shape, shape);
                    if (shapeStatic) {
                        staticRoots.add(shape);
                    }
                }
                if (lastEligible && sturdy) {
                    parents.add(shape);
                }
                if (sturdy) {
                    sturdyShapes.add(shape);
                }
            }
            if (wild && added.size() >= 2) {
                for (int k = 0; k < jointBudget; k++) {
                    addWildJoint();
                }
            }
            if (!sturdyShapes.isEmpty()) {
                int thrusters = random.nextInt(config.numThrusters() + 1);
                for (int k = 0; k < thrusters; k++) {
                    addThruster();
                }
            }
            return new Summary(circles, rectangles, triangles, quads, fixated, kinematic, revolute, motors, limits,
                    fixedJoints, thrusterCount, modes.clone());
        }

        private float uniform(double lo, double hi) {
            return (float) random.nextDouble(lo, hi);
        }

        private boolean isStatic(int shape) {
            return state.shapes.inverseMass[state.shapes.row(env, shape)] == 0f;
        }

        /**
         * Random body options. A shape attached by a joint is never fixated (its tree already has its one static
         * root, if any) and starts slowly (|v|, |ω| ≤ 2); kinematic and violently started shapes are never
         * joint parents, as in Kinetix levels, which start at rest and never joint a moving static body.
         */
        private BodyOptions bodyOptions(boolean attached) {
            boolean fix = !attached && random.nextDouble() < 0.15;
            float vx = 0f;
            float vy = 0f;
            float w = 0f;
            lastEligible = true;
            sturdy = wild || attached || random.nextDouble() < 0.7;
            if (attached) {
                vx = uniform(-2, 2);
                vy = uniform(-2, 2);
                w = uniform(-2, 2);
            } else if (!fix) {
                if (random.nextDouble() < 0.05) {
                    lastEligible = false;
                    // Rare violent start: beyond the velocity clips, so the first step must clip.
                    vx = uniform(-150, 150);
                    vy = uniform(-150, 150);
                    w = uniform(-80, 80);
                } else {
                    vx = uniform(-5, 5);
                    vy = uniform(-5, 5);
                    w = uniform(-5, 5);
                }
            } else if (random.nextDouble() < 0.15) {
                // A fixated body with a velocity moves kinematically (spec §3 step 8).
                vx = uniform(-2, 2);
                vy = uniform(-2, 2);
                w = uniform(-2, 2);
                kinematic++;
                lastEligible = false;
            }
            fixated += fix ? 1 : 0;
            double modePick = random.nextDouble();
            int mode = modePick < 0.6 ? 1 : modePick < 0.8 ? 0 : 2;
            modes[mode]++;
            float restitution = random.nextDouble() < 0.1 ? 1f : uniform(0, 0.6);
            return BodyOptions.defaults()
                    .withRotation(uniform(-PI, PI))
                    .withVelocity(vx, vy)
                    .withAngularVelocity(w)
                    .withDensity(uniform(0.5, 2.0))
                    .withFriction(uniform(0, 1))
                    .withRestitution(restitution)
                    .withFixated(fix)
                    .withCollisionMode(mode);
        }

        private float centreX() {
            return uniform(WORLD_MIN_X + 0.3, WORLD_MAX_X - 0.3);
        }

        private float centreY() {
            return uniform(WORLD_MIN_Y + 0.3, WORLD_MAX_Y - 0.3);
        }

        /**
         * The origin to pass to add_* so that local point (qx, qy) of the new shape (in its stored frame, after
         * the reference's unrotated centre shift by (comX, comY)) lands on the anchor: x + com + R·q = anchor.
         */
        private static float[] origin(double[] anchor, double qx, double qy, float rotation, double comX,
                double comY) {
            double c = Math.cos(rotation);
            double s = Math.sin(rotation);
            return new float[] {(float) (anchor[0] - (c * qx - s * qy) - comX),
                (float) (anchor[1] - (s * qx + c * qy) - comY)};
        }

        /**
         * Where a joint anchor may sit, as a fraction of the way from a shape's centre to its boundary. Kinetix
         * pins wheels at their centre; an anchor near the rim of a small disc makes Jax2D's joint solver diverge
         * (its effective mass ignores the off-axis coupling, which the halved disc inertia of spec §9.4
         * doubles), so tame scenes keep anchors within half the way, or at a circle's centre.
         */
        private double anchorScale() {
            return wild ? 0.8 : 0.5;
        }

        /** A random point inside a disc of radius scale·r, local frame; the centre half the time in tame scenes. */
        private double[] discPoint(double radius, double scale) {
            if (!wild && scale < 0.8 && random.nextBoolean()) {
                return new double[] {0, 0};
            }
            double angle = random.nextDouble(0, 2 * Math.PI);
            double r = scale * radius * Math.sqrt(random.nextDouble());
            return new double[] {r * Math.cos(angle), r * Math.sin(angle)};
        }

        /**
         * A random point inside a convex polygon with vertices (vx, vy) around its vertex mean (at the origin):
         * a random convex combination of the vertices, shrunk by {@code scale} towards the mean.
         */
        private double[] polygonPoint(float[] vx, float[] vy, int n, double scale) {
            double[] w = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                w[k] = -Math.log(1 - random.nextDouble());
                sum += w[k];
            }
            double x = 0;
            double y = 0;
            for (int k = 0; k < n; k++) {
                x += w[k] / sum * vx[k];
                y += w[k] / sum * vy[k];
            }
            return new double[] {scale * x, scale * y};
        }

        /** A random world point strictly inside shape {@code shape} (already in the scene). */
        private double[] interiorWorldPoint(int shape, double scale) {
            if (shape < config.numStaticFixatedPolys()) {
                // Just inside the surface of the floor, a wall or the ceiling.
                return switch (shape) {
                    case 0 -> new double[] {random.nextDouble(0.3, 4.7), random.nextDouble(0.3, 0.38)};
                    case 1 -> new double[] {random.nextDouble(-0.1, -0.02), random.nextDouble(0.6, 4.6)};
                    case 2 -> new double[] {random.nextDouble(5.02, 5.1), random.nextDouble(0.6, 4.6)};
                    default -> new double[] {random.nextDouble(0.3, 4.7), random.nextDouble(5.02, 5.1)};
                };
            }
            ShapeTable s = state.shapes;
            int row = s.row(env, shape);
            double[] q;
            if (config.isPolygon(shape)) {
                int n = s.nVertices[row];
                float[] vx = new float[n];
                float[] vy = new float[n];
                for (int k = 0; k < n; k++) {
                    vx[k] = s.vertexX[s.vertex(env, shape, k)];
                    vy[k] = s.vertexY[s.vertex(env, shape, k)];
                }
                q = polygonPoint(vx, vy, n, scale);
            } else {
                q = discPoint(s.radius[row], scale);
            }
            double c = Math.cos(s.rotation[row]);
            double sn = Math.sin(s.rotation[row]);
            return new double[] {s.positionX[row] + c * q[0] - sn * q[1], s.positionY[row] + sn * q[0] + c * q[1]};
        }

        private int addCircle(double[] anchor, BodyOptions options) {
            float radius = uniform(sturdy ? 0.1 : 0.025, 0.5);
            float x;
            float y;
            if (anchor == null) {
                x = centreX();
                y = centreY();
            } else {
                double[] q = discPoint(radius, anchorScale());
                float[] o = origin(anchor, q[0], q[1], options.rotation(), 0, 0);
                x = o[0];
                y = o[1];
            }
            ShapeRef ref = scene.addCircle(x, y, radius, options);
            added.add(ref.shape());
            circles++;
            return ref.shape();
        }

        private int addPolygon(double[] anchor, BodyOptions options) {
            double kind = random.nextDouble();
            float[] vx;
            float[] vy;
            if (kind < 0.4) {
                float hw = uniform(sturdy ? 0.2 : 0.05, 1.0) / 2f;
                float hh = uniform(sturdy ? 0.2 : 0.05, 1.0) / 2f;
                vx = new float[] {-hw, hw, hw, -hw};
                vy = new float[] {hh, hh, -hh, -hh};
            } else {
                float[][] v = convexClockwise(kind < 0.7 ? 3 : 4);
                vx = v[0];
                vy = v[1];
            }
            int n = vx.length;
            float x;
            float y;
            if (anchor == null) {
                x = centreX();
                y = centreY();
            } else {
                float comX = MassProperties.vertexMeanX(padded(vx), 0, n);
                float comY = MassProperties.vertexMeanY(padded(vy), 0, n);
                float[] cx = new float[n];
                float[] cy = new float[n];
                for (int k = 0; k < n; k++) {
                    cx[k] = vx[k] - comX;
                    cy[k] = vy[k] - comY;
                }
                double[] q = polygonPoint(cx, cy, n, anchorScale());
                float[] o = origin(anchor, q[0], q[1], options.rotation(), comX, comY);
                x = o[0];
                y = o[1];
            }
            ShapeRef ref = kind < 0.4 ? scene.addRectangle(x, y, 2 * vx[1], 2 * vy[0], options)
                    : scene.addPolygon(x, y, vx, vy, options);
            if (kind < 0.4) {
                rectangles++;
            } else if (n == 3) {
                triangles++;
            } else {
                quads++;
            }
            added.add(ref.shape());
            return ref.shape();
        }

        private static float[] padded(float[] v) {
            return java.util.Arrays.copyOf(v, StaticConfig.VERTICES);
        }

        /**
         * n points on an ellipse (semi-axes 0.025–0.5 m) at strictly decreasing angles, each gap at least 0.35
         * rad and below π: convex, clockwise, non-degenerate; offset by a random shift so the polygon's own
         * origin is not its centroid (exercises add_polygon's centre shift).
         */
        private float[][] convexClockwise(int n) {
            while (true) {
                float ax = uniform(sturdy ? 0.1 : 0.025, 0.5);
                float ay = uniform(sturdy ? 0.1 : 0.025, 0.5);
                double[] angles = new double[n];
                double angle = random.nextDouble(0, 2 * Math.PI);
                double[] gaps = new double[n];
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    gaps[k] = random.nextDouble(0.5, 1.5);
                    sum += gaps[k];
                }
                boolean ok = true;
                for (int k = 0; k < n; k++) {
                    double gap = gaps[k] / sum * 2 * Math.PI;
                    ok &= gap >= 0.35 && gap < Math.PI - 0.05;
                    angles[k] = angle;
                    angle -= gap;
                }
                if (!ok) {
                    continue;
                }
                float shiftX = uniform(-0.2, 0.2);
                float shiftY = uniform(-0.2, 0.2);
                float[] vx = new float[n];
                float[] vy = new float[n];
                for (int k = 0; k < n; k++) {
                    vx[k] = (float) (ax * Math.cos(angles[k])) + shiftX;
                    vy[k] = (float) (ay * Math.sin(angles[k])) + shiftY;
                }
                if (strictlyConvexClockwise(vx, vy)) {
                    return new float[][] {vx, vy};
                }
            }
        }

        private static boolean strictlyConvexClockwise(float[] vx, float[] vy) {
            int n = vx.length;
            for (int k = 0; k < n; k++) {
                int k1 = (k + 1) % n;
                int k2 = (k + 2) % n;
                double e1x = (double) vx[k1] - vx[k];
                double e1y = (double) vy[k1] - vy[k];
                double e2x = (double) vx[k2] - vx[k1];
                double e2y = (double) vy[k2] - vy[k1];
                if (!(e1x * e2y - e1y * e2x < -1e-6)) {
                    return false;
                }
            }
            return true;
        }

        /** A joint between {@code a} and {@code b} at world point {@code anchor}, in random order and kind. */
        private void addJoint(int a, int b, double[] anchor) {
            if (random.nextBoolean()) {
                int t = a;
                a = b;
                b = t;
            }
            ShapeTable s = state.shapes;
            int ra = s.row(env, a);
            int rb = s.row(env, b);
            float[] anchorA = toLocal(s, ra, anchor[0], anchor[1]);
            float[] anchorB = toLocal(s, rb, anchor[0], anchor[1]);
            addJoint(a, b, anchorA, anchorB);
        }

        private void addJoint(int a, int b, float[] anchorA, float[] anchorB) {
            ShapeTable s = state.shapes;
            float relativeAngle = s.rotation[s.row(env, b)] - s.rotation[s.row(env, a)];
            if (random.nextDouble() < 0.3) {
                // Kinetix records the current relative angle; Jax2D's add_fixed_joint leaves 0 (spec §9.12).
                float rotation = random.nextBoolean() ? relativeAngle : 0f;
                scene.addFixedJoint(a, b, anchorA[0], anchorA[1], anchorB[0], anchorB[1], rotation);
                fixedJoints++;
                return;
            }
            JointOptions options = JointOptions.defaults();
            if (random.nextDouble() < 0.6) {
                // Kinetix's ranges: speed 0.4–3, power 1–3, capped at 1 for any joint involving a circle.
                boolean circle = !config.isPolygon(a) || !config.isPolygon(b);
                float power = circle ? uniform(0.5, 1.0) : uniform(1.0, 3.0);
                options = options.withMotor(uniform(0.4, 3.0), power);
                motors++;
            }
            if (random.nextDouble() < 0.4) {
                options = options.withLimits(uniform(-2.0, 0.0), uniform(0.0, 2.0));
                limits++;
            }
            if (random.nextDouble() < 0.2) {
                options = options.withRotation(relativeAngle);
            }
            scene.addRevoluteJoint(a, b, anchorA[0], anchorA[1], anchorB[0], anchorB[1], options);
            revolute++;
        }

        /** A joint between two existing shapes anchored between their centres or at random offsets. */
        private void addWildJoint() {
            int a = added.get(random.nextInt(added.size()));
            int b = added.get(random.nextInt(added.size()));
            if (a == b) {
                return;
            }
            ShapeTable s = state.shapes;
            int ra = s.row(env, a);
            int rb = s.row(env, b);
            if (random.nextDouble() < 0.3) {
                addJoint(a, b, new float[] {uniform(-0.5, 0.5), uniform(-0.5, 0.5)},
                        new float[] {uniform(-0.5, 0.5), uniform(-0.5, 0.5)});
                return;
            }
            double t = random.nextDouble();
            double wx = s.positionX[ra] + t * (s.positionX[rb] - s.positionX[ra]);
            double wy = s.positionY[ra] + t * (s.positionY[rb] - s.positionY[ra]);
            addJoint(a, b, toLocal(s, ra, wx, wy), toLocal(s, rb, wx, wy));
        }

        private static float[] toLocal(ShapeTable s, int row, double wx, double wy) {
            double dx = wx - s.positionX[row];
            double dy = wy - s.positionY[row];
            double c = Math.cos(s.rotation[row]);
            double sn = Math.sin(s.rotation[row]);
            return new float[] {(float) (c * dx + sn * dy), (float) (-sn * dx + c * dy)};
        }

        /**
         * A thruster on a random added shape, mounted inside it (as Kinetix mounts thrusters on the shape); in
         * wild scenes a third of them sit at random offsets up to 0.3 m, often far outside a small body.
         */
        private void addThruster() {
            if (!wild && sturdyShapes.isEmpty()) {
                return;
            }
            // Tame scenes mount at most one thruster per shape: a stack of thrusters on one small body (the
            // default config has 12) overpowers the joints that hold it, and Jax2D's joint solver diverges.
            int parent = wild ? added.get(random.nextInt(added.size()))
                    : sturdyShapes.remove(random.nextInt(sturdyShapes.size())).intValue();
            float relX;
            float relY;
            if (wild && random.nextDouble() < 0.3) {
                relX = uniform(-0.3, 0.3);
                relY = uniform(-0.3, 0.3);
            } else {
                ShapeTable s = state.shapes;
                int row = s.row(env, parent);
                double[] w = interiorWorldPoint(parent, 0.8);
                float[] local = toLocal(s, row, w[0], w[1]);
                relX = local[0];
                relY = local[1];
            }
            scene.addThruster(parent, relX, relY, uniform(-PI, PI), uniform(0.5, 3.0));
            thrusterCount++;
        }
    }
}
