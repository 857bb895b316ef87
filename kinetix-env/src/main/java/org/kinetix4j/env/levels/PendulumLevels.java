package org.kinetix4j.env.levels;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.ShapeRef;

/**
 * Pendulum swing-up: a weak motor cannot lift the pendulum directly, so the agent has to pump energy by swinging
 * back and forth until it reaches the goal above.
 */
public final class PendulumLevels {
    private static final float PIVOT_RADIUS = 0.1f;
    private static final float ROD_WIDTH = 0.1f;

    private PendulumLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("pendulum_swing_up", "A weak motor at the pivot: pump the green rod up until"
                        + " its tip touches the blue ball.", LevelSize.S, TaskFamily.PENDULUM,
                        PendulumLevels::pendulumSwingUp),
                new HandmadeLevel("pendulum_pick_side", "Swing the green bob up to the blue ball on the left; the"
                        + " red block on the right loses.", LevelSize.M, TaskFamily.PENDULUM,
                        PendulumLevels::pendulumPickSide),
                new HandmadeLevel("acrobot", "Two links, a free shoulder and a motorised elbow: swing the green"
                        + " hand up to the blue ball.", LevelSize.L, TaskFamily.PENDULUM, PendulumLevels::acrobot));
    }

    /** S: a rod hanging from a fixed pivot, driven by a weak motor; the goal sits above the pivot. */
    static Level pendulumSwingUp() {
        final float pivotX = 2.5f;
        final float pivotY = 2.6f;
        final float rodLength = 1.3f;
        final JointOptions weakMotor = JointOptions.defaults().withMotor(1f, 0.05f);
        LevelBuilder b = new LevelBuilder(LevelSize.S);
        ShapeRef pivot = b.fixedCircle(pivotX, pivotY, PIVOT_RADIUS, Role.NONE);
        ShapeRef rod = b.box(pivotX, pivotY - rodLength / 2f + ROD_WIDTH / 2f, ROD_WIDTH, rodLength, Role.GREEN);
        b.motorAt(pivot, rod, pivotX, pivotY, weakMotor, 0);
        b.fixedCircle(pivotX, pivotY + rodLength + 0.05f, 0.25f, Role.BLUE);
        return b.build("pendulum_swing_up");
    }

    /** M: a rod with a welded green bob; blue goal up-left, red block up-right. */
    static Level pendulumPickSide() {
        final float pivotX = 2.5f;
        final float pivotY = 2.7f;
        final float rodLength = 1.2f;
        final float bobRadius = 0.15f;
        final JointOptions weakMotor = JointOptions.defaults().withMotor(1f, 0.1f);
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        ShapeRef pivot = b.fixedCircle(pivotX, pivotY, PIVOT_RADIUS, Role.NONE);
        ShapeRef rod = b.box(pivotX, pivotY - rodLength / 2f, ROD_WIDTH, rodLength, Role.NONE);
        ShapeRef bob = b.circle(pivotX, pivotY - rodLength, bobRadius, Role.GREEN);
        b.motorAt(pivot, rod, pivotX, pivotY, weakMotor, 0);
        b.weldAt(rod, bob, pivotX, pivotY - rodLength);
        float reach = rodLength + bobRadius;
        float diagonal = (float) (reach / Math.sqrt(2));
        b.fixedCircle(pivotX - diagonal - 0.1f, pivotY + diagonal + 0.1f, 0.2f, Role.BLUE);
        b.fixedBox(pivotX + diagonal + 0.1f, pivotY + diagonal + 0.1f, 0.4f, 0.4f, (float) (Math.PI / 4), Role.RED);
        return b.build("pendulum_pick_side");
    }

    /** L: an acrobot, a passive shoulder on a fixed pivot and a motorised elbow; the goal is above the pivot. */
    static Level acrobot() {
        final float pivotX = 2.5f;
        final float pivotY = 2.8f;
        final float upperLength = 1.0f;
        final float lowerLength = 1.0f;
        final JointOptions elbowMotor = JointOptions.defaults().withMotor(1f, 0.05f);
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        ShapeRef pivot = b.fixedCircle(pivotX, pivotY, PIVOT_RADIUS, Role.NONE);
        ShapeRef upper = b.box(pivotX, pivotY - upperLength / 2f, ROD_WIDTH, upperLength, Role.NONE);
        float elbowY = pivotY - upperLength;
        ShapeRef lower = b.box(pivotX, elbowY - lowerLength / 2f, ROD_WIDTH, lowerLength, Role.NONE);
        ShapeRef hand = b.circle(pivotX, elbowY - lowerLength, 0.12f, Role.GREEN);
        b.pinAt(pivot, upper, pivotX, pivotY);
        b.motorAt(upper, lower, pivotX, elbowY, elbowMotor, 0);
        b.weldAt(lower, hand, pivotX, elbowY - lowerLength);
        b.fixedCircle(pivotX, 4.65f, 0.25f, Role.BLUE);
        return b.build("acrobot");
    }
}
