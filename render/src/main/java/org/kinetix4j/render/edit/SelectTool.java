package org.kinetix4j.render.edit;

import static org.lwjgl.glfw.GLFW.GLFW_MOD_CONTROL;
import static org.lwjgl.glfw.GLFW.GLFW_MOD_SHIFT;

import java.util.List;
import org.kinetix4j.physics2d.ShapeTable;

/**
 * Select, move, rotate and resize: a click selects (joint, thruster, polygon, circle, in Kinetix's order); dragging
 * a selected shape moves it (snapped to the grid), Shift-drag rotates it about its centre, Ctrl-drag resizes it.
 * The drag is previewed and committed as one edit on release.
 */
final class SelectTool implements ToolHandler {
    /** Drags shorter than this do nothing, m (a plain click only selects). */
    static final float DRAG_THRESHOLD = 0.01f;

    private enum Drag { NONE, MOVE, ROTATE, RESIZE }

    private final Snapping snapping;
    private Drag drag = Drag.NONE;
    private int shape;
    private float startX;
    private float startY;
    private EditCommand pending;

    SelectTool(Snapping snapping) {
        this.snapping = snapping;
    }

    @Override
    public void press(EditorModel model, float x, float y, int mods) {
        Selection picked = Picking.pick(model.level(), x, y);
        model.select(picked);
        pending = null;
        if (picked.kind() != Selection.Kind.SHAPE) {
            drag = Drag.NONE;
            return;
        }
        shape = picked.index();
        startX = x;
        startY = y;
        drag = (mods & GLFW_MOD_SHIFT) != 0 ? Drag.ROTATE : (mods & GLFW_MOD_CONTROL) != 0 ? Drag.RESIZE : Drag.MOVE;
    }

    @Override
    public void move(EditorModel model, float x, float y) {
        if (drag == Drag.NONE || Math.hypot(x - startX, y - startY) < DRAG_THRESHOLD) {
            return;
        }
        ShapeTable shapes = model.level().state().shapes;
        int row = shapes.row(0, shape);
        float cx = shapes.positionX[row];
        float cy = shapes.positionY[row];
        pending = switch (drag) {
            case MOVE -> {
                float[] target = snapping.snapToGrid(cx + x - startX, cy + y - startY);
                yield new MoveShape(shape, target[0] - cx, target[1] - cy);
            }
            case ROTATE -> new RotateShape(shape,
                    (float) (Math.atan2(y - cy, x - cx) - Math.atan2(startY - cy, startX - cx)));
            case RESIZE -> {
                double from = Math.max(1e-3, Math.hypot(startX - cx, startY - cy));
                yield new ResizeShape(shape, (float) (Math.hypot(x - cx, y - cy) / from));
            }
            case NONE -> null;
        };
        model.preview(pending);
    }

    @Override
    public void release(EditorModel model, float x, float y) {
        move(model, x, y);
        if (pending != null) {
            Selection keep = model.selection();
            model.apply(pending);
            model.select(keep);
        }
        pending = null;
        drag = Drag.NONE;
    }

    @Override
    public void cancel(EditorModel model) {
        pending = null;
        drag = Drag.NONE;
        model.clearPreview();
    }

    @Override
    public List<float[]> placed() {
        return List.of();
    }
}
