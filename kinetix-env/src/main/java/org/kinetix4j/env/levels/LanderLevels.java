package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.ShapeRef;

/** Lunar landers: a craft falls towards a lava floor and must be steered onto the blue landing pad. */
public final class LanderLevels {
    private static final float PAD_WIDTH = 1.0f;
    private static final float PAD_HEIGHT = 0.15f;

    private LanderLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("drift_to_pad", "Falling over lava: nudge the green box right with its only"
                        + " engine so it lands on the blue dome.", LevelSize.S, TaskFamily.LANDER,
                        LanderLevels::driftToPad),
                new HandmadeLevel("lunar_lander", "Main engine and side engine: hover across the lava to the blue"
                        + " pad.", LevelSize.M, TaskFamily.LANDER, LanderLevels::lunarLander),
                new HandmadeLevel("lander_legs", "A grey lander with green feet and two tilted engines: land both"
                        + " feet on the raised blue pad.", LevelSize.L, TaskFamily.LANDER, LanderLevels::landerLegs));
    }

    /** S: a green box high up on the left, one rightward engine, a blue dome on the right of a red floor. */
    static Level driftToPad() {
        LevelBuilder b = new LevelBuilder(LevelSize.S).floor(Role.RED);
        ShapeRef craft = b.box(0.8f, 4.3f, 0.35f, 0.35f, Role.GREEN);
        b.thruster(craft, -0.175f, 0f, ThrusterLevels.RIGHT, 0.25f, 0);
        b.fixedCircle(3.8f, FLOOR_TOP, 0.6f, Role.BLUE);
        b.fixedCircle(2.3f, 2.8f, 0.3f, Role.NONE);
        return b.build("drift_to_pad");
    }

    /** M: a green lander top-left, upward main engine and a rightward side engine, pad on the far right. */
    static Level lunarLander() {
        LevelBuilder b = new LevelBuilder(LevelSize.M).floor(Role.RED);
        ShapeRef lander = b.box(0.7f, 4.0f, 0.4f, 0.3f, Role.GREEN);
        b.thruster(lander, 0f, -0.15f, ThrusterLevels.UP, 0.2f, 0);
        b.thruster(lander, -0.2f, 0f, ThrusterLevels.RIGHT, 0.04f, 1);
        b.fixedBox(4.2f, FLOOR_TOP + PAD_HEIGHT / 2f, PAD_WIDTH, PAD_HEIGHT, Role.BLUE);
        b.fixedCircle(2.5f, FLOOR_TOP + 0.7f, 0.7f, Role.NONE);
        b.fixedCircle(2.5f, 4.4f, 0.3f, Role.RED);
        return b.build("lunar_lander");
    }

    /**
     * L: a grey body with two legs ending in green feet; left and right engines tilt inwards so firing one alone
     * also turns the craft. The pad stands on a pillar; the floor is lava.
     */
    static Level landerLegs() {
        final float bodyX = 1.0f;
        final float bodyY = 4.0f;
        final float bodyWidth = 0.6f;
        final float bodyHeight = 0.25f;
        final float legLength = 0.35f;
        final float tilt = 0.25f;
        final float footRadius = 0.07f;
        LevelBuilder b = new LevelBuilder(LevelSize.L).floor(Role.RED);
        ShapeRef body = b.box(bodyX, bodyY, bodyWidth, bodyHeight, Role.NONE);
        float legTop = bodyY - bodyHeight / 2f;
        for (int side = -1; side <= 1; side += 2) {
            float legX = bodyX + side * (bodyWidth / 2f - 0.05f);
            ShapeRef leg = b.box(legX, legTop - legLength / 2f, 0.06f, legLength, Role.NONE);
            b.weldAt(body, leg, legX, legTop);
            ShapeRef foot = b.circle(legX, legTop - legLength, footRadius, Role.GREEN);
            b.weldAt(leg, foot, legX, legTop - legLength);
        }
        b.thruster(body, -bodyWidth / 2f, -bodyHeight / 2f, ThrusterLevels.UP - tilt, 0.5f, 0);
        b.thruster(body, bodyWidth / 2f, -bodyHeight / 2f, ThrusterLevels.UP + tilt, 0.5f, 1);
        float pillarHeight = 1.2f;
        b.fixedBox(3.9f, FLOOR_TOP + pillarHeight / 2f, 0.3f, pillarHeight, Role.NONE);
        b.fixedBox(3.9f, FLOOR_TOP + pillarHeight + PAD_HEIGHT / 2f, 1.2f, PAD_HEIGHT, Role.BLUE);
        return b.build("lander_legs");
    }
}
