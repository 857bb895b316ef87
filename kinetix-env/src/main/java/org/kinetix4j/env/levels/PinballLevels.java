package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.ShapeRef;

/** Pinball: time the flippers to bat the green ball up to the target before it drops onto the lava. */
public final class PinballLevels {
    private static final float FLIPPER_LENGTH = 1.0f;
    private static final float FLIPPER_THICKNESS = 0.12f;
    /** Resting angle of a flipper below the horizontal, rad. */
    private static final float FLIPPER_DROOP = 0.45f;
    /** How far above the horizontal a flipper can swing, rad. */
    private static final float FLIPPER_RAISE = 0.5f;
    private static final float BALL_RADIUS = 0.13f;

    private PinballLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("flipper_launch", "The ball rolls down the chute onto a flipper: flip at the"
                        + " right moment to launch it into the blue ball.", LevelSize.M, TaskFamily.PINBALL,
                        PinballLevels::flipperLaunch),
                new HandmadeLevel("pinball", "Two flippers (channels 0 and 1) over lava: keep the ball alive and"
                        + " hit the blue target at the top.", LevelSize.L, TaskFamily.PINBALL,
                        PinballLevels::pinball));
    }

    /** M: a fixed chute on the left feeding a right-pointing flipper; goal up on the right; red floor. */
    static Level flipperLaunch() {
        LevelBuilder b = new LevelBuilder(LevelSize.M).floor(Role.RED);
        b.fixedPolygon(new float[] {0f, 1.5f, 1.5f, 0f}, new float[] {2.6f, 1.75f, 1.6f, 2.45f}, Role.NONE);
        addFlipper(b, 1.6f, 1.45f, +1, 0);
        b.circle(0.3f, 2.75f, BALL_RADIUS, Role.GREEN);
        b.fixedCircle(3.6f, 3.9f, 0.3f, Role.BLUE);
        return b.build("flipper_launch");
    }

    /** L: slanted side walls funnel the ball onto two flippers; a bumper and the target above; red floor. */
    static Level pinball() {
        final float flipperY = 1.2f;
        final float gap = 0.35f;
        LevelBuilder b = new LevelBuilder(LevelSize.L).floor(Role.RED);
        b.fixedPolygon(new float[] {0f, 1.3f, 1.3f, 0f}, new float[] {2.4f, 1.45f, 1.3f, 2.25f}, Role.NONE);
        b.fixedPolygon(new float[] {3.7f, 5f, 5f, 3.7f}, new float[] {1.45f, 2.4f, 2.25f, 1.3f}, Role.NONE);
        float halfSpan = gap / 2f + FLIPPER_LENGTH;
        addFlipper(b, 2.5f - halfSpan, flipperY, +1, 0);
        addFlipper(b, 2.5f + halfSpan, flipperY, -1, 1);
        b.fixedCircle(1.6f, 3.4f, 0.3f, Role.NONE);
        b.fixedBox(2.5f, 4.75f, 1.0f, 0.2f, Role.BLUE);
        b.circle(3.3f, 4.3f, BALL_RADIUS, Role.GREEN, BodyOptions.defaults().withRestitution(0.3f));
        return b.build("pinball");
    }

    /**
     * A flipper hinged on a fixed pin at (x, y) pointing right ({@code direction} +1) or left (−1), resting
     * drooped at its limit; motor command +1 raises a right-pointing flipper, −1 raises a left-pointing one.
     */
    private static ShapeRef addFlipper(LevelBuilder b, float x, float y, int direction, int binding) {
        ShapeRef pin = b.fixedCircle(x, y, 0.06f, Role.NONE);
        float droop = -direction * FLIPPER_DROOP;
        float cx = x + direction * (float) Math.cos(FLIPPER_DROOP) * FLIPPER_LENGTH / 2f;
        float cy = y - (float) Math.sin(FLIPPER_DROOP) * FLIPPER_LENGTH / 2f;
        ShapeRef flipper = b.box(cx, cy, FLIPPER_LENGTH, FLIPPER_THICKNESS, Role.NONE,
                BodyOptions.defaults().withRotation(droop));
        JointOptions limits = direction > 0
                ? JointOptions.defaults().withMotor(2f, 1f).withLimits(-FLIPPER_DROOP, FLIPPER_RAISE)
                : JointOptions.defaults().withMotor(2f, 1f).withLimits(-FLIPPER_RAISE, FLIPPER_DROOP);
        b.motorAt(pin, flipper, x, y, limits, binding);
        return flipper;
    }
}
