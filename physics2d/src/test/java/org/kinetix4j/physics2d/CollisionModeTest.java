package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Spec §7 B24: collision modes (§4.1), shouldCollide = mode_a == 2 ∨ mode_b == 2 ∨ mode_a·mode_b &gt; 0. Exact.
 */
class CollisionModeTest {

    private static boolean shouldCollide(int modeA, int modeB) {
        return modeA == 2 || modeB == 2 || modeA * modeB > 0;
    }

    @Test
    void shouldDropModeZeroCircleThroughModeOneBoxOntoFloor() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int shelf = scene.addRectangle(2.5f, 2f, 1f, 0.2f,
                BodyOptions.defaults().withFixated(true).withCollisionMode(1)).slot();
        ShapeRef ball = scene.addCircle(2.5f, 3f, 0.25f, BodyOptions.defaults().withCollisionMode(0));
        int throughShelf = TestScenes.circlePolyPoint(state, ball.slot(), shelf);
        int onFloor = TestScenes.circlePolyPoint(state, ball.slot(), 0);
        boolean crossedShelf = false;

        for (int step = 1; step <= 180; step++) {
            TestScenes.step(state, 1);
            assertFalse(state.circlePolyManifolds.active[throughShelf], "mode 0 vs mode 1 at step " + step);
            crossedShelf |= TestScenes.y(state, ball.shape()) < 2f;
        }

        assertTrue(crossedShelf, "passed through the shelf");
        assertTrue(state.circlePolyManifolds.active[onFloor], "mode 0 vs mode 2 floor: contact");
        // Resting on the floor (top 0.4) with penetration = slop, as in B8.
        assertEquals(0.64f, TestScenes.y(state, ball.shape()), 1e-3f, "resting on the floor");
        assertEquals(0f, TestScenes.vy(state, ball.shape()), 1e-3f, "at rest");
    }

    @Test
    void shouldNeverCollideTwoModeZeroShapes() {
        BatchState state = TestScenes.defaultWorld();
        TestScenes.setGravity(state, 0f, 0f);
        Scene scene = TestScenes.scene(state);
        BodyOptions ghost = BodyOptions.defaults().withCollisionMode(0);
        ShapeRef a = scene.addCircle(2f, 2f, 0.5f, ghost);
        ShapeRef b = scene.addCircle(2.5f, 2f, 0.5f, ghost);
        ShapeRef box = scene.addRectangle(2.2f, 2.3f, 0.5f, 0.5f, ghost);

        for (int step = 1; step <= 10; step++) {
            TestScenes.step(state, 1);
            assertFalse(state.circleCircleManifolds.active[TestScenes.circleCirclePoint(state, a.slot(), b.slot())]);
            assertFalse(state.circlePolyManifolds.active[TestScenes.circlePolyPoint(state, a.slot(), box.slot())]);
            assertFalse(state.circlePolyManifolds.active[TestScenes.circlePolyPoint(state, b.slot(), box.slot())]);
        }
        for (int shape : new int[] {a.shape(), b.shape(), box.shape()}) {
            assertEquals(0f, TestScenes.vx(state, shape), 0f, "v_x of " + shape);
            assertEquals(0f, TestScenes.vy(state, shape), 0f, "v_y of " + shape);
        }
    }

    @Test
    void shouldFollowModeTableForCircleCirclePairs() {
        for (int modeA = 0; modeA <= 2; modeA++) {
            for (int modeB = 0; modeB <= 2; modeB++) {
                BatchState state = overlapScene(modeA, modeB, false, false);
                int point = TestScenes.circleCirclePoint(state, 0, 1);
                assertModeOutcome(state, state.circleCircleManifolds, point, modeA, modeB,
                        state.config.circleShape(0), state.config.circleShape(1));
            }
        }
    }

    @Test
    void shouldFollowModeTableForCirclePolygonPairs() {
        for (int modeA = 0; modeA <= 2; modeA++) {
            for (int modeB = 0; modeB <= 2; modeB++) {
                BatchState state = overlapScene(modeA, modeB, false, true);
                int point = TestScenes.circlePolyPoint(state, 0, 4);
                assertModeOutcome(state, state.circlePolyManifolds, point, modeA, modeB,
                        state.config.circleShape(0), 4);
            }
        }
    }

    @Test
    void shouldFollowModeTableForPolygonPolygonPairs() {
        for (int modeA = 0; modeA <= 2; modeA++) {
            for (int modeB = 0; modeB <= 2; modeB++) {
                BatchState state = overlapScene(modeA, modeB, true, true);
                int point = TestScenes.polyPolyPoint(state, 4, 5, 0);
                assertModeOutcome(state, state.polyPolyManifolds, point, modeA, modeB, 4, 5);
            }
        }
    }

    /** Two dynamic shapes overlapping side by side (first at x = 2, second at x = 2.8), no gravity. */
    private static BatchState overlapScene(int modeA, int modeB, boolean firstPolygon, boolean secondPolygon) {
        BatchState state = TestScenes.defaultWorld();
        TestScenes.setGravity(state, 0f, 0f);
        Scene scene = TestScenes.scene(state);
        addShape(scene, firstPolygon, 2f, modeA);
        addShape(scene, secondPolygon, 2.8f, modeB);
        return state;
    }

    private static void addShape(Scene scene, boolean polygon, float x, int mode) {
        BodyOptions options = BodyOptions.defaults().withCollisionMode(mode);
        if (polygon) {
            scene.addRectangle(x, 2f, 1f, 1f, options);
        } else {
            scene.addCircle(x, 2f, 0.5f, options);
        }
    }

    private static void assertModeOutcome(BatchState state, ManifoldTable m, int point, int modeA, int modeB,
            int first, int second) {
        String modes = "modes " + modeA + "/" + modeB;
        CpuBackend.detectCollisions(state, TestScenes.ENV);
        assertEquals(shouldCollide(modeA, modeB), m.active[point], "detected, " + modes);

        TestScenes.step(state, 1);

        assertEquals(shouldCollide(modeA, modeB), m.active[point], "after a step, " + modes);
        if (shouldCollide(modeA, modeB)) {
            assertTrue(TestScenes.vx(state, first) < 0f && TestScenes.vx(state, second) > 0f, "pushed apart, " + modes);
        } else {
            assertEquals(0f, TestScenes.vx(state, first), 0f, "untouched, " + modes);
            assertEquals(0f, TestScenes.vx(state, second), 0f, "untouched, " + modes);
        }
    }
}
