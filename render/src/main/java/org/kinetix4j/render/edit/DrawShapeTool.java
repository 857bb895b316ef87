package org.kinetix4j.render.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Circle, rectangle, triangle and free polygon: each click places a point (snapped); the mouse previews the next
 * one; the shape is committed when it has all its points (2, 2, 3, up to 4) and discarded if the edit is refused
 * (the model says why: non-convex, too small, no free slot).
 */
final class DrawShapeTool implements ToolHandler {
    /** Kinetix clamps circle radii and rectangle half-sizes to at least 0.05 m. */
    static final float MIN_HALF_SIZE = 0.05f;
    /** Circle radius at most maxShapeSize / 2. */
    static final float MAX_RADIUS = 1f;
    /** Rectangle half-size at most 1/√2 m, so its corners stay within 1 m of its centre (Kinetix's patch). */
    static final float MAX_HALF_SIDE = (float) (1.0 / Math.sqrt(2.0));
    /** A click this close to the first vertex closes a free polygon, m. */
    static final float CLOSE_RADIUS = 0.1f;

    private final Tool tool;
    private final Snapping snapping;
    private final List<float[]> points = new ArrayList<>();

    DrawShapeTool(Tool tool, Snapping snapping) {
        this.tool = tool;
        this.snapping = snapping;
    }

    @Override
    public void press(EditorModel model, float x, float y, int mods) {
        float[] p = snapping.snap(model.level(), x, y);
        if (tool == Tool.POLYGON && points.size() >= 3
                && Math.hypot(p[0] - points.get(0)[0], p[1] - points.get(0)[1]) <= CLOSE_RADIUS) {
            finish(model);
            return;
        }
        points.add(p);
        if (points.size() == pointsNeeded()) {
            commit(model, points);
        }
    }

    private int pointsNeeded() {
        return switch (tool) {
            case CIRCLE, RECTANGLE -> 2;
            case TRIANGLE -> 3;
            default -> 4;
        };
    }

    @Override
    public void move(EditorModel model, float x, float y) {
        if (points.isEmpty()) {
            model.clearPreview();
            return;
        }
        List<float[]> withMouse = new ArrayList<>(points);
        withMouse.add(snapping.snap(model.level(), x, y));
        EditCommand command = withMouse.size() >= 2 && !(tool == Tool.TRIANGLE && withMouse.size() < 3)
                && !(tool == Tool.POLYGON && withMouse.size() < 3) ? command(withMouse) : null;
        if (command != null) {
            model.preview(command);
        } else {
            model.clearPreview();
        }
    }

    @Override
    public void finish(EditorModel model) {
        if (tool == Tool.POLYGON && points.size() == 3) {
            commit(model, points);
        }
    }

    private void commit(EditorModel model, List<float[]> gesture) {
        EditCommand command = command(gesture);
        points.clear();
        model.apply(command);
    }

    /** The command for a complete gesture. */
    private EditCommand command(List<float[]> gesture) {
        float[] a = gesture.get(0);
        float[] b = gesture.get(1);
        return switch (tool) {
            case CIRCLE -> new AddCircle(a[0], a[1],
                    Math.clamp((float) Math.hypot(b[0] - a[0], b[1] - a[1]), MIN_HALF_SIZE, MAX_RADIUS));
            case RECTANGLE -> rectangle(a, b);
            default -> {
                float[] xs = new float[gesture.size()];
                float[] ys = new float[gesture.size()];
                for (int k = 0; k < gesture.size(); k++) {
                    xs[k] = gesture.get(k)[0];
                    ys[k] = gesture.get(k)[1];
                }
                yield new AddPolygon(xs, ys, tool.label());
            }
        };
    }

    /** Kinetix's rectangle: half-sizes |Δ/2| clamped to [0.05, 1/√2] m, from the first corner towards the second. */
    private static AddPolygon rectangle(float[] a, float[] b) {
        float halfW = Math.clamp(Math.abs(b[0] - a[0]) / 2f, MIN_HALF_SIZE, MAX_HALF_SIDE);
        float halfH = Math.clamp(Math.abs(b[1] - a[1]) / 2f, MIN_HALF_SIZE, MAX_HALF_SIDE);
        float x1 = a[0] + Math.copySign(2f * halfW, b[0] - a[0]);
        float y1 = a[1] + Math.copySign(2f * halfH, b[1] - a[1]);
        return AddPolygon.rectangle(a[0], a[1], x1, y1);
    }

    @Override
    public void cancel(EditorModel model) {
        points.clear();
        model.clearPreview();
    }

    @Override
    public List<float[]> placed() {
        return List.copyOf(points);
    }
}
