package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec §7 B6 (free fall, exact, tol 1e−4) and B7 (clipping after integration, exact). */
class FreeFallAndClippingTest {
    /** B6 tolerance. */
    private static final float FALL_TOLERANCE = 1e-4f;
    /** B7 rotations are one or two float32 multiply-adds: a few ulps. */
    private static final float ROTATION_TOLERANCE = 1e-6f;

    /** y₀ − g·dt²·n(n+1)/2 after 60 steps from 10 (= 5.01325, spec value 5.013251). */
    private static final float Y_AFTER_60 = 5.013251f;
    /** −n·g·dt after 60 steps (spec value −9.809996 in float32). */
    private static final float VY_AFTER_60 = -9.809996f;

    @Test
    void shouldFallFreelyLikeClosedFormCircle() {
        BatchState state = TestScenes.openSpace(StaticConfig.jax2dDefault());
        int ball = TestScenes.scene(state).addCircle(2.5f, 10f, 0.5f, BodyOptions.defaults()).shape();

        TestScenes.step(state, 60);

        assertEquals(Y_AFTER_60, TestScenes.y(state, ball), FALL_TOLERANCE, "y");
        assertEquals(VY_AFTER_60, TestScenes.vy(state, ball), FALL_TOLERANCE, "v_y");
        assertEquals(2.5f, TestScenes.x(state, ball), 0f, "x unchanged");
        assertEquals(0f, TestScenes.vx(state, ball), 0f, "v_x unchanged");
        assertEquals(0f, TestScenes.omega(state, ball), 0f, "omega unchanged");
        assertEquals(0f, TestScenes.rotation(state, ball), 0f, "rotation unchanged");
    }

    @Test
    void shouldFallFreelyLikeClosedFormBox() {
        BatchState state = TestScenes.openSpace(StaticConfig.jax2dDefault());
        int box = TestScenes.scene(state).addRectangle(2.5f, 10f, 1f, 1f, BodyOptions.defaults()).shape();

        TestScenes.step(state, 60);

        assertEquals(Y_AFTER_60, TestScenes.y(state, box), FALL_TOLERANCE, "y");
        assertEquals(VY_AFTER_60, TestScenes.vy(state, box), FALL_TOLERANCE, "v_y");
        assertEquals(2.5f, TestScenes.x(state, box), 0f, "x unchanged");
        assertEquals(0f, TestScenes.omega(state, box), 0f, "omega unchanged");
        assertEquals(0f, TestScenes.rotation(state, box), 0f, "rotation unchanged");
    }

    @Test
    void shouldNeverMoveFixatedShapes() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int box = scene.addRectangle(2f, 3f, 1f, 0.5f, BodyOptions.defaults().withFixated(true)).shape();
        int ball = scene.addCircle(3.5f, 3f, 0.5f, BodyOptions.defaults().withFixated(true)).shape();

        int[] shapes = {0, 1, 2, 3, box, ball};
        float[] xs = new float[shapes.length];
        float[] ys = new float[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            xs[i] = TestScenes.x(state, shapes[i]);
            ys[i] = TestScenes.y(state, shapes[i]);
        }

        TestScenes.step(state, 60);

        for (int i = 0; i < shapes.length; i++) {
            int shape = shapes[i];
            assertEquals(xs[i], TestScenes.x(state, shape), 0f, "x of shape " + shape);
            assertEquals(ys[i], TestScenes.y(state, shape), 0f, "y of shape " + shape);
            assertEquals(0f, TestScenes.vx(state, shape), 0f, "v_x of shape " + shape);
            assertEquals(0f, TestScenes.vy(state, shape), 0f, "v_y of shape " + shape);
            assertEquals(0f, TestScenes.omega(state, shape), 0f, "omega of shape " + shape);
            assertEquals(0f, TestScenes.rotation(state, shape), 0f, "rotation of shape " + shape);
        }
        assertEquals(3f, ys[4], 0f, "fixated box y");
        assertEquals(3f, ys[5], 0f, "fixated circle y");
    }

    @Test
    void shouldLetInactiveDynamicShapeFallThroughEverything() {
        BatchState state = TestScenes.defaultWorld();
        ShapeRef ghost = TestScenes.scene(state).addCircle(2.5f, 1.5f, 0.5f, BodyOptions.defaults());
        state.shapes.active[TestScenes.row(state, ghost.shape())] = false;

        for (int step = 1; step <= 60; step++) {
            TestScenes.step(state, 1);
            for (int p = 0; p < state.config.numPolygons(); p++) {
                assertFalse(state.circlePolyManifolds.active[TestScenes.circlePolyPoint(state, ghost.slot(), p)],
                        "inactive circle touched polygon " + p + " at step " + step);
            }
        }

        // Gravity and integration ignore `active`: the same closed form as B6, 8.5 m lower.
        assertEquals(1.5f - (10f - Y_AFTER_60), TestScenes.y(state, ghost.shape()), FALL_TOLERANCE, "y");
        assertEquals(VY_AFTER_60, TestScenes.vy(state, ghost.shape()), FALL_TOLERANCE, "v_y");
        assertTrue(TestScenes.y(state, ghost.shape()) < 0.4f, "fell through the floor");
    }

    @Test
    void shouldClipPositionAtStep135AndVelocityAtStep612() {
        BatchState state = TestScenes.openSpace(StaticConfig.jax2dDefault());
        int ball = TestScenes.scene(state).addCircle(2.5f, 10f, 0.5f, BodyOptions.defaults()).shape();

        int firstClippedPosition = -1;
        int firstClippedVelocity = -1;
        for (int step = 1; step <= 700; step++) {
            TestScenes.step(state, 1);
            float y = TestScenes.y(state, ball);
            float vy = TestScenes.vy(state, ball);
            if (firstClippedPosition < 0 && y == -15f) {
                firstClippedPosition = step;
            }
            if (firstClippedVelocity < 0 && vy == -100f) {
                firstClippedVelocity = step;
            }
            if (firstClippedPosition > 0) {
                assertEquals(-15f, y, 0f, "y stays clipped at step " + step);
            } else {
                assertTrue(y > -15f, "y above the clip at step " + step);
            }
            if (firstClippedVelocity > 0) {
                assertEquals(-100f, vy, 0f, "v_y stays clipped at step " + step);
            } else {
                assertTrue(vy > -100f, "v_y above the clip at step " + step);
            }
        }

        assertEquals(135, firstClippedPosition, "first step at y = -15");
        assertEquals(612, firstClippedVelocity, "first step at v_y = -100");
    }

    @Test
    void shouldIntegrateAngularVelocityBeforeClippingIt() {
        BatchState state = TestScenes.openSpace(StaticConfig.jax2dDefault());
        TestScenes.setGravity(state, 0f, 0f);
        int ball = TestScenes.scene(state)
                .addCircle(2.5f, 2.5f, 0.5f, BodyOptions.defaults().withAngularVelocity(80f)).shape();

        TestScenes.step(state, 1);
        assertEquals(1.3333334f, TestScenes.rotation(state, ball), ROTATION_TOLERANCE, "rotation after step 1");
        assertEquals(50f, TestScenes.omega(state, ball), 0f, "omega after step 1");

        TestScenes.step(state, 1);
        assertEquals(2.1666667f, TestScenes.rotation(state, ball), ROTATION_TOLERANCE, "rotation after step 2");
        assertEquals(50f, TestScenes.omega(state, ball), 0f, "omega after step 2");
    }
}
