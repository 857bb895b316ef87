package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spec §7 B18 (thruster on a circle) and B19 (offset thruster on a rotated box). Exact. */
class ThrusterTest {
    /** One float32 impulse: a few ulps. */
    private static final float SINGLE_STEP = 1e-6f;
    /** Ten accumulated float32 steps. */
    private static final float TEN_STEPS = 1e-5f;

    private static float[] thrusterAction(BatchState state, float action) {
        float[] actions = TestScenes.zeroActions(state);
        actions[state.config.numJoints()] = action;
        return actions;
    }

    @Test
    void shouldPushCircleAlongThrusterDirection() {
        BatchState state = TestScenes.defaultWorld();
        TestScenes.setGravity(state, 0f, 0f);
        int ball = TestScenes.scene(state).addCircle(2.5f, 2.5f, 0.5f, BodyOptions.defaults()).shape();
        int thruster = TestScenes.scene(state).addThruster(ball, 0f, 0f, 0f, 1f);
        int row = state.thrusters.row(TestScenes.ENV, thruster);
        float[] actions = thrusterAction(state, 1f);

        TestScenes.step(state, actions, 1);
        // Δv_x = 10·dt·m⁻¹.
        assertEquals(0.21220658f, TestScenes.vx(state, ball), SINGLE_STEP, "v_x after step 1");
        TestScenes.step(state, actions, 9);

        assertEquals(2.1220658f, TestScenes.vx(state, ball), TEN_STEPS, "v_x after 10 steps");
        assertEquals(0f, TestScenes.vy(state, ball), 0f, "v_y");
        assertEquals(2.6945229f, TestScenes.x(state, ball), TEN_STEPS, "x after 10 steps");
        assertEquals(2.5f, TestScenes.y(state, ball), 0f, "y");
        assertEquals(0f, TestScenes.omega(state, ball), 0f, "omega");
        assertEquals(TestScenes.x(state, ball), state.thrusters.globalPositionX[row], 0f, "thruster x");
        assertEquals(TestScenes.y(state, ball), state.thrusters.globalPositionY[row], 0f, "thruster y");
    }

    @Test
    void shouldSpinRotatedBoxWithOffsetThruster() {
        BatchState state = TestScenes.defaultWorld();
        TestScenes.setGravity(state, 0f, 0f);
        float halfPi = (float) (Math.PI / 2);
        int box = TestScenes.scene(state)
                .addRectangle(2.5f, 2.5f, 1f, 0.5f, BodyOptions.defaults().withRotation(halfPi)).shape();
        TestScenes.scene(state).addThruster(box, 0.5f, 0f, halfPi, 2f);

        TestScenes.step(state, thrusterAction(state, 0.5f), 1);

        // f = 2·10·0.5·dt = 1/6 along d = (−1, 0): Δv = m⁻¹·d·f = (−1/3, 0);
        // Δω = I⁻¹·(r × d)·f with r = (0, 0.5): 19.2·0.5/6 = 1.6.
        assertEquals(-1f / 3f, TestScenes.vx(state, box), SINGLE_STEP, "v_x");
        assertEquals(0f, TestScenes.vy(state, box), SINGLE_STEP, "v_y");
        assertEquals(1.6f, TestScenes.omega(state, box), SINGLE_STEP, "omega");
    }
}
