package org.kinetix4j.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeRef;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Random valid scenes and action streams for the differential check, reproducible from a seed and built only
 * through the public {@link Scene} API.
 *
 * <p>Each environment gets the floor, walls and ceiling, then a random number of circles, rectangles and
 * triangles (some fixated, random collision modes, friction, restitution, initial velocities and spins, many
 * overlapping so that contacts start at once), revolute joints (some motorised, some limited) and fixed joints
 * between random shapes, and thrusters. Three joints in four pin the second shape's centre to the first (an axle,
 * as Kinetix wheels are); the rest join the midpoint of the two centres (a rigid rod, often outside both bodies:
 * the hard case for Jax2D's joint solver, which can blow up to non-finite values, which the status comparison
 * needs). Capacities of the {@link StaticConfig} are respected.
 */
public final class SceneSampler {
    private SceneSampler() {
    }

    /** A batch of {@code envCount} environments, environment {@code e} holding the scene of {@code seed} and e. */
    public static BatchState randomBatch(StaticConfig config, int envCount, long seed) {
        BatchState state = new BatchState(config, envCount);
        for (int env = 0; env < envCount; env++) {
            fill(state, env, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + env));
        }
        return state;
    }

    /**
     * Random actions for every environment into {@code actions}: motor entries in [−1, 1] with 10 % exactly 0
     * (motor off), thruster entries in [0, 1].
     */
    public static void randomActions(StaticConfig config, int envCount, SplittableRandom random, float[] actions) {
        int size = config.actionSize();
        for (int env = 0; env < envCount; env++) {
            for (int j = 0; j < config.numJoints(); j++) {
                actions[env * size + j] = random.nextInt(10) == 0 ? 0f : (float) random.nextDouble(-1, 1);
            }
            for (int t = 0; t < config.numThrusters(); t++) {
                actions[env * size + config.numJoints() + t] = (float) random.nextDouble();
            }
        }
    }

    private static void fill(BatchState state, int env, SplittableRandom random) {
        StaticConfig config = state.config;
        Scene scene = new Scene(state, env).createEmpty();
        List<ShapeRef> shapes = new ArrayList<>();
        int freePolygons = config.numPolygons() - Math.min(4, config.numPolygons());
        int polygons = freePolygons == 0 ? 0 : random.nextInt(freePolygons + 1);
        int circles = config.numCircles() == 0 ? 0 : random.nextInt(config.numCircles() + 1);
        for (int i = 0; i < polygons; i++) {
            shapes.add(addPolygon(scene, random));
        }
        for (int i = 0; i < circles; i++) {
            shapes.add(scene.addCircle(coordinate(random), coordinate(random) + 0.4f,
                    (float) random.nextDouble(0.05, 0.6), body(random)));
        }
        if (shapes.size() >= 2) {
            int joints = random.nextInt(config.numJoints() + 1);
            for (int i = 0; i < joints; i++) {
                addJoint(state, scene, random, shapes);
            }
        }
        if (!shapes.isEmpty()) {
            int thrusters = random.nextInt(config.numThrusters() + 1);
            for (int i = 0; i < thrusters; i++) {
                ShapeRef parent = shapes.get(random.nextInt(shapes.size()));
                scene.addThruster(parent.shape(), (float) random.nextDouble(-0.2, 0.2),
                        (float) random.nextDouble(-0.2, 0.2), (float) random.nextDouble(-Math.PI, Math.PI),
                        (float) random.nextDouble(0.5, 3));
            }
        }
    }

    private static float coordinate(SplittableRandom random) {
        return (float) random.nextDouble(0.5, 4.5);
    }

    private static BodyOptions body(SplittableRandom random) {
        return new BodyOptions((float) random.nextDouble(-Math.PI, Math.PI), (float) random.nextDouble(-3, 3),
                (float) random.nextDouble(-3, 3), (float) random.nextDouble(-4, 4),
                (float) random.nextDouble(0.5, 2), (float) random.nextDouble(0, 1.5),
                random.nextInt(4) == 0 ? (float) random.nextDouble(0, 1) : 0f, random.nextInt(6) == 0,
                random.nextInt(3));
    }

    private static ShapeRef addPolygon(Scene scene, SplittableRandom random) {
        float x = coordinate(random);
        float y = coordinate(random) + 0.4f;
        float w = (float) random.nextDouble(0.1, 1.5);
        float h = (float) random.nextDouble(0.1, 1.5);
        if (random.nextBoolean()) {
            return scene.addRectangle(x, y, w, h, body(random));
        }
        // A clockwise triangle: top vertex, then bottom right, then bottom left.
        float skew = (float) random.nextDouble(-0.4, 0.4) * w;
        return scene.addPolygon(x, y, new float[] {skew, w / 2, -w / 2}, new float[] {h / 2, -h / 2, -h / 2},
                body(random));
    }

    private static void addJoint(BatchState state, Scene scene, SplittableRandom random, List<ShapeRef> shapes) {
        ShapeRef a = shapes.get(random.nextInt(shapes.size()));
        ShapeRef b = shapes.get(random.nextInt(shapes.size()));
        if (a.shape() == b.shape()) {
            return;
        }
        int env = scene.env();
        boolean axle = random.nextInt(4) != 0;
        float[] anchorA = anchorInFrame(state, env, a.shape(), b.shape(), axle ? 1.0 : 0.5);
        float[] anchorB = axle ? new float[] {0f, 0f} : anchorInFrame(state, env, b.shape(), a.shape(), 0.5);
        if (random.nextInt(4) == 0) {
            int ra = state.shapes.row(env, a.shape());
            int rb = state.shapes.row(env, b.shape());
            scene.addFixedJoint(a.shape(), b.shape(), anchorA[0], anchorA[1], anchorB[0], anchorB[1],
                    state.shapes.rotation[rb] - state.shapes.rotation[ra]);
            return;
        }
        JointOptions options = JointOptions.defaults();
        if (random.nextBoolean()) {
            options = options.withMotor((float) random.nextDouble(0.2, 2), (float) random.nextDouble(0.2, 2));
        }
        if (random.nextInt(3) == 0) {
            options = options.withLimits((float) random.nextDouble(-1.5, 0), (float) random.nextDouble(0, 1.5));
        }
        scene.addRevoluteJoint(a.shape(), b.shape(), anchorA[0], anchorA[1], anchorB[0], anchorB[1], options);
    }

    /** The point {@code fraction} of the way from {@code shape}'s centre to {@code other}'s, in shape's frame. */
    private static float[] anchorInFrame(BatchState state, int env, int shape, int other, double fraction) {
        int row = state.shapes.row(env, shape);
        int otherRow = state.shapes.row(env, other);
        double dx = (state.shapes.positionX[otherRow] - state.shapes.positionX[row]) * fraction;
        double dy = (state.shapes.positionY[otherRow] - state.shapes.positionY[row]) * fraction;
        double angle = state.shapes.rotation[row];
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new float[] {(float) (c * dx + s * dy), (float) (-s * dx + c * dy)};
    }
}
