package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §7 B12 (Coulomb friction), B13 (head-on restitution), B14 (bounces on a restitution-1 floor). */
class FrictionRestitutionTest {
    /** B12: ref, tol 1e−3. */
    private static final float B12_TOLERANCE = 1e-3f;
    /** B13: velocities ±1e−5. */
    private static final float B13_VELOCITY = 1e-5f;
    /** B13: momentum conserved to 1e−6 relative. */
    private static final double B13_MOMENTUM = 1e-6;
    /** B14: ref, tol 2 %. */
    private static final double B14_RELATIVE = 0.02;

    @Test
    void shouldDecelerateSlidingBoxByCoulombFriction() {
        BatchState state = TestScenes.defaultWorld();
        float x0 = 1.5f;
        int box = TestScenes.scene(state)
                .addRectangle(x0, 0.64f, 0.5f, 0.5f, BodyOptions.defaults().withVelocity(3f, 0f)).shape();

        TestScenes.step(state, 1);
        assertEquals(2.907513f, TestScenes.vx(state, box), B12_TOLERANCE, "v_x after step 1");
        float previous = TestScenes.vx(state, box);
        for (int step = 2; step <= 32; step++) {
            TestScenes.step(state, 1);
            float vx = TestScenes.vx(state, box);
            // Δv_x = −μ·g·dt with μ = 0.4·√2.
            assertEquals(-0.0924896f, vx - previous, B12_TOLERANCE, "Δv_x in step " + step);
            assertTrue(vx > B12_TOLERANCE, "still sliding after step " + step);
            previous = vx;
        }
        TestScenes.step(state, 1);
        assertEquals(0f, TestScenes.vx(state, box), B12_TOLERANCE, "stopped at step 33");
        TestScenes.step(state, 60);
        assertEquals(0f, TestScenes.vx(state, box), B12_TOLERANCE, "still stopped");
        assertEquals(0.78609f, TestScenes.x(state, box) - x0, B12_TOLERANCE, "sliding distance");
    }

    @Test
    void shouldBounceHeadOnWithRestitutionOne() {
        assertHeadOn(1f, -0.14f, 2.14f);
    }

    @Test
    void shouldBounceHeadOnWithRestitutionHalf() {
        assertHeadOn(0.5f, 0.36f, 1.64f);
    }

    @Test
    void shouldBounceHeadOnWithRestitutionZero() {
        assertHeadOn(0f, 0.86f, 1.14f);
    }

    private static void assertHeadOn(float restitution, float expectedA, float expectedB) {
        BatchState state = TestScenes.emptyState(StaticConfig.jax2dDefault());
        TestScenes.scene(state).createEmpty(true, false, Scene.DEFAULT_SCENE_SIZE, Scene.DEFAULT_FLOOR_OFFSET);
        TestScenes.setGravity(state, 0f, 0f);
        BodyOptions options = BodyOptions.defaults().withRestitution(restitution);
        ShapeRef a = TestScenes.scene(state).addCircle(1f, 2f, 0.5f, options.withVelocity(2f, 0f));
        ShapeRef b = TestScenes.scene(state).addCircle(3f, 2f, 0.5f, options);
        int point = TestScenes.circleCirclePoint(state, a.slot(), b.slot());
        ManifoldTable m = state.circleCircleManifolds;

        TestScenes.step(state, 31);
        assertFalse(m.active[point], "no contact in steps 1..31");
        TestScenes.step(state, 1);
        assertTrue(m.active[point], "contact detected at step 32");
        assertEquals(0.0333f, m.penetration[point], 1e-4f, "penetration at detection");
        assertEquals(1f, m.normalX[point], 1e-6f, "normal a -> b");
        for (int extra : new int[] {0, 8}) {
            TestScenes.step(state, extra);
            String when = "after step " + (32 + extra) + ", e=" + restitution;
            assertEquals(expectedA, TestScenes.vx(state, a.shape()), B13_VELOCITY, "v_A " + when);
            assertEquals(expectedB, TestScenes.vx(state, b.shape()), B13_VELOCITY, "v_B " + when);
            assertEquals(0f, TestScenes.vy(state, a.shape()), B13_VELOCITY, "v_A y " + when);
            assertEquals(0f, TestScenes.vy(state, b.shape()), B13_VELOCITY, "v_B y " + when);
            // Equal masses: momentum 2·m ⇔ v_A + v_B = 2.
            double momentum = (double) TestScenes.vx(state, a.shape()) + TestScenes.vx(state, b.shape());
            assertEquals(2.0, momentum, 2.0 * B13_MOMENTUM, "momentum " + when);
        }
    }

    @Test
    void shouldBounceLowerEachTimeWithRestitutionHalf() {
        List<double[]> apexes = apexes(0.5f, 600);

        assertTrue(apexes.size() >= 2, "at least two apexes: " + apexes.size());
        assertEquals(1.463, apexes.get(0)[1], 1.463 * B14_RELATIVE, "first apex y");
        for (int i = 1; i < apexes.size(); i++) {
            assertTrue(apexes.get(i)[1] < apexes.get(i - 1)[1], "apex " + i + " lower than apex " + (i - 1));
        }
        // To rest: no apex above 0.95 (6 cm over the resting height 0.89 of B8) after step 300; only the
        // e > 0 resting jitter of §5.1 remains.
        assertTrue(apexes.get(apexes.size() - 1)[0] < 300, "last bounce before step 300");
    }

    @Test
    void shouldGainHeightEachBounceWithRestitutionOne() {
        List<double[]> apexes = apexes(1f, 300);

        assertTrue(apexes.size() >= 3, "at least three apexes: " + apexes.size());
        double[] expectedY = {3.08, 3.91, 4.24};
        int[] expectedStep = {78, 167, 264};
        for (int i = 0; i < 3; i++) {
            assertEquals(expectedY[i], apexes.get(i)[1], expectedY[i] * B14_RELATIVE, "apex " + i + " y");
            assertEquals(expectedStep[i], apexes.get(i)[0], expectedStep[i] * B14_RELATIVE, "apex " + i + " step");
        }
        assertTrue(apexes.get(0)[1] < apexes.get(1)[1] && apexes.get(1)[1] < apexes.get(2)[1], "apexes increase");
    }

    /** (step, y) of every local maximum of the circle's height after the release, over {@code steps} steps. */
    private static List<double[]> apexes(float restitution, int steps) {
        BatchState state = TestScenes.defaultWorld();
        state.shapes.restitution[TestScenes.row(state, 0)] = 1f;
        int ball = TestScenes.scene(state)
                .addCircle(2.5f, 2.9f, 0.5f, BodyOptions.defaults().withRestitution(restitution)).shape();
        float[] y = new float[steps + 1];
        y[0] = TestScenes.y(state, ball);
        for (int step = 1; step <= steps; step++) {
            TestScenes.step(state, 1);
            y[step] = TestScenes.y(state, ball);
        }
        List<double[]> result = new ArrayList<>();
        for (int step = 1; step < steps; step++) {
            if (y[step] >= y[step - 1] && y[step] > y[step + 1] && y[step] > 0.95f) {
                result.add(new double[] {step, y[step]});
            }
        }
        return result;
    }
}
