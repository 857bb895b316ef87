package org.kinetix4j.render.edit;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CollisionMatrix;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * A level re-laid into the capacities of another size, for saving at the size the user chose: active polygons,
 * circles, joints and thrusters are packed into the first slots in their order (global shape indices in joints
 * and thrusters renumbered), so a level built at L that fits M saves as a valid M level. Growing is Kinetix's
 * padding ({@link Level#expandTo}).
 */
public final class LevelResize {
    private LevelResize() {
    }

    /**
     * {@code level} at {@code size}; the level itself when it already has those capacities or size is CUSTOM.
     *
     * @throws IllegalArgumentException if the active entities do not fit (see {@link SaveCheck})
     */
    public static Level to(Level level, LevelSize size) {
        StaticConfig from = level.state().config;
        if (size == LevelSize.CUSTOM || BatchState.sameCapacities(from, size.config())) {
            return level;
        }
        StaticConfig target = size.config();
        if (from.numPolygons() <= target.numPolygons() && from.numCircles() <= target.numCircles()
                && from.numJoints() <= target.numJoints() && from.numThrusters() <= target.numThrusters()) {
            return level.expandTo(target);
        }
        return pack(level, target);
    }

    private static Level pack(Level level, StaticConfig target) {
        BatchState in = level.state();
        EnvTables inTables = level.tables();
        StaticConfig from = in.config;
        BatchState out = new BatchState(target, 1);
        EnvTables outTables = new EnvTables(target, 1);
        int[] newShape = new int[from.numShapes()];
        java.util.Arrays.fill(newShape, -1);
        int nextPolygon = 0;
        for (int p = 0; p < from.numPolygons(); p++) {
            if (p < from.numStaticFixatedPolys() || in.shapes.active[in.shapes.row(0, p)]) {
                newShape[p] = requireSlot(nextPolygon++, target.numPolygons(), "polygons", level);
            }
        }
        int nextCircle = 0;
        for (int c = 0; c < from.numCircles(); c++) {
            if (in.shapes.active[in.shapes.row(0, from.circleShape(c))]) {
                newShape[from.circleShape(c)] =
                        target.circleShape(requireSlot(nextCircle++, target.numCircles(), "circles", level));
            }
        }
        for (int shape = 0; shape < from.numShapes(); shape++) {
            if (newShape[shape] >= 0) {
                in.shapes.copyRow(in.shapes.row(0, shape), out.shapes, out.shapes.row(0, newShape[shape]));
                inTables.copyShapeRow(inTables.shapeRow(0, shape), outTables, outTables.shapeRow(0, newShape[shape]));
            }
        }
        int nextJoint = 0;
        for (int j = 0; j < from.numJoints(); j++) {
            int row = in.joints.row(0, j);
            if (in.joints.active[row]) {
                int slot = requireSlot(nextJoint++, target.numJoints(), "joints", level);
                int d = out.joints.row(0, slot);
                in.joints.copyRow(row, out.joints, d);
                out.joints.aShape[d] = newShape[in.joints.aShape[row]];
                out.joints.bShape[d] = newShape[in.joints.bShape[row]];
                inTables.copyJointRow(inTables.jointRow(0, j), outTables, outTables.jointRow(0, slot));
            }
        }
        int nextThruster = 0;
        for (int t = 0; t < from.numThrusters(); t++) {
            int row = in.thrusters.row(0, t);
            if (in.thrusters.active[row]) {
                int slot = requireSlot(nextThruster++, target.numThrusters(), "thrusters", level);
                int d = out.thrusters.row(0, slot);
                in.thrusters.copyRow(row, out.thrusters, d);
                out.thrusters.shape[d] = newShape[in.thrusters.shape[row]];
                inTables.copyThrusterRow(inTables.thrusterRow(0, t), outTables, outTables.thrusterRow(0, slot));
            }
        }
        out.gravityX[0] = in.gravityX[0];
        out.gravityY[0] = in.gravityY[0];
        out.setParams(0, in.params(0));
        CollisionMatrix.recompute(out, 0);
        KinetixStaticParams p = level.staticParams();
        KinetixStaticParams params = new KinetixStaticParams(target, p.frameSkip(), p.numMotorBindings(),
                p.numThrusterBindings(), p.screenWidth(), p.screenHeight(), p.downscale(), p.maxShapeSize());
        return new Level(level.name(), params, level.envParams(), out, outTables);
    }

    private static int requireSlot(int slot, int capacity, String what, Level level) {
        if (slot >= capacity) {
            throw new IllegalArgumentException("level " + level.name() + " has more " + what + " than the target "
                    + "size holds (" + capacity + ")");
        }
        return slot;
    }
}
