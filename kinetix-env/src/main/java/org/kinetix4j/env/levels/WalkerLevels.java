package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.ShapeRef;

/** Walkers and hoppers: coordinate motorised legs to move a green body to the goal. */
public final class WalkerLevels {
    private static final float LEG_WIDTH = 0.08f;
    private static final float GOAL_WALL_HEIGHT = 1.4f;

    private WalkerLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("hopper", "One leg with a foot: kick it back and forth to hop the green body"
                        + " right to the blue ball.", LevelSize.M, TaskFamily.WALKERS, WalkerLevels::hopper),
                new HandmadeLevel("crawler", "A green plank on two motorised legs (channels 0 and 1): crawl"
                        + " right to the blue wall.", LevelSize.L, TaskFamily.WALKERS, WalkerLevels::crawler),
                new HandmadeLevel("walker", "A biped with hips and knees over lava: walk right to the blue wall"
                        + " without falling.", LevelSize.L, TaskFamily.WALKERS, WalkerLevels::walker));
    }

    /** M: a green body with one leg hinged under its rear, a foot welded to the leg, goal wall on the right. */
    static Level hopper() {
        final float bodyX = 1.0f;
        final float legLength = 0.5f;
        final float footRadius = 0.08f;
        final float bodyHeight = 0.25f;
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        float hipY = FLOOR_TOP + 2 * footRadius + legLength - 0.05f;
        ShapeRef body = b.box(bodyX, hipY + bodyHeight / 2f, 0.6f, bodyHeight, Role.GREEN);
        ShapeRef leg = b.box(bodyX, hipY - legLength / 2f, LEG_WIDTH, legLength, Role.NONE);
        b.motorAt(body, leg, bodyX, hipY, JointOptions.defaults().withMotor(1f, 1f).withLimits(-0.8f, 0.8f), 0);
        ShapeRef foot = b.circle(bodyX, hipY - legLength, footRadius, Role.NONE);
        b.weldAt(leg, foot, bodyX, hipY - legLength);
        b.fixedCircle(4.6f, FLOOR_TOP + 0.4f, 0.4f, Role.BLUE);
        b.fixedCircle(0.3f, FLOOR_TOP + 0.3f, 0.3f, Role.RED);
        return b.build("hopper");
    }

    /** L: a plank with a leg hinged under each end; goal wall on the right. */
    static Level crawler() {
        final float bodyX = 1.2f;
        final float bodyLength = 1.2f;
        final float legLength = 0.45f;
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        float hipY = FLOOR_TOP + legLength - 0.02f;
        ShapeRef body = b.box(bodyX, hipY + 0.1f, bodyLength, 0.2f, Role.GREEN);
        JointOptions hip = JointOptions.defaults().withMotor(1f, 1f).withLimits(-0.7f, 0.7f);
        for (int leg = 0; leg < 2; leg++) {
            float legX = bodyX + (leg == 0 ? -1 : 1) * (bodyLength / 2f - 0.1f);
            ShapeRef limb = b.box(legX, hipY - legLength / 2f, LEG_WIDTH, legLength, Role.NONE);
            b.motorAt(body, limb, legX, hipY, hip, leg);
        }
        b.fixedBox(4.8f, FLOOR_TOP + GOAL_WALL_HEIGHT / 2f, 0.2f, GOAL_WALL_HEIGHT, Role.BLUE);
        return b.build("crawler");
    }

    /** L: torso, two thighs and two shins (hips on channels 0/1, knees on 2/3) over a lava floor. */
    static Level walker() {
        final float torsoX = 1.0f;
        final float thighLength = 0.45f;
        final float shinLength = 0.45f;
        final float footRadius = 0.07f;
        LevelBuilder b = new LevelBuilder(LevelSize.L).floor(Role.RED);
        float kneeY = FLOOR_TOP + 2 * footRadius + shinLength;
        float hipY = kneeY + thighLength;
        ShapeRef torso = b.box(torsoX, hipY + 0.3f, 0.3f, 0.6f, Role.GREEN);
        for (int side = 0; side < 2; side++) {
            float x = torsoX + (side == 0 ? -0.06f : 0.06f);
            ShapeRef thigh = b.box(x, hipY - thighLength / 2f, LEG_WIDTH, thighLength, Role.NONE);
            ShapeRef shin = b.box(x, kneeY - shinLength / 2f, LEG_WIDTH, shinLength, Role.NONE);
            b.motorAt(torso, thigh, x, hipY, JointOptions.defaults().withMotor(1f, 1f).withLimits(-1f, 1f), side);
            b.motorAt(thigh, shin, x, kneeY, JointOptions.defaults().withMotor(1f, 1f).withLimits(-1.2f, 0f),
                    2 + side);
            ShapeRef foot = b.circle(x, kneeY - shinLength, footRadius, Role.NONE);
            b.weldAt(shin, foot, x, kneeY - shinLength);
        }
        b.fixedBox(4.8f, FLOOR_TOP + GOAL_WALL_HEIGHT / 2f, 0.2f, GOAL_WALL_HEIGHT, Role.BLUE);
        return b.build("walker");
    }
}
