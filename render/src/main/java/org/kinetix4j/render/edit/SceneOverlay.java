package org.kinetix4j.render.edit;

import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.render.ui.Canvas2D;
import org.kinetix4j.render.ui.MotorArrows;
import org.kinetix4j.render.ui.ScreenLayout;

/**
 * What the editor draws over the scene: the snapping grid, the motor-direction arrows, the selection's outline,
 * the points of the gesture in progress and, at the top of the scene, the mode and tool (Kinetix shows an icon
 * there). GL-free.
 */
public final class SceneOverlay {
    private static final int GRID = 0x22000000;
    private static final int GRID_MAJOR = 0x44000000;
    private static final int SELECTION = 0xFFFF8000;
    private static final int MARKER = 0xFFE00000;
    private static final int LABEL_BACKGROUND = 0xB0FFFFFF;
    private static final int LABEL = 0xFF000000;
    /** Grid lines closer than this on screen are not drawn, pixels. */
    private static final float MIN_GRID_PIXELS = 8f;

    private final Editor editor;
    private final ScreenLayout layout;

    /** The overlay of {@code editor} in {@code layout}. */
    public SceneOverlay(Editor editor, ScreenLayout layout) {
        this.editor = editor;
        this.layout = layout;
    }

    /** Draws the overlay. */
    public void draw(Canvas2D canvas) {
        if (editor.playing()) {
            if (editor.motorArrows()) {
                MotorArrows.draw(canvas, layout, editor.play().env().state(), editor.play().env().tables(), 0);
            }
            label(canvas, "PLAY");
            return;
        }
        if (editor.snapping().grid()) {
            grid(canvas, editor.snapping().gridStep());
        }
        Level level = editor.model().displayed();
        Selection selection = editor.model().selection();
        if (Picking.isActive(level, selection) && selection.isSome()) {
            outline(canvas, level, selection);
        }
        if (editor.motorArrows()) {
            MotorArrows.draw(canvas, layout, level.state(), level.tables(), 0);
        }
        for (float[] p : editor.handler().placed()) {
            cross(canvas, p[0], p[1], MARKER);
        }
        label(canvas, "EDIT: " + editor.tool().label() + "   size " + editor.model().size());
    }

    private void grid(Canvas2D canvas, float step) {
        float pixels = step * layout.pixelsPerMetre() * layout.scale();
        if (pixels < MIN_GRID_PIXELS) {
            return;
        }
        float worldSize = layout.sceneSize() / layout.pixelsPerMetre();
        int lines = (int) Math.floor(worldSize / step);
        for (int i = 0; i <= lines; i++) {
            float w = i * step;
            int colour = Math.abs(w - Math.round(w)) < 1e-4f ? GRID_MAJOR : GRID;
            canvas.line(layout.windowX(w), 0, layout.windowX(w), layout.windowHeight(), 1f, colour);
            canvas.line(layout.panelWidth(), layout.windowY(w), layout.windowWidth(), layout.windowY(w), 1f, colour);
        }
    }

    private void outline(Canvas2D canvas, Level level, Selection selection) {
        BatchState state = level.state();
        int i = selection.index();
        switch (selection.kind()) {
            case SHAPE -> shapeOutline(canvas, state, i);
            case JOINT -> ring(canvas, state.joints.globalPositionX[i], state.joints.globalPositionY[i],
                    Picking.JOINT_RADIUS);
            case THRUSTER -> ring(canvas, state.thrusters.globalPositionX[i], state.thrusters.globalPositionY[i],
                    Picking.THRUSTER_RADIUS);
            case NONE -> {
            }
        }
    }

    private void shapeOutline(Canvas2D canvas, BatchState state, int shape) {
        ShapeTable shapes = state.shapes;
        int row = shapes.row(0, shape);
        if (shape >= state.config.numPolygons()) {
            ring(canvas, shapes.positionX[row], shapes.positionY[row], shapes.radius[row]);
            return;
        }
        float c = Maths.cos(shapes.rotation[row]);
        float s = Maths.sin(shapes.rotation[row]);
        int n = shapes.nVertices[row];
        for (int k = 0; k < n; k++) {
            int v = shapes.vertex(0, shape, k);
            int w = shapes.vertex(0, shape, (k + 1) % n);
            float x0 = shapes.positionX[row] + c * shapes.vertexX[v] - s * shapes.vertexY[v];
            float y0 = shapes.positionY[row] + s * shapes.vertexX[v] + c * shapes.vertexY[v];
            float x1 = shapes.positionX[row] + c * shapes.vertexX[w] - s * shapes.vertexY[w];
            float y1 = shapes.positionY[row] + s * shapes.vertexX[w] + c * shapes.vertexY[w];
            canvas.line(layout.windowX(x0), layout.windowY(y0), layout.windowX(x1), layout.windowY(y1), 3f,
                    SELECTION);
        }
    }

    private void ring(Canvas2D canvas, float x, float y, float radius) {
        int segments = 32;
        for (int k = 0; k < segments; k++) {
            double a0 = 2 * Math.PI * k / segments;
            double a1 = 2 * Math.PI * (k + 1) / segments;
            canvas.line(layout.windowX(x + radius * (float) Math.cos(a0)),
                    layout.windowY(y + radius * (float) Math.sin(a0)),
                    layout.windowX(x + radius * (float) Math.cos(a1)),
                    layout.windowY(y + radius * (float) Math.sin(a1)), 3f, SELECTION);
        }
    }

    private void cross(Canvas2D canvas, float x, float y, int colour) {
        float cx = layout.windowX(x);
        float cy = layout.windowY(y);
        canvas.line(cx - 5, cy - 5, cx + 5, cy + 5, 2f, colour);
        canvas.line(cx - 5, cy + 5, cx + 5, cy - 5, 2f, colour);
    }

    private void label(Canvas2D canvas, String text) {
        float width = canvas.textWidth(text) + 12;
        float x = layout.panelWidth() + (layout.windowWidth() - layout.panelWidth() - width) / 2f;
        canvas.rect(x, 4, width, canvas.lineHeight() + 4, LABEL_BACKGROUND);
        canvas.text(x + 6, 7, text, LABEL);
    }
}
