package org.kinetix4j.render.edit;

import java.util.List;

/**
 * Revolute and fixed joints: a click on a point covered by at least two shapes joins the first two (movable
 * polygons, then circles, then the floor and walls); the anchor snaps to a shape centre or vertex within 0.1 m.
 */
final class JointTool implements ToolHandler {
    private final boolean fixed;

    JointTool(boolean fixed) {
        this.fixed = fixed;
    }

    @Override
    public void press(EditorModel model, float x, float y, int mods) {
        float[] anchor = Snapping.nearestAnchor(model.level(), x, y);
        float[] p = anchor != null ? anchor : new float[] {x, y};
        int[] shapes = Picking.shapesAt(model.level(), p[0], p[1], true);
        if (shapes.length < 2) {
            model.setStatus("a joint needs two overlapping shapes under the mouse (found " + shapes.length + ")");
            return;
        }
        int slot = firstFreeJoint(model);
        if (model.apply(new AddJoint(shapes[0], shapes[1], p[0], p[1], fixed))) {
            model.select(Selection.joint(slot));
        }
    }

    /** The slot the next joint takes (the scene builder fills the first free one). */
    private static int firstFreeJoint(EditorModel model) {
        var joints = model.level().state().joints;
        for (int j = 0; j < model.level().state().config.numJoints(); j++) {
            if (!joints.active[joints.row(0, j)]) {
                return j;
            }
        }
        return -1;
    }

    @Override
    public void move(EditorModel model, float x, float y) {
    }

    @Override
    public void cancel(EditorModel model) {
    }

    @Override
    public List<float[]> placed() {
        return List.of();
    }
}
