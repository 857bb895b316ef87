package org.kinetix4j.render.ui;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;

/**
 * Motor direction, drawn over the scene: around every motorised revolute joint, a curved arrow in its binding
 * colour showing which way body b turns relative to body a when the joint's channel is +1 (counter-clockwise
 * when the motor speed is positive). Kinetix's own picture has no such mark, so it is an overlay, not part of the
 * Kinetix-exact scene image; the viewer and editor toggle it with M.
 */
public final class MotorArrows {
    /** Arc radius around the joint, m. */
    static final float RADIUS = 0.13f;
    private static final int SEGMENTS = 12;
    private static final double SWEEP = Math.toRadians(270);
    private static final int OUTLINE = 0xFF000000;

    private MotorArrows() {
    }

    /** Draws the arrows of environment {@code env} in window geometry {@code layout}. */
    public static void draw(Canvas2D canvas, ScreenLayout layout, BatchState state, EnvTables tables, int env) {
        JointTable joints = state.joints;
        for (int j = 0; j < state.config.numJoints(); j++) {
            int row = joints.row(env, j);
            if (!joints.active[row] || !joints.motorOn[row] || joints.isFixedJoint[row]
                    || joints.motorSpeed[row] == 0f) {
                continue;
            }
            float[] rgb = PixelRenderer.bindingColourOf(tables.motorBinding[tables.jointRow(env, j)] + 1);
            int colour = 0xFF000000 | Math.round(rgb[0]) << 16 | Math.round(rgb[1]) << 8 | Math.round(rgb[2]);
            boolean counterClockwise = joints.motorSpeed[row] > 0f;
            arrow(canvas, layout, joints.globalPositionX[row], joints.globalPositionY[row], counterClockwise, 5f,
                    OUTLINE);
            arrow(canvas, layout, joints.globalPositionX[row], joints.globalPositionY[row], counterClockwise, 2.5f,
                    colour);
        }
    }

    private static void arrow(Canvas2D canvas, ScreenLayout layout, float x, float y, boolean counterClockwise,
            float width, int argb) {
        double sign = counterClockwise ? 1 : -1;
        double start = Math.PI / 4;
        float px = 0f;
        float py = 0f;
        for (int k = 0; k <= SEGMENTS; k++) {
            double a = start + sign * SWEEP * k / SEGMENTS;
            float wx = layout.windowX(x + RADIUS * (float) Math.cos(a));
            float wy = layout.windowY(y + RADIUS * (float) Math.sin(a));
            if (k > 0) {
                canvas.line(px, py, wx, wy, width, argb);
            }
            px = wx;
            py = wy;
        }
        // Arrowhead at the end, pointing along the direction of travel.
        double end = start + sign * SWEEP;
        double tangent = end + sign * Math.PI / 2;
        float head = RADIUS * 0.6f;
        for (double side : new double[] {-2.5, 2.5}) {
            double back = tangent + Math.PI + side * 0.2;
            canvas.line(px, py, layout.windowX(x + RADIUS * (float) Math.cos(end) + head * (float) Math.cos(back)),
                    layout.windowY(y + RADIUS * (float) Math.sin(end) + head * (float) Math.sin(back)), width, argb);
        }
    }
}
