package org.kinetix4j.render.edit;

import java.util.List;

/**
 * Thrusters: a click on a shape places the anchor (snapped to a centre or vertex within 0.1 m); moving the mouse
 * aims it, thrust pointing away from the mouse and snapping to quarter turns within 0.3 rad (as Kinetix); a
 * second click commits it with power = the shape's mass (1 if fixated).
 */
final class ThrusterTool implements ToolHandler {
    /** Aim snaps to a multiple of 90° within this angle, radians. */
    static final double QUARTER_SNAP = 0.3;

    private int shape = -1;
    private float anchorX;
    private float anchorY;
    private float direction;

    @Override
    public void press(EditorModel model, float x, float y, int mods) {
        if (shape < 0) {
            int[] shapes = Picking.shapesAt(model.level(), x, y, false);
            if (shapes.length == 0) {
                model.setStatus("click on a shape to place a thruster");
                return;
            }
            float[] anchor = Snapping.nearestAnchor(model.level(), x, y);
            shape = shapes[0];
            anchorX = anchor != null ? anchor[0] : x;
            anchorY = anchor != null ? anchor[1] : y;
            direction = 0f;
            model.preview(command(model));
            return;
        }
        aim(x, y);
        EditCommand command = command(model);
        shape = -1;
        model.apply(command);
    }

    private AddThruster command(EditorModel model) {
        float power = AddThruster.defaultPower(new LevelEdit(model.level()), shape);
        return new AddThruster(shape, anchorX, anchorY, direction, power);
    }

    private void aim(float x, float y) {
        if (Math.hypot(x - anchorX, y - anchorY) < 1e-3) {
            return;
        }
        double angle = Math.atan2(anchorY - y, anchorX - x);
        double quarter = Math.PI / 2;
        double nearest = Math.rint(angle / quarter) * quarter;
        direction = (float) (Math.abs(angle - nearest) <= QUARTER_SNAP ? nearest : angle);
    }

    @Override
    public void move(EditorModel model, float x, float y) {
        if (shape >= 0) {
            aim(x, y);
            model.preview(command(model));
        }
    }

    @Override
    public void cancel(EditorModel model) {
        shape = -1;
        model.clearPreview();
    }

    @Override
    public List<float[]> placed() {
        return shape >= 0 ? List.of(new float[] {anchorX, anchorY}) : List.of();
    }
}
