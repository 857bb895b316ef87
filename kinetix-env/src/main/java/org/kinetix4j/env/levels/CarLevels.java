package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.ShapeRef;

/** Cars, one-wheelers and unicycles: drive a wheeled body into the goal. */
public final class CarLevels {
    private static final float WHEEL_RADIUS = 0.2f;
    private static final float CHASSIS_WIDTH = 1.0f;
    private static final float CHASSIS_HEIGHT = 0.2f;
    /** Wheel centres sit this far in from the chassis ends, so the chassis overhangs the wheels. */
    private static final float AXLE_INSET = 0.25f;
    /** Height of the top of {@link #addCar}'s chassis above the ground it stands on. */
    static final float DECK_HEIGHT = WHEEL_RADIUS + CHASSIS_HEIGHT;
    private static final JointOptions WHEEL_MOTOR = JointOptions.defaults().withMotor(1f, 1f);
    private static final JointOptions FAST_WHEEL_MOTOR = JointOptions.defaults().withMotor(3f, 1f);

    private CarLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("one_wheel_right", "Spin the only wheel to drag the tail bar right into the blue"
                        + " ball.", LevelSize.S, TaskFamily.CARS, CarLevels::oneWheelRight),
                new HandmadeLevel("unicycle_left", "Balance the green rider on one motorised wheel over lava and"
                        + " ride left until its head touches the blue ball.", LevelSize.S, TaskFamily.CARS,
                        CarLevels::unicycleLeft),
                new HandmadeLevel("car_right", "Drive the green car right into the blue wall; reversing into the red"
                        + " ball loses.", LevelSize.M, TaskFamily.CARS, CarLevels::carRight),
                new HandmadeLevel("car_over_bump", "Drive left over a fixed bump to reach the blue ball.",
                        LevelSize.M, TaskFamily.CARS, CarLevels::carOverBump),
                new HandmadeLevel("car_ramp_jump", "Race up the ramp, jump the red pit and drive on to the blue"
                        + " post.", LevelSize.L, TaskFamily.CARS, CarLevels::carRampJump),
                new HandmadeLevel("truck_stairs", "Climb three steps with a big-wheeled truck to touch the blue"
                        + " flag.", LevelSize.L, TaskFamily.CARS, CarLevels::truckStairs));
    }

    /** S: a green wheel pinned to a grey tail bar that drags on the floor; the goal is a ball on the right. */
    static Level oneWheelRight() {
        final float wheelRadius = 0.3f;
        final float wheelX = 1.0f;
        final float barLength = 0.9f;
        final float barThickness = 0.12f;
        LevelBuilder b = new LevelBuilder(LevelSize.S);
        float axleY = FLOOR_TOP + wheelRadius;
        ShapeRef bar = b.box(wheelX - barLength / 2f + 0.05f, axleY, barLength, barThickness, Role.NONE);
        ShapeRef wheel = b.circle(wheelX, axleY, wheelRadius, Role.GREEN);
        b.motorAt(bar, wheel, wheelX, axleY, WHEEL_MOTOR, 0);
        b.fixedCircle(4.5f, FLOOR_TOP + 0.25f, 0.25f, Role.BLUE);
        return b.build("one_wheel_right");
    }

    /** S: a green rider balanced on a motorised wheel over a red floor; the goal ball hangs on the far left. */
    static Level unicycleLeft() {
        final float wheelRadius = 0.25f;
        final float wheelX = 3.8f;
        final float riderWidth = 0.2f;
        final float riderHeight = 0.9f;
        LevelBuilder b = new LevelBuilder(LevelSize.S).floor(Role.RED);
        float axleY = FLOOR_TOP + wheelRadius;
        ShapeRef rider = b.box(wheelX, axleY + riderHeight / 2f, riderWidth, riderHeight, Role.GREEN);
        ShapeRef wheel = b.circle(wheelX, axleY, wheelRadius, Role.NONE);
        b.motorAt(rider, wheel, wheelX, axleY, JointOptions.defaults().withMotor(1f, 0.3f), 0);
        b.fixedCircle(0.6f, axleY + riderHeight + 0.1f, 0.25f, Role.BLUE);
        return b.build("unicycle_left");
    }

    /** M: a two-wheeled green car between a red ball (behind) and a blue wall (ahead). */
    static Level carRight() {
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        addCar(b, 1.2f, FLOOR_TOP, Role.GREEN);
        b.fixedBox(4.75f, FLOOR_TOP + 0.4f, 0.3f, 0.8f, Role.BLUE);
        b.fixedCircle(0.25f, FLOOR_TOP + 0.25f, 0.25f, Role.RED);
        return b.build("car_right");
    }

    /** M: the car starts on the right and must cross a triangular bump to reach the blue ball on the left. */
    static Level carOverBump() {
        final float bumpX = 2.4f;
        final float bumpHalfWidth = 0.6f;
        final float bumpHeight = 0.25f;
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        addCar(b, 3.9f, FLOOR_TOP, Role.GREEN);
        b.fixedPolygon(new float[] {bumpX - bumpHalfWidth, bumpX, bumpX + bumpHalfWidth},
                new float[] {FLOOR_TOP, FLOOR_TOP + bumpHeight, FLOOR_TOP}, Role.NONE);
        b.fixedCircle(0.4f, FLOOR_TOP + 0.3f, 0.3f, Role.BLUE);
        return b.build("car_over_bump");
    }

    /** L: ramp, red pit and a raised landing platform with a blue post at its far end. */
    static Level carRampJump() {
        final float rampStart = 1.5f;
        final float rampEnd = 2.4f;
        final float rampHeight = 0.45f;
        final float platformX = 3.95f;
        final float platformWidth = 1.9f;
        final float platformHeight = 0.35f;
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        addCar(b, 0.7f, FLOOR_TOP, Role.GREEN, FAST_WHEEL_MOTOR);
        b.fixedPolygon(new float[] {rampStart, rampEnd, rampEnd}, new float[] {FLOOR_TOP, FLOOR_TOP + rampHeight,
            FLOOR_TOP}, Role.NONE);
        b.fixedBox((rampEnd + platformX - platformWidth / 2f) / 2f, FLOOR_TOP + 0.05f,
                platformX - platformWidth / 2f - rampEnd, 0.1f, Role.RED);
        b.fixedBox(platformX, FLOOR_TOP + platformHeight / 2f, platformWidth, platformHeight, Role.NONE);
        b.fixedBox(4.85f, FLOOR_TOP + platformHeight + 0.4f, 0.2f, 0.8f, Role.BLUE);
        return b.build("car_ramp_jump");
    }

    /** L: a truck with large wheels and three fixed steps; the blue flag stands on the top step. */
    static Level truckStairs() {
        final float stepWidth = 0.8f;
        final float stepRise = 0.18f;
        final float firstStepX = 2.2f;
        final float bigWheel = 0.3f;
        final float truckLength = 1.8f;
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        float axleY = FLOOR_TOP + bigWheel;
        ShapeRef body = b.box(1.0f, axleY + 0.1f, truckLength, 0.2f, Role.GREEN);
        ShapeRef rear = b.circle(0.5f, axleY, bigWheel, Role.NONE);
        ShapeRef front = b.circle(1.5f, axleY, bigWheel, Role.NONE);
        b.motorAt(body, rear, 0.5f, axleY, WHEEL_MOTOR, 0);
        b.motorAt(body, front, 1.5f, axleY, WHEEL_MOTOR, 0);
        for (int step = 0; step < 3; step++) {
            float height = stepRise * (step + 1);
            float left = firstStepX + stepWidth * step;
            float width = step < 2 ? stepWidth : LevelBuilder.WORLD_SIZE - left;
            b.fixedBox(left + width / 2f, FLOOR_TOP + height / 2f, width, height, Role.NONE);
        }
        b.fixedBox(4.8f, FLOOR_TOP + 3 * stepRise + 0.4f, 0.15f, 0.8f, Role.BLUE);
        return b.build("truck_stairs");
    }

    /** A chassis of {@code role} on two motorised wheels (both on motor channel 0), centred at {@code x}. */
    static ShapeRef addCar(LevelBuilder b, float x, float groundY, Role role) {
        return addCar(b, x, groundY, role, WHEEL_MOTOR);
    }

    /** {@link #addCar(LevelBuilder, float, float, Role)} with the given wheel motors. */
    static ShapeRef addCar(LevelBuilder b, float x, float groundY, Role role, JointOptions motor) {
        float axleY = groundY + WHEEL_RADIUS;
        float chassisY = axleY + CHASSIS_HEIGHT / 2f;
        ShapeRef chassis = b.box(x, chassisY, CHASSIS_WIDTH, CHASSIS_HEIGHT, role);
        float rearX = x - CHASSIS_WIDTH / 2f + AXLE_INSET;
        float frontX = x + CHASSIS_WIDTH / 2f - AXLE_INSET;
        ShapeRef rear = b.circle(rearX, axleY, WHEEL_RADIUS, Role.NONE);
        ShapeRef front = b.circle(frontX, axleY, WHEEL_RADIUS, Role.NONE);
        b.motorAt(chassis, rear, rearX, axleY, motor, 0);
        b.motorAt(chassis, front, frontX, axleY, motor, 0);
        return chassis;
    }
}
