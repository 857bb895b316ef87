package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec §7 B8–B11: resting contacts on the floor. */
class RestingContactTest {
    /** B8's tolerance on ref positions ("tol y ±1e−4"); used for every ref length and impulse of B8–B11. */
    private static final float REF_TOLERANCE = 1e-4f;
    /** B8: v < 1e−4. */
    private static final float B8_VELOCITY = 1e-4f;
    /** float32 cos(π/2): the skew of every edge normal (spec §2). */
    private static final float ROT_LEFT_COS = -4.371139e-8f;
    private static final float SLOP = 0.01f;

    @Test
    void shouldRestCircleOnFloor() {
        BatchState state = TestScenes.defaultWorld();
        ShapeRef ball = TestScenes.scene(state).addCircle(2.5f, 1.5f, 0.5f, BodyOptions.defaults());
        int point = TestScenes.circlePolyPoint(state, ball.slot(), 0);
        ManifoldTable m = state.circlePolyManifolds;

        TestScenes.step(state, 21);
        assertFalse(m.active[point], "no contact detected in steps 1..21");
        TestScenes.step(state, 1);
        assertTrue(m.active[point], "first contact detected in step 22");
        TestScenes.step(state, 120 - 22);

        int b = ball.shape();
        assertEquals(0.8899997f, TestScenes.y(state, b), REF_TOLERANCE, "y");
        assertEquals(2.5f, TestScenes.x(state, b), REF_TOLERANCE, "x");
        assertEquals(0f, TestScenes.vx(state, b), B8_VELOCITY, "v_x");
        assertEquals(0f, TestScenes.vy(state, b), B8_VELOCITY, "v_y");
        assertEquals(0f, TestScenes.omega(state, b), B8_VELOCITY, "omega");
        assertTrue(m.active[point], "contact active");
        assertEquals(0f, m.normalX[point], 1e-6f, "normal x (circle -> floor)");
        assertEquals(-1f, m.normalY[point], 1e-6f, "normal y (circle -> floor)");
        assertEquals(0.0099998f, m.penetration[point], REF_TOLERANCE, "penetration = slop");
        assertEquals(0.1284126f, m.accImpulseNormal[point], REF_TOLERANCE, "acc_N = m g dt");
        assertEquals(2.5f, m.collisionPointX[point], REF_TOLERANCE, "contact point x");
        assertEquals(0.4f, m.collisionPointY[point], REF_TOLERANCE, "contact point y");
    }

    @Test
    void shouldRestBoxOnFloorOnTwoCorners() {
        BatchState state = TestScenes.defaultWorld();
        int box = TestScenes.scene(state).addRectangle(2.5f, 1.5f, 1f, 0.5f, BodyOptions.defaults()).shape();

        TestScenes.step(state, 120);

        assertEquals(0.6400004f, TestScenes.y(state, box), REF_TOLERANCE, "y");
        assertTrue(Math.hypot(TestScenes.vx(state, box), TestScenes.vy(state, box)) < 1e-6, "|v| < 1e-6");
        assertTrue(Math.abs(TestScenes.rotation(state, box)) < 1e-5, "|rotation| < 1e-5");
        ManifoldTable m = state.polyPolyManifolds;
        int slot0 = TestScenes.polyPolyPoint(state, 0, box, 0);
        int slot1 = TestScenes.polyPolyPoint(state, 0, box, 1);
        boolean firstSlotLeft = m.collisionPointX[slot0] < m.collisionPointX[slot1];
        float[] expectedX = firstSlotLeft ? new float[] {2f, 3f} : new float[] {3f, 2f};
        int[] points = {slot0, slot1};
        for (int k = 0; k < 2; k++) {
            int p = points[k];
            assertTrue(m.active[p], "slot " + k + " active");
            assertEquals(ROT_LEFT_COS, m.normalX[p], 1e-7f, "slot " + k + " normal x");
            assertEquals(1f, m.normalY[p], 1e-6f, "slot " + k + " normal y");
            assertEquals(0.01f, m.penetration[p], REF_TOLERANCE, "slot " + k + " penetration");
            assertEquals(0.040875f, m.accImpulseNormal[p], REF_TOLERANCE, "slot " + k + " acc_N = m g dt / 2");
            assertEquals(expectedX[k], m.collisionPointX[p], REF_TOLERANCE, "slot " + k + " contact x");
            assertEquals(0.39f, m.collisionPointY[p], REF_TOLERANCE, "slot " + k + " contact y");
        }
    }

    @Test
    void shouldPushDeepBoxBackToSlop() {
        BatchState state = TestScenes.defaultWorld();
        // Bottom at 0.35: 0.05 deep in the floor.
        int box = TestScenes.scene(state).addRectangle(2.5f, 0.6f, 1f, 0.5f, BodyOptions.defaults()).shape();

        TestScenes.step(state, 120);

        ManifoldTable m = state.polyPolyManifolds;
        for (int k = 0; k < 2; k++) {
            int p = TestScenes.polyPolyPoint(state, 0, box, k);
            assertTrue(m.active[p], "slot " + k + " active");
            assertTrue(m.penetration[p] <= SLOP + 1e-4f, "slot " + k + " penetration <= slop + 1e-4");
            assertEquals(SLOP, m.penetration[p], 1e-4f, "slot " + k + " converged to slop");
        }
    }

