package org.kinetix4j.render.edit;

import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * Scales a shape about its centre by {@code factor} (radius, or every vertex), keeping its size within the
 * editor's [0.05, 1] m and moving its joint and thruster anchors with it; mass follows the density.
 *
 * @param shape  global shape index
 * @param factor scale factor, &gt; 0
 */
public record ResizeShape(int shape, float factor) implements SlotCommand {
    /** Smallest and largest shape size (circle radius, polygon's largest |coordinate|), m. */
    static final float MIN_SIZE = 0.05f;
    /** Largest size: Kinetix keeps shapes within maxShapeSize / 2 of their centre. */
    static final float MAX_SIZE = 1f;

    @Override
    public String describe() {
        return "resize shape";
    }

    @Override
    public void applyTo(LevelEdit edit) {
        scale(edit, shape, factor);
    }

    /** Scales {@code shape} by {@code factor}, clamped so that its size stays in [0.05, 1] m. */
    static void scale(LevelEdit edit, int shape, float factor) {
        edit.requireMovableShape(shape);
        if (!(factor > 0f) || Float.isInfinite(factor)) {
            throw new IllegalArgumentException("factor=" + factor + " must be > 0");
        }
        float size = ShapeProperty.size(edit.state, shape);
        float f = Math.clamp(size * factor, MIN_SIZE, MAX_SIZE) / size;
        ShapeTable shapes = edit.shapes();
        int row = edit.shapeRow(shape);
        if (edit.isPolygon(shape)) {
            for (int k = 0; k < StaticConfig.VERTICES; k++) {
                scalePoint(shapes.vertexX, shapes.vertexY, shapes.vertex(0, shape, k), f);
            }
        } else {
            shapes.radius[row] *= f;
        }
        JointTable joints = edit.state.joints;
        for (int j = 0; j < edit.config.numJoints(); j++) {
            int r = edit.jointRow(j);
            if (joints.active[r] && joints.aShape[r] == shape) {
                scalePoint(joints.aRelativePosX, joints.aRelativePosY, r, f);
            }
            if (joints.active[r] && joints.bShape[r] == shape) {
                scalePoint(joints.bRelativePosX, joints.bRelativePosY, r, f);
            }
        }
        ThrusterTable thrusters = edit.state.thrusters;
        for (int t = 0; t < edit.config.numThrusters(); t++) {
            int r = edit.thrusterRow(t);
            if (thrusters.active[r] && thrusters.shape[r] == shape) {
                scalePoint(thrusters.relativePositionX, thrusters.relativePositionY, r, f);
            }
        }
        edit.setMass(shape, edit.fixated(shape));
    }

    /**
     * Scales point {@code i} of a coordinate pair of columns about the shape's centre: vertices and anchors are all
     * stored relative to it.
     */
    private static void scalePoint(float[] x, float[] y, int i, float f) {
        x[i] *= f;
        y[i] *= f;
    }
}
