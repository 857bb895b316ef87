package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.ShapeRef;

/** Ball throwing: a motorised arm flings the green ball at a goal that it cannot reach by rolling. */
public final class ThrowingLevels {
    private static final float BALL_RADIUS = 0.15f;
    private static final float ARM_THICKNESS = 0.1f;
    /** Catapult motor speed multiplier: 9 rad/s. */
    private static final float THROW_SPEED = 1.5f;
    /** The lob over the wall: motor speed multiplier 2.5, 15 rad/s. */
    private static final float LOB_SPEED = 2.5f;
    /** Where the catapult arm stops, rad from horizontal (negative: clockwise). */
    private static final float CATAPULT_STOP = -1.0f;

    private ThrowingLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("flick_up", "A paddle hinged to the floor: flick the green ball up into the"
                        + " blue ball.", LevelSize.S, TaskFamily.THROWING, ThrowingLevels::flickUp),
                new HandmadeLevel("catapult", "Swing the catapult arm to throw the green ball into the blue"
                        + " target; dropping it on the lava loses.", LevelSize.M, TaskFamily.THROWING,
                        ThrowingLevels::catapult),
                new HandmadeLevel("throw_over_wall", "Lob the ball over the red wall into the blue-bottomed"
                        + " basket.", LevelSize.L, TaskFamily.THROWING, ThrowingLevels::throwOverWall));
    }

    /** S: a paddle pinned to the floor at its right end, ball resting on its left end, goal up in the air. */
    static Level flickUp() {
        final float paddleLength = 1.4f;
        final float hingeX = 2.6f;
        final JointOptions flipper = JointOptions.defaults().withMotor(1f, 1f).withLimits(-1.1f, 0f);
        LevelBuilder b = new LevelBuilder(LevelSize.S);
        float paddleY = FLOOR_TOP + ARM_THICKNESS / 2f;
        ShapeRef paddle = b.box(hingeX - paddleLength / 2f, paddleY, paddleLength, ARM_THICKNESS, Role.NONE);
        b.motorAt(b.floorShape(), paddle, hingeX, paddleY, flipper, 0);
        b.circle(hingeX - paddleLength + 0.2f, FLOOR_TOP + ARM_THICKNESS + BALL_RADIUS, BALL_RADIUS, Role.GREEN);
        b.fixedCircle(2.75f, 3.05f, 0.3f, Role.BLUE);
        return b.build("flick_up");
    }

    /** M: an arm on a fixed pivot resting tilted at its limit, a lip holding the ball; red floor. */
    static Level catapult() {
        LevelBuilder b = new LevelBuilder(LevelSize.M).floor(Role.RED);
        addCatapult(b, 1.2f, 1.0f, 0.8f, THROW_SPEED, CATAPULT_STOP);
        b.fixedCircle(3.7f, 2.0f, 0.25f, Role.BLUE);
        return b.build("catapult");
    }

    /** L: the catapult behind a red wall, a basket with a blue bottom beyond it. */
    static Level throwOverWall() {
        final float wallHeight = 1.3f;
        final float basketX = 4.45f;
        final float basketWidth = 1.0f;
        final float basketWallHeight = 0.5f;
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        addCatapult(b, 0.9f, 1.0f, 0.7f, LOB_SPEED, CATAPULT_STOP);
        b.fixedBox(2.5f, FLOOR_TOP + wallHeight / 2f, 0.2f, wallHeight, Role.RED);
        b.fixedBox(basketX, FLOOR_TOP + 0.05f, basketWidth, 0.1f, Role.BLUE);
        b.fixedBox(basketX - basketWidth / 2f, FLOOR_TOP + basketWallHeight / 2f, 0.08f, basketWallHeight, Role.NONE);
        b.fixedBox(basketX + basketWidth / 2f, FLOOR_TOP + basketWallHeight / 2f, 0.08f, basketWallHeight, Role.NONE);
        return b.build("throw_over_wall");
    }

    /**
     * A catapult: a fixed pivot at (x, y), an arm of half-length {@code halfLength} resting at its upper limit
     * (left end down), a lip welded at the left end and the green ball in front of it. Motor channel 0: −1 swings
     * the left end up and throws, at {@code speed} × 6 rad/s, until the arm stops at {@code throwAngle}.
     */
    private static ShapeRef addCatapult(LevelBuilder b, float x, float y, float halfLength, float speed,
            float throwAngle) {
        final float restAngle = 0.4f;
        final float lipHeight = 0.2f;
        JointOptions hinge = JointOptions.defaults().withMotor(speed, 1f).withLimits(throwAngle, restAngle);
        ShapeRef pivot = b.fixedCircle(x, y, 0.08f, Role.NONE);
        float cos = (float) Math.cos(restAngle);
        float sin = (float) Math.sin(restAngle);
        ShapeRef arm = b.box(x, y, 2 * halfLength, ARM_THICKNESS, Role.NONE,
                BodyOptions.defaults().withRotation(restAngle));
        b.motorAt(pivot, arm, x, y, hinge, 0);
        // Lip: local (−halfLength, lipHeight/2) on the arm, rotated with it.
        float lipLocalX = -halfLength + 0.05f;
        float lipLocalY = ARM_THICKNESS / 2f + lipHeight / 2f;
        float lipX = x + cos * lipLocalX - sin * lipLocalY;
        float lipY = y + sin * lipLocalX + cos * lipLocalY;
        ShapeRef lip = b.box(lipX, lipY, 0.1f, lipHeight, Role.NONE,
                BodyOptions.defaults().withRotation(restAngle));
        b.weldAt(arm, lip, lipX, lipY);
        float ballLocalX = lipLocalX + 0.05f + BALL_RADIUS + 0.01f;
        float ballLocalY = ARM_THICKNESS / 2f + BALL_RADIUS + 0.01f;
        b.circle(x + cos * ballLocalX - sin * ballLocalY, y + sin * ballLocalX + cos * ballLocalY, BALL_RADIUS,
                Role.GREEN);
        return arm;
    }
}
