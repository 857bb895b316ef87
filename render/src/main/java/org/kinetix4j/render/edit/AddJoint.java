package org.kinetix4j.render.edit;

import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;

/**
 * Adds a joint between shapes {@code shapeA} and {@code shapeB} at a world point. A revolute joint starts as
 * Kinetix's joint tool makes it: motor on, speed 1, power 1, binding 0, no limits; both joints keep the bodies'
 * current relative rotation as their reference (rot_b − rot_a).
 *
 * @param shapeA first body (global shape index)
 * @param shapeB second body
 * @param x      anchor x, m
 * @param y      anchor y, m
 * @param fixed  a fixed (weld) joint instead of a revolute one
 */
public record AddJoint(int shapeA, int shapeB, float x, float y, boolean fixed) implements SlotCommand {
    @Override
    public String describe() {
        return fixed ? "add fixed joint" : "add revolute joint";
    }

    @Override
    public void applyTo(LevelEdit edit) {
        edit.requireShape(shapeA);
        edit.requireShape(shapeB);
        float[] a = toLocal(edit.shapes(), edit.shapeRow(shapeA), x, y);
        float[] b = toLocal(edit.shapes(), edit.shapeRow(shapeB), x, y);
        float reference = edit.shapes().rotation[edit.shapeRow(shapeB)] - edit.shapes().rotation[edit.shapeRow(shapeA)];
        if (fixed) {
            edit.scene.addFixedJoint(shapeA, shapeB, a[0], a[1], b[0], b[1], reference);
        } else {
            int slot = edit.scene.addRevoluteJoint(shapeA, shapeB, a[0], a[1], b[0], b[1],
                    JointOptions.defaults().withMotor(1f, 1f).withRotation(reference));
            edit.tables.motorBinding[edit.tables.jointRow(0, slot)] = 0;
        }
    }

    /** World point (x, y) in the body frame of the shape at {@code row}: un-translated, then un-rotated. */
    static float[] toLocal(ShapeTable shapes, int row, float x, float y) {
        float dx = x - shapes.positionX[row];
        float dy = y - shapes.positionY[row];
        float c = Maths.cos(shapes.rotation[row]);
        float s = Maths.sin(shapes.rotation[row]);
        return new float[] {c * dx + s * dy, -s * dx + c * dy};
    }
}