    @Test
    void shouldPushDeepCircleBackToSlop() {
        BatchState state = TestScenes.defaultWorld();
        // Bottom at 0.35: 0.05 deep in the floor.
        ShapeRef ball = TestScenes.scene(state).addCircle(2.5f, 0.85f, 0.5f, BodyOptions.defaults());

        TestScenes.step(state, 120);

        int p = TestScenes.circlePolyPoint(state, ball.slot(), 0);
        assertTrue(state.circlePolyManifolds.active[p], "active");
        assertEquals(SLOP, state.circlePolyManifolds.penetration[p], 1e-4f, "converged to slop");
    }

    @Test
    void shouldSettleTouchingStackBelowSlop() {
        // The spec does not give the stack's box size; 1×0.5 boxes as in B9, each placed exactly touching.
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        float floorTop = 0.39999962f;
        int bottom = scene.addRectangle(2.5f, floorTop + 0.25f, 1f, 0.5f, BodyOptions.defaults()).shape();
        int middle = scene.addRectangle(2.5f, floorTop + 0.75f, 1f, 0.5f, BodyOptions.defaults()).shape();
        int top = scene.addRectangle(2.5f, floorTop + 1.25f, 1f, 0.5f, BodyOptions.defaults()).shape();

        TestScenes.step(state, 240);

        ManifoldTable m = state.polyPolyManifolds;
        int[][] pairs = {{0, bottom}, {bottom, middle}, {middle, top}};
        for (int[] pair : pairs) {
            for (int k = 0; k < 2; k++) {
                int p = TestScenes.polyPolyPoint(state, pair[0], pair[1], k);
                assertTrue(m.active[p], "pair " + pair[0] + "-" + pair[1] + " slot " + k + " active");
                assertTrue(m.penetration[p] <= SLOP + 1e-4f,
                        "pair " + pair[0] + "-" + pair[1] + " slot " + k + " penetration " + m.penetration[p]);
            }
        }
        float bottomPenetration = m.penetration[TestScenes.polyPolyPoint(state, 0, bottom, 0)];
        assertTrue(bottomPenetration < SLOP, "bottom penetration below slop: " + bottomPenetration);
        // "≈ 0.003" (one significant digit).
        assertTrue(bottomPenetration > 0.002f && bottomPenetration < 0.004f,
                "bottom penetration ≈ 0.003: " + bottomPenetration);
    }

    @Test
    void shouldSettleTiltedBoxFlat() {
        BatchState state = tiltedBox(StaticConfig.jax2dDefault());
        int box = 4;

        TestScenes.step(state, 120);

        ManifoldTable m = state.polyPolyManifolds;
        assertTrue(m.active[TestScenes.polyPolyPoint(state, 0, box, 0)], "slot 0 active");
        assertTrue(m.active[TestScenes.polyPolyPoint(state, 0, box, 1)], "slot 1 active");
        assertTrue(Math.hypot(TestScenes.vx(state, box), TestScenes.vy(state, box)) < 1e-4, "|v| < 1e-4");
        assertTrue(Math.abs(TestScenes.omega(state, box)) < 1e-4, "|omega| < 1e-4");
        assertTrue(Math.abs(TestScenes.rotation(state, box)) < 0.01, "|rotation| < 0.01");
        // ref values (rotation 0.0056, position (2.5982, 0.6428)), to the digits the spec gives.
        assertEquals(0.0056f, TestScenes.rotation(state, box), 1e-4f, "ref rotation");
        assertEquals(2.5982f, TestScenes.x(state, box), REF_TOLERANCE, "ref x");
        assertEquals(0.6428f, TestScenes.y(state, box), REF_TOLERANCE, "ref y");
    }

    @Test
    void shouldSettleTiltedBoxToSameStateWithoutWarmStarting() {
        BatchState warm = tiltedBox(StaticConfig.jax2dDefault());
        BatchState cold = tiltedBox(StaticConfig.jax2dDefault().withWarmStarting(false));

        TestScenes.step(warm, 120);
        TestScenes.step(cold, 120);

        assertEquals(TestScenes.x(warm, 4), TestScenes.x(cold, 4), 1e-5f, "x");
        assertEquals(TestScenes.y(warm, 4), TestScenes.y(cold, 4), 1e-5f, "y");
        assertEquals(TestScenes.rotation(warm, 4), TestScenes.rotation(cold, 4), 1e-5f, "rotation");
    }

    private static BatchState tiltedBox(StaticConfig config) {
        BatchState state = TestScenes.world(config);
        int box = TestScenes.scene(state)
                .addRectangle(2.5f, 1.5f, 1f, 0.5f, BodyOptions.defaults().withRotation(0.3f)).shape();
        assertEquals(4, box);
        return state;
    }
}
