package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.ShapeRef;

/** Grasping: close a claw or tongs around the green ball and carry it up to the goal. */
public final class GraspLevels {
    private static final float FINGER_WIDTH = 0.08f;
    private static final float BALL_RADIUS = 0.22f;

    private GraspLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("tongs", "Two jaws on one fixed hinge (channels 0 and 1): pinch the green ball"
                        + " and swing it up into the blue ball.", LevelSize.M, TaskFamily.GRASPING,
                        GraspLevels::tongs),
                new HandmadeLevel("claw_lift", "A crane boom with a two-finger claw: close the claw (channel 1),"
                        + " then swing the boom (channel 0) to lift the ball to blue.", LevelSize.L,
                        TaskFamily.GRASPING, GraspLevels::clawLift));
    }

    /** M: two jaws hanging in a V from one fixed hinge, ball below between their tips, goal up on the right. */
    static Level tongs() {
        final float hingeX = 2.5f;
        final float hingeY = 2.0f;
        final float jawLength = 1.4f;
        final float openAngle = 0.3f;
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        ShapeRef hinge = b.fixedCircle(hingeX, hingeY, 0.1f, Role.NONE);
        JointOptions jawMotor = JointOptions.defaults().withMotor(0.5f, 1f);
        for (int side = -1; side <= 1; side += 2) {
            float angle = side * openAngle;
            float cx = hingeX + side * (float) Math.sin(openAngle) * jawLength / 2f;
            float cy = hingeY - (float) Math.cos(openAngle) * jawLength / 2f;
            ShapeRef jaw = b.box(cx, cy, FINGER_WIDTH, jawLength, Role.NONE,
                    BodyOptions.defaults().withRotation(angle));
            b.motorAt(hinge, jaw, hingeX, hingeY, jawMotor, side < 0 ? 0 : 1);
        }
        b.circle(hingeX, FLOOR_TOP + BALL_RADIUS, BALL_RADIUS, Role.GREEN);
        b.fixedCircle(4.1f, 2.7f, 0.25f, Role.BLUE);
        return b.build("tongs");
    }

    /** L: a boom hanging from a fixed pivot, two motorised fingers at its foot, ball on the floor under it. */
    static Level clawLift() {
        final float pivotX = 2.0f;
        final float pivotY = 3.3f;
        final float boomLength = 1.9f;
        final float fingerLength = 0.6f;
        final float fingerSpread = 0.6f;
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        ShapeRef pivot = b.fixedCircle(pivotX, pivotY, 0.1f, Role.NONE);
        ShapeRef boom = b.box(pivotX, pivotY - boomLength / 2f, 0.12f, boomLength, Role.NONE);
        b.motorAt(pivot, boom, pivotX, pivotY, JointOptions.defaults().withMotor(0.3f, 1f), 0);
        float wristY = pivotY - boomLength;
        for (int side = -1; side <= 1; side += 2) {
            float angle = side * fingerSpread;
            float cx = pivotX + side * (float) Math.sin(fingerSpread) * fingerLength / 2f;
            float cy = wristY - (float) Math.cos(fingerSpread) * fingerLength / 2f;
            ShapeRef finger = b.box(cx, cy, FINGER_WIDTH, fingerLength, Role.NONE,
                    BodyOptions.defaults().withRotation(angle));
            // Same channel for both fingers; the right finger's motor turns the other way so +1 closes both.
            JointOptions close = JointOptions.defaults().withMotor(side < 0 ? 0.5f : -0.5f, 1f)
                    .withLimits(side < 0 ? -fingerSpread : -0.1f, side < 0 ? 0.1f : fingerSpread);
            b.motorAt(boom, finger, pivotX, wristY, close, 1);
        }
        b.circle(pivotX, FLOOR_TOP + BALL_RADIUS, BALL_RADIUS, Role.GREEN);
        b.fixedCircle(4.2f, 2.2f, 0.3f, Role.BLUE);
        b.fixedBox(0.6f, FLOOR_TOP + 0.3f, 0.8f, 0.6f, Role.RED);
        return b.build("claw_lift");
    }
}
