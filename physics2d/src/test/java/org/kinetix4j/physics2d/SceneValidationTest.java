package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The Scene API's deliberate deviation from Jax2D (§6, §9 item 17): instead of a silent no-op, bad input throws
 * an exception naming what was wrong and leaves the environment exactly as it was.
 */
class SceneValidationTest {
    private static final int ENV = TestScenes.ENV;

    /** Kinetix size S (P = 5 with 4 world polygons, C = 2, J = 1, T = 1) with a box, a circle and one joint free. */
    private static BatchState smallWorld() {
        return TestScenes.world(StaticConfig.small());
    }

    /** Runs {@code action}, expects {@code type} with a message containing {@code name}, and an unchanged env. */
    private static <T extends Throwable> void assertRejected(BatchState state, Class<T> type, String name,
            Executable action) {
        BatchState before = new BatchState(state.config, 1);
        state.copyEnv(ENV, before, 0);

        T thrown = assertThrows(type, action);

        String message = thrown.getMessage();
        assertTrue(message != null && message.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)),
                "message names '" + name + "': " + message);
        assertSameEnv(before, state);
    }

    /** Every public array of every table, the collision matrix, gravity and status, compared element by element. */
    private static void assertSameEnv(BatchState expected, BatchState actual) {
        for (Object[] tables : new Object[][] {{expected.shapes, actual.shapes}, {expected.joints, actual.joints},
            {expected.thrusters, actual.thrusters}, {expected.polyPolyManifolds, actual.polyPolyManifolds},
            {expected.circlePolyManifolds, actual.circlePolyManifolds},
            {expected.circleCircleManifolds, actual.circleCircleManifolds}}) {
            assertSameArrays(tables[0], tables[1]);
        }
        assertArrayEquals(expected.collisionMatrix, actual.collisionMatrix, "collision matrix");
        assertEquals(expected.gravityX[0], actual.gravityX[ENV]);
        assertEquals(expected.gravityY[0], actual.gravityY[ENV]);
        assertEquals(expected.status[0], actual.status[ENV]);
    }

    private static void assertSameArrays(Object expected, Object actual) {
        for (Field field : expected.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String what = expected.getClass().getSimpleName() + "." + field.getName();
            try {
                Object e = field.get(expected);
                Object a = field.get(actual);
                if (e instanceof float[] fe) {
                    assertArrayEquals(fe, (float[]) a, what);
                } else if (e instanceof int[] ie) {
                    assertArrayEquals(ie, (int[]) a, what);
                } else if (e instanceof boolean[] be) {
                    assertArrayEquals(be, (boolean[]) a, what);
                }
            } catch (IllegalAccessException ex) {
                throw new AssertionError(what, ex);
            }
        }
    }

    @Test
    void shouldThrowNamingPolygonWhenPolygonSlotsAreFull() {
        BatchState state = smallWorld();
        Scene scene = TestScenes.scene(state);
        scene.addRectangle(2f, 2f, 0.5f, 0.5f, BodyOptions.defaults());

        assertRejected(state, IllegalStateException.class, "polygon",
                () -> scene.addRectangle(3f, 2f, 0.5f, 0.5f, BodyOptions.defaults()));
    }

    @Test
    void shouldThrowNamingCircleWhenCircleSlotsAreFull() {
        BatchState state = smallWorld();
        Scene scene = TestScenes.scene(state);
        scene.addCircle(1f, 2f, 0.3f, BodyOptions.defaults());
        scene.addCircle(2f, 2f, 0.3f, BodyOptions.defaults());

        assertRejected(state, IllegalStateException.class, "circle",
                () -> scene.addCircle(3f, 2f, 0.3f, BodyOptions.defaults()));
    }

    @Test
    void shouldThrowNamingJointWhenJointSlotsAreFull() {
        BatchState state = smallWorld();
        Scene scene = TestScenes.scene(state);
        int box = scene.addRectangle(2f, 2f, 0.5f, 0.5f, BodyOptions.defaults()).shape();
        int ball = scene.addCircle(2.5f, 2f, 0.3f, BodyOptions.defaults()).shape();
        scene.addRevoluteJoint(box, ball, 0.25f, 0f, 0f, 0f, JointOptions.defaults());

        assertRejected(state, IllegalStateException.class, "joint",
                () -> scene.addRevoluteJoint(box, ball, 0f, 0f, 0f, 0f, JointOptions.defaults()));
        assertRejected(state, IllegalStateException.class, "joint",
                () -> scene.addFixedJoint(box, ball, 0f, 0f, 0f, 0f, 0f));
    }

    @Test
    void shouldThrowNamingThrusterWhenThrusterSlotsAreFull() {
        BatchState state = smallWorld();
        Scene scene = TestScenes.scene(state);
        int box = scene.addRectangle(2f, 2f, 0.5f, 0.5f, BodyOptions.defaults()).shape();
        scene.addThruster(box, 0f, 0f, 0f, 1f);

        assertRejected(state, IllegalStateException.class, "thruster", () -> scene.addThruster(box, 0f, 0f, 0f, 1f));
    }

    @Test
    void shouldRejectNonConvexPolygon() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        // Clockwise outline with a dent: the turn at (0, 0.3) is counter-clockwise.
        float[] vx = {-0.5f, 0.5f, 0.5f, 0f};
        float[] vy = {0.5f, 0.5f, -0.5f, 0.3f};

        assertRejected(state, IllegalArgumentException.class, "vert",
                () -> scene.addPolygon(2f, 2f, vx, vy, BodyOptions.defaults()));
    }

    @Test
    void shouldRejectCounterClockwisePolygon() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        float[] vx = {-0.5f, -0.5f, 0.5f, 0.5f};
        float[] vy = {0.5f, -0.5f, -0.5f, 0.5f};

        assertRejected(state, IllegalArgumentException.class, "clockwise",
                () -> scene.addPolygon(2f, 2f, vx, vy, BodyOptions.defaults()));
        assertRejected(state, IllegalArgumentException.class, "clockwise",
                () -> scene.addPolygon(2f, 2f, new float[] {-0.5f, 0.5f, 0.5f}, new float[] {-0.5f, -0.5f, 0.5f},
                        BodyOptions.defaults()));
    }

    @Test
    void shouldRejectDegeneratePolygons() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        BodyOptions o = BodyOptions.defaults();

        assertRejected(state, IllegalArgumentException.class, "vert",
                () -> scene.addPolygon(2f, 2f, new float[] {0f, 1f, 2f}, new float[] {0f, 0f, 0f}, o));
        assertRejected(state, IllegalArgumentException.class, "vert",
                () -> scene.addPolygon(2f, 2f, new float[] {0f, 1f, 1f, 1f}, new float[] {1f, 1f, 0f, 0f}, o));
        assertRejected(state, IllegalArgumentException.class, "vert",
                () -> scene.addPolygon(2f, 2f, new float[] {0f, 1f}, new float[] {1f, 1f}, o));
        assertRejected(state, IllegalArgumentException.class, "vert",
                () -> scene.addPolygon(2f, 2f, new float[] {0f, 1f, 1f, 0.5f, 0f},
                        new float[] {1f, 1f, 0f, -0.5f, 0f}, o));
        assertRejected(state, IllegalArgumentException.class, "vert",
                () -> scene.addPolygon(2f, 2f, new float[] {0f, 1f, 1f}, new float[] {1f, 1f}, o));
    }

    @Test
    void shouldRejectNonFiniteShapeArguments() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        BodyOptions o = BodyOptions.defaults();
        float nan = Float.NaN;
        float inf = Float.POSITIVE_INFINITY;

        assertRejected(state, IllegalArgumentException.class, "x", () -> scene.addCircle(nan, 2f, 0.5f, o));
        assertRejected(state, IllegalArgumentException.class, "y", () -> scene.addCircle(2f, inf, 0.5f, o));
        assertRejected(state, IllegalArgumentException.class, "radius", () -> scene.addCircle(2f, 2f, nan, o));
        assertRejected(state, IllegalArgumentException.class, "radius", () -> scene.addCircle(2f, 2f, -0.5f, o));
        assertRejected(state, IllegalArgumentException.class, "width",
                () -> scene.addRectangle(2f, 2f, nan, 0.5f, o));
        assertRejected(state, IllegalArgumentException.class, "height",
                () -> scene.addRectangle(2f, 2f, 0.5f, nan, o));
        assertRejected(state, IllegalArgumentException.class, "x",
                () -> scene.addRectangle(nan, 2f, 0.5f, 0.5f, o));
        assertRejected(state, IllegalArgumentException.class, "vertexX[1]",
                () -> scene.addPolygon(2f, 2f, new float[] {0f, nan, 1f}, new float[] {1f, 1f, 0f}, o));
        assertRejected(state, IllegalArgumentException.class, "vertexY[2]",
                () -> scene.addPolygon(2f, 2f, new float[] {0f, 1f, 1f}, new float[] {1f, 1f, nan}, o));
    }

    @Test
    void shouldRejectNonFiniteBodyAndJointOptions() {
        IllegalArgumentException rotation = assertThrows(IllegalArgumentException.class,
                () -> BodyOptions.defaults().withRotation(Float.NaN));
        assertTrue(rotation.getMessage().contains("rotation"), rotation.getMessage());
        IllegalArgumentException velocity = assertThrows(IllegalArgumentException.class,
                () -> BodyOptions.defaults().withVelocity(0f, Float.NaN));
        assertTrue(velocity.getMessage().contains("velocityY"), velocity.getMessage());
        IllegalArgumentException density = assertThrows(IllegalArgumentException.class,
                () -> BodyOptions.defaults().withDensity(0f));
        assertTrue(density.getMessage().contains("density"), density.getMessage());
        IllegalArgumentException speed = assertThrows(IllegalArgumentException.class,
                () -> JointOptions.defaults().withMotor(Float.NaN, 1f));
        assertTrue(speed.getMessage().contains("motorSpeed"), speed.getMessage());
    }

    @Test
    void shouldRejectNonFiniteJointAndThrusterArguments() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int box = scene.addRectangle(2f, 2f, 0.5f, 0.5f, BodyOptions.defaults()).shape();
        int ball = scene.addCircle(2.5f, 2f, 0.3f, BodyOptions.defaults()).shape();
        JointOptions j = JointOptions.defaults();
        float nan = Float.NaN;

        assertRejected(state, IllegalArgumentException.class, "aRelX",
                () -> scene.addRevoluteJoint(box, ball, nan, 0f, 0f, 0f, j));
        assertRejected(state, IllegalArgumentException.class, "bRelY",
                () -> scene.addRevoluteJoint(box, ball, 0f, 0f, 0f, nan, j));
        assertRejected(state, IllegalArgumentException.class, "rotation",
                () -> scene.addFixedJoint(box, ball, 0f, 0f, 0f, 0f, nan));
        assertRejected(state, IllegalArgumentException.class, "relX", () -> scene.addThruster(box, nan, 0f, 0f, 1f));
        assertRejected(state, IllegalArgumentException.class, "rotation",
                () -> scene.addThruster(box, 0f, 0f, nan, 1f));
        assertRejected(state, IllegalArgumentException.class, "power",
                () -> scene.addThruster(box, 0f, 0f, 0f, Float.NEGATIVE_INFINITY));
    }

    @Test
    void shouldRejectJointsAndThrustersOnInactiveOrUnknownShapes() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int box = scene.addRectangle(2f, 2f, 0.5f, 0.5f, BodyOptions.defaults()).shape();
        int inactivePolygon = box + 1;
        int inactiveCircle = state.config.circleShape(0);
        JointOptions j = JointOptions.defaults();

        assertRejected(state, IllegalArgumentException.class, "shapeB",
                () -> scene.addRevoluteJoint(box, inactiveCircle, 0f, 0f, 0f, 0f, j));
        assertRejected(state, IllegalArgumentException.class, "shapeA",
                () -> scene.addRevoluteJoint(inactivePolygon, box, 0f, 0f, 0f, 0f, j));
        assertRejected(state, IllegalArgumentException.class, "shapeB",
                () -> scene.addFixedJoint(box, inactivePolygon, 0f, 0f, 0f, 0f, 0f));
        assertRejected(state, IllegalArgumentException.class, "shapeA",
                () -> scene.addFixedJoint(-1, box, 0f, 0f, 0f, 0f, 0f));
        assertRejected(state, IllegalArgumentException.class, "shapeB",
                () -> scene.addRevoluteJoint(box, state.config.numShapes(), 0f, 0f, 0f, 0f, j));
        assertRejected(state, IllegalArgumentException.class, "shape",
                () -> scene.addThruster(inactiveCircle, 0f, 0f, 0f, 1f));
        assertRejected(state, IllegalArgumentException.class, "shape",
                () -> scene.addRevoluteJoint(box, box, 0f, 0f, 0f, 0f, j));
    }

    @Test
    void shouldStillAcceptValidShapesAfterRejections() {
        BatchState state = smallWorld();
        Scene scene = TestScenes.scene(state);
        assertThrows(IllegalArgumentException.class, () -> scene.addCircle(Float.NaN, 2f, 0.3f,
                BodyOptions.defaults()));

        ShapeRef ball = scene.addCircle(2f, 2f, 0.3f, BodyOptions.defaults());

        assertEquals(0, ball.slot(), "the rejected call did not use up a slot");
        assertEquals(state.config.circleShape(0), ball.shape());
    }
}
