package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spec §7 B15–B16 (motor recurrence, exact, tol 1e−5) and B17 (the Jax2D car, ref, tol 5 % on displacements). */
class MotorTest {
    private static final float MOTOR_TOLERANCE = 1e-5f;
    /** B17: 5 % on displacements. */
    private static final double CAR_RELATIVE = 0.05;
    /** B17: heights have no displacement to scale; the spec gives 4 digits ("≈ 0.3438", "0.34"). */
    private static final float CAR_HEIGHT_TOLERANCE = 5e-3f;

    /** A wheel pinned at its centre to the centre of a fixated box (no contact resolved: they are jointed). */
    private static BatchState pinnedWheel(float motorSpeed, float motorPower, float omega0) {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        int body = scene.addRectangle(2.5f, 3f, 0.5f, 0.5f, BodyOptions.defaults().withFixated(true)).shape();
        int wheel = scene.addCircle(2.5f, 3f, 0.35f, BodyOptions.defaults().withAngularVelocity(omega0)).shape();
        scene.addRevoluteJoint(body, wheel, 0f, 0f, 0f, 0f,
                JointOptions.defaults().withMotor(motorSpeed, motorPower));
        return state;
    }

    private static float[] motorAction(BatchState state, float action) {
        float[] actions = TestScenes.zeroActions(state);
        actions[0] = action;
        return actions;
    }

    @Test
    void shouldFollowMotorRecurrenceTowardsTargetSpeed() {
        BatchState state = pinnedWheel(1f, 1f, 0f);
        int wheel = state.config.circleShape(0);
        float[] expected = {8.055744f, 5.014844f, 6.487816f, 5.756672f, 6.121592f, 5.939213f, 6.030393f, 5.984804f};

        double omega = 0;
        for (int step = 0; step < expected.length; step++) {
            TestScenes.step(state, motorAction(state, 1f), 1);
            omega = omega - 15 * Math.tanh(0.1 * (omega - 6));
            assertEquals(expected[step], TestScenes.omega(state, wheel), MOTOR_TOLERANCE,
                    "omega after step " + (step + 1));
            assertEquals(omega, TestScenes.omega(state, wheel), MOTOR_TOLERANCE, "recurrence at step " + (step + 1));
            assertEquals(2.5f, TestScenes.x(state, wheel), MOTOR_TOLERANCE, "wheel x");
            assertEquals(3f, TestScenes.y(state, wheel), MOTOR_TOLERANCE, "wheel y");
        }
    }

    @Test
    void shouldOscillateWithHighMotorPower() {
        BatchState state = pinnedWheel(0.5f, 2f, 0f);
        int wheel = state.config.circleShape(0);
        float[] expected = {-8.73938f, 6.80799f, -15.79436f, 9.89568f, -15.87472f, 9.87917f};

        double omega = 0;
        for (int step = 0; step < expected.length; step++) {
            TestScenes.step(state, motorAction(state, -1f), 1);
            omega = omega - 30 * Math.tanh(0.1 * (omega + 3));
            assertEquals(expected[step], TestScenes.omega(state, wheel), MOTOR_TOLERANCE,
                    "omega after step " + (step + 1));
            assertEquals(omega, TestScenes.omega(state, wheel), MOTOR_TOLERANCE, "recurrence at step " + (step + 1));
        }
    }

    @Test
    void shouldNotBrakeWithZeroAction() {
        BatchState state = pinnedWheel(1f, 1f, 3f);
        int wheel = state.config.circleShape(0);

        for (int step = 1; step <= 10; step++) {
            TestScenes.step(state, motorAction(state, 0f), 1);
            assertEquals(3f, TestScenes.omega(state, wheel), 0f, "omega after step " + step);
        }
    }

    /** {@code examples/car.py} without the ramp: floor offset 0, body slot 4, wheels circles 0 and 1. */
    private static BatchState car() {
        BatchState state = TestScenes.emptyState(StaticConfig.jax2dDefault());
        Scene scene = TestScenes.scene(state).createEmpty(true, true, Scene.DEFAULT_SCENE_SIZE, 0.0);
        int body = scene.addRectangle(2f, 1f, 1f, 0.4f, BodyOptions.defaults()).shape();
        int rear = scene.addCircle(1.5f, 1f, 0.35f, BodyOptions.defaults()).shape();
        int front = scene.addCircle(2.5f, 1f, 0.35f, BodyOptions.defaults()).shape();
        JointOptions motor = JointOptions.defaults().withMotor(1f, 1f);
        scene.addRevoluteJoint(body, rear, -0.5f, 0f, 0f, 0f, motor);
        scene.addRevoluteJoint(body, front, 0.5f, 0f, 0f, 0f, motor);
        assertEquals(4, body);
        return state;
    }

    private static void assertDisplacement(double expected, float x, String what) {
        assertEquals(expected, x - 2.0, Math.abs(expected) * CAR_RELATIVE, what);
    }

    @Test
    void shouldDriveCarRightWithNegativeAction() {
        BatchState state = car();
        float[] actions = TestScenes.uniformActions(state, -1f, -1f);
        int body = 4;
        int rear = state.config.circleShape(0);
        int front = state.config.circleShape(1);

        TestScenes.step(state, actions, 30);
        assertDisplacement(0.133, TestScenes.x(state, body), "x at step 30");
        TestScenes.step(state, actions, 30);
        assertDisplacement(1.090, TestScenes.x(state, body), "x at step 60");
        assertEquals(2.06, TestScenes.vx(state, body), 2.06 * CAR_RELATIVE, "v_x at step 60");
        assertEquals(-6.05, TestScenes.omega(state, rear), 6.05 * CAR_RELATIVE, "rear wheel omega at step 60");
        assertEquals(-5.92, TestScenes.omega(state, front), 5.92 * CAR_RELATIVE, "front wheel omega at step 60");
        assertEquals(0.3438f, TestScenes.y(state, body), CAR_HEIGHT_TOLERANCE, "body y at step 60");
        TestScenes.step(state, actions, 30);
        assertDisplacement(2.121, TestScenes.x(state, body), "x at step 90");
        TestScenes.step(state, actions, 30);
        assertDisplacement(2.16, TestScenes.x(state, body), "x at step 120 (stopped by the right wall)");
    }

    @Test
    void shouldDriveCarLeftWithPositiveAction() {
        BatchState state = car();
        float[] actions = TestScenes.uniformActions(state, 1f, 1f);

        TestScenes.step(state, actions, 30);
        assertDisplacement(-0.133, TestScenes.x(state, 4), "x at step 30");
        TestScenes.step(state, actions, 30);
        assertDisplacement(-1.090, TestScenes.x(state, 4), "x at step 60");
    }

    @Test
    void shouldSettleCarWithoutDriftWithZeroAction() {
        BatchState state = car();

        TestScenes.step(state, 120);

        assertEquals(2.0f, TestScenes.x(state, 4), CAR_HEIGHT_TOLERANCE, "body x");
        assertEquals(0.34f, TestScenes.y(state, 4), CAR_HEIGHT_TOLERANCE, "body y");
        float x120 = TestScenes.x(state, 4);
        TestScenes.step(state, 120);
        assertEquals(x120, TestScenes.x(state, 4), 1e-4f, "no drift between steps 120 and 240");
    }
}
