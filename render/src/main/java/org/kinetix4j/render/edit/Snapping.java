package org.kinetix4j.render.edit;

import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Where a click lands after snapping: to a shape anchor (a centre or a polygon vertex within
 * {@value #ANCHOR_RADIUS} m, Kinetix's joint snap distance) if one is near, else to the grid when it is on.
 */
public final class Snapping {
    /** Anchors attract within this distance, m. */
    public static final float ANCHOR_RADIUS = 0.1f;
    private boolean grid = true;
    private boolean anchors = true;
    private float gridStep = 0.1f;

    /** Whether grid snapping is on. */
    public boolean grid() {
        return grid;
    }

    /** Turns grid snapping on or off. */
    public void setGrid(boolean on) {
        grid = on;
    }

    /** Whether anchor snapping is on. */
    public boolean anchors() {
        return anchors;
    }

    /** Turns anchor snapping on or off. */
    public void setAnchors(boolean on) {
        anchors = on;
    }

    /** Grid spacing, m. */
    public float gridStep() {
        return gridStep;
    }

    /** Sets the grid spacing, m (&gt; 0). */
    public void setGridStep(float step) {
        if (!(step > 0f)) {
            throw new IllegalArgumentException("grid step=" + step + " must be > 0");
        }
        gridStep = step;
    }

    /** The snapped point for a click at world (x, y) in {@code level}. */
    public float[] snap(Level level, float x, float y) {
        if (anchors) {
            float[] anchor = nearestAnchor(level, x, y);
            if (anchor != null) {
                return anchor;
            }
        }
        return snapToGrid(x, y);
    }

    /** (x, y) rounded to the grid when grid snapping is on, else unchanged. */
    public float[] snapToGrid(float x, float y) {
        return grid ? new float[] {Math.round(x / gridStep) * gridStep, Math.round(y / gridStep) * gridStep}
                : new float[] {x, y};
    }

    /** The shape centre or polygon vertex nearest to (x, y) within {@link #ANCHOR_RADIUS}, or null. */
    public static float[] nearestAnchor(Level level, float x, float y) {
        BatchState state = level.state();
        ShapeTable shapes = state.shapes;
        StaticConfig config = state.config;
        float[] best = null;
        double bestDistance = ANCHOR_RADIUS;
        for (int shape = config.numStaticFixatedPolys(); shape < config.numShapes(); shape++) {
            int row = shapes.row(0, shape);
            if (!shapes.active[row]) {
                continue;
            }
            float px = shapes.positionX[row];
            float py = shapes.positionY[row];
            double d = Math.hypot(px - x, py - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = new float[] {px, py};
            }
            int n = shape < config.numPolygons() ? shapes.nVertices[row] : 0;
            float c = Maths.cos(shapes.rotation[row]);
            float s = Maths.sin(shapes.rotation[row]);
            for (int k = 0; k < n; k++) {
                int v = shapes.vertex(0, shape, k);
                float vx = px + c * shapes.vertexX[v] - s * shapes.vertexY[v];
                float vy = py + s * shapes.vertexX[v] + c * shapes.vertexY[v];
                double dv = Math.hypot(vx - x, vy - y);
                if (dv <= bestDistance) {
                    bestDistance = dv;
                    best = new float[] {vx, vy};
                }
            }
        }
        return best;
    }
}
