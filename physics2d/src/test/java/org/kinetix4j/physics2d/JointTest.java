package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §7 B20 (pendulum), B21 (fixed joint), B22 (connectivity and collision matrix). */
class JointTest {
    private static final int ENV = TestScenes.ENV;
    /** B20: ref, tol 1 % on the period 2.017–2.019 s. */
    private static final double PERIOD_RELATIVE = 0.01;
    private static final double DT = 1f / 60f;

    /** B20 scene: fixated 0.2×0.2 box at (2.5, 4) (shape 4), r = 0.1 circle at θ₀ = 0.2 on a 1 m revolute link. */
    private static BatchState pendulum() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int pivot = scene.addRectangle(2.5f, 4f, 0.2f, 0.2f, BodyOptions.defaults().withFixated(true)).shape();
        float s = (float) Math.sin(0.2);
        float c = (float) Math.cos(0.2);
        int bob = scene.addCircle(2.5f + s, 4f - c, 0.1f, BodyOptions.defaults()).shape();
        scene.addRevoluteJoint(pivot, bob, 0f, 0f, -s, c, JointOptions.defaults());
        return state;
    }

    @Test
    void shouldSwingPendulumWithJax2dPeriodAndSteadyAmplitude() {
        BatchState state = pendulum();
        int bob = state.config.circleShape(0);
        int joint = state.joints.row(ENV, 0);
        int steps = 600;
        double[] angle = new double[steps + 1];
        angle[0] = 0.2;
        for (int step = 1; step <= steps; step++) {
            TestScenes.step(state, 1);
            double dx = TestScenes.x(state, bob) - 2.5;
            double dy = 4.0 - TestScenes.y(state, bob);
            angle[step] = Math.atan2(dx, dy);
            double separation = TestScenes.anchorSeparation(state, 0);
            if (step <= 60) {
                assertTrue(separation < 6e-3, "anchor separation " + separation + " at step " + step);
            } else {
                assertTrue(separation < 1e-3, "anchor separation " + separation + " at step " + step);
                assertEquals(1.0, Math.hypot(dx, dy), 1e-3, "pendulum length at step " + step);
            }
            // a is static: the joint point is a's anchor.
            assertEquals(2.5f, state.joints.globalPositionX[joint], 1e-6f, "joint x at step " + step);
            assertEquals(4f, state.joints.globalPositionY[joint], 1e-6f, "joint y at step " + step);
        }

        List<Double> downCrossings = new ArrayList<>();
        List<Integer> crossingSteps = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            if (Math.signum(angle[step]) != Math.signum(angle[step - 1])) {
                crossingSteps.add(step);
                if (angle[step] < 0) {
                    double fraction = angle[step - 1] / (angle[step - 1] - angle[step]);
                    downCrossings.add((step - 1 + fraction) * DT);
                }
            }
        }
        assertTrue(downCrossings.size() >= 4, "crossings: " + downCrossings.size());
        double period = (downCrossings.get(downCrossings.size() - 1) - downCrossings.get(0))
                / (downCrossings.size() - 1);
        assertTrue(period >= 2.017 * (1 - PERIOD_RELATIVE) && period <= 2.019 * (1 + PERIOD_RELATIVE),
                "period " + period);
        for (int i = 1; i < crossingSteps.size(); i++) {
            double amplitude = 0;
            for (int step = crossingSteps.get(i - 1); step < crossingSteps.get(i); step++) {
                amplitude = Math.max(amplitude, Math.abs(angle[step]));
            }
            assertEquals(0.203, amplitude, 0.002, "amplitude of swing " + i);
        }
    }

    @Test
    void shouldWeldTwoBoxesIntoOneBody() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int a = scene.addRectangle(2f, 1.5f, 0.5f, 0.5f, BodyOptions.defaults()).shape();
        int b = scene.addRectangle(2.5f, 1.7f, 0.5f, 0.5f, BodyOptions.defaults()).shape();
        // Weld at (2.25, 1.6); Jax2D's add_fixed_joint leaves rotation 0.
        scene.addFixedJoint(a, b, 0.25f, 0.1f, -0.25f, -0.1f, 0f);

        for (int step = 1; step <= 240; step++) {
            TestScenes.step(state, 1);
            double relative = Math.abs(TestScenes.rotation(state, b) - TestScenes.rotation(state, a));
            double separation = TestScenes.anchorSeparation(state, 0);
            assertTrue(relative <= 0.05, "relative angle " + relative + " at step " + step);
            assertTrue(separation < 0.03, "anchor separation " + separation + " at step " + step);
        }

        double relative = Math.abs(TestScenes.rotation(state, b) - TestScenes.rotation(state, a));
        assertTrue(relative < 1e-4, "relative angle at rest " + relative);
        double separation = TestScenes.anchorSeparation(state, 0);
        assertTrue(separation < 1e-5, "anchor separation at rest " + separation);
        // "≈ −0.397" (three digits).
        assertEquals(-0.397, TestScenes.rotation(state, a), 1e-3, "rest tilt of a");
        assertEquals(-0.397, TestScenes.rotation(state, b), 1e-3, "rest tilt of b");
        assertTrue(Math.abs(TestScenes.omega(state, a)) < 1e-3, "at rest");
    }

    @Test
    void shouldSeparateJointComponentsInCollisionMatrix() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int a = scene.addCircle(1f, 2f, 0.2f, BodyOptions.defaults()).shape();
        int b = scene.addCircle(2f, 2f, 0.2f, BodyOptions.defaults()).shape();
        int c = scene.addRectangle(3f, 2f, 0.4f, 0.4f, BodyOptions.defaults()).shape();
        int d = scene.addCircle(4f, 2f, 0.2f, BodyOptions.defaults()).shape();
        scene.addRevoluteJoint(a, b, 0.5f, 0f, -0.5f, 0f, JointOptions.defaults());
        scene.addRevoluteJoint(b, c, 0.5f, 0f, -0.5f, 0f, JointOptions.defaults());

        int n = state.config.numShapes();
        for (int i = 0; i < n; i++) {
            assertFalse(state.collisionMatrix[state.matrixIndex(ENV, i, i)], "diagonal " + i);
        }
        int[] chain = {a, b, c};
        for (int i : chain) {
            for (int k : chain) {
                assertFalse(state.collisionMatrix[state.matrixIndex(ENV, i, k)], "same component " + i + "," + k);
            }
            assertTrue(state.collisionMatrix[state.matrixIndex(ENV, i, d)], "different components " + i + "," + d);
            assertTrue(state.collisionMatrix[state.matrixIndex(ENV, d, i)], "different components " + d + "," + i);
            assertTrue(state.collisionMatrix[state.matrixIndex(ENV, i, 0)], "chain vs floor " + i);
        }
        assertFalse(state.collisionMatrix[state.matrixIndex(ENV, a, c)], "chain A–B–C: M[A][C]");
    }

    @Test
    void shouldReportButNotResolveJointedOverlap() {
        BatchState jointed = overlappingPair(true);
        BatchState free = overlappingPair(false);

        TestScenes.step(jointed, 1);
        TestScenes.step(free, 1);

        int point = TestScenes.circleCirclePoint(jointed, 0, 1);
        assertTrue(jointed.circleCircleManifolds.active[point], "jointed overlap reports an active manifold");
        assertEquals(0f, jointed.circleCircleManifolds.accImpulseNormal[point], 0f, "jointed: acc_N = 0");
        int first = jointed.config.circleShape(0);
        int second = jointed.config.circleShape(1);
        for (int shape : new int[] {first, second}) {
            assertEquals(0f, TestScenes.vx(jointed, shape), 0f, "jointed: no separation impulse on " + shape);
            assertEquals(0f, TestScenes.vy(jointed, shape), 0f, "jointed: no separation impulse on " + shape);
        }
        assertTrue(free.circleCircleManifolds.accImpulseNormal[point] > 0f, "control: free pair is pushed");
        assertTrue(TestScenes.vx(free, first) < 0f && TestScenes.vx(free, second) > 0f, "control: separating");
    }

    private static BatchState overlappingPair(boolean withJoint) {
        BatchState state = TestScenes.defaultWorld();
        TestScenes.setGravity(state, 0f, 0f);
        Scene scene = TestScenes.scene(state);
        int a = scene.addCircle(2f, 2f, 0.5f, BodyOptions.defaults()).shape();
        int b = scene.addCircle(2.25f, 2f, 0.5f, BodyOptions.defaults()).shape();
        if (withJoint) {
            // Both anchors at exactly (2.125, 2): the joint itself has nothing to correct.
            scene.addRevoluteJoint(a, b, 0.125f, 0f, -0.125f, 0f, JointOptions.defaults());
        }
        return state;
    }

    @Test
    void shouldZeroGlobalPositionOfInactiveJointsAfterOneStep() {
        BatchState state = pendulum();
        JointTable j = state.joints;
        for (int slot = 1; slot < state.config.numJoints(); slot++) {
            assertEquals(256f, j.globalPositionX[j.row(ENV, slot)], "sentinel before the first step");
        }

        TestScenes.step(state, 1);

        for (int slot = 1; slot < state.config.numJoints(); slot++) {
            assertEquals(0f, j.globalPositionX[j.row(ENV, slot)], 0f, "inactive joint " + slot + " x");
            assertEquals(0f, j.globalPositionY[j.row(ENV, slot)], 0f, "inactive joint " + slot + " y");
        }
        assertEquals(2.5f, j.globalPositionX[j.row(ENV, 0)], 1e-6f, "active joint x");
    }
}
