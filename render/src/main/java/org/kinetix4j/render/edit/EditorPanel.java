package org.kinetix4j.render.edit;

import java.util.ArrayList;
import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.render.play.PlayKeys;
import org.kinetix4j.render.ui.Canvas2D;
import org.kinetix4j.render.ui.ScreenLayout;

/**
 * The editor's side panel as an immediate-mode list of {@link Widget}s, rebuilt from the editor's state for every
 * frame and every click: mode, tools, save size, new/random/undo/redo/save, snapping, the selection's properties
 * with − and + buttons (toggles flip on a click of their value), and the status line. GL-free: the view draws
 * the widgets on a {@link Canvas2D}, the input layer clicks them.
 */
public final class EditorPanel {
    /** Height of one row, pixels. */
    public static final float ROW = 20f;
    private static final float PAD = 6f;
    private static final int BACKGROUND = 0xFFCCE5F5;
    private static final int BUTTON = 0xFFF4F8FB;
    private static final int BUTTON_ACTIVE = 0xFF7FB2E0;
    private static final int TEXT = 0xFF000000;
    private static final int STATUS_CHARS = 44;

    private final Editor editor;
    private final ScreenLayout layout;

    /** The panel of {@code editor} in {@code layout}. */
    public EditorPanel(Editor editor, ScreenLayout layout) {
        this.editor = editor;
        this.layout = layout;
    }

    /** The widgets for the current state, top to bottom. */
    public List<Widget> widgets() {
        Rows rows = new Rows(layout.panelWidth());
        if (editor.playing()) {
            rows.label("PLAY MODE   (Space: back to editing)");
            for (String line : editor.play().statusLines()) {
                rows.label(line);
            }
            for (String line : PlayKeys.HELP) {
                rows.label(line);
            }
            return rows.widgets;
        }
        EditorModel model = editor.model();
        rows.label("EDIT MODE   (Space: play)");
        Tool[] tools = Tool.values();
        for (int i = 0; i < tools.length; i += 2) {
            rows.buttons(toolButton(tools[i], i), toolButton(tools[i + 1], i + 1));
        }
        rows.buttons(new Cell("size:", false, null), sizeButton(LevelSize.S), sizeButton(LevelSize.M),
                sizeButton(LevelSize.L));
        rows.buttons(new Cell("new", false, () -> model.newLevel(Templates.EMPTY)),
                new Cell("ball+goal", false, () -> model.newLevel(Templates.BALL_AND_GOAL)),
                new Cell("random", false, editor::randomLevel));
        rows.buttons(new Cell("undo (" + model.undoDepth() + ")", false, model::undo),
                new Cell("redo (" + model.redoDepth() + ")", false, model::redo), new Cell("save", false, model::save));
        Snapping snapping = editor.snapping();
        rows.buttons(new Cell("grid " + onOff(snapping.grid()), snapping.grid(),
                () -> snapping.setGrid(!snapping.grid())),
                new Cell("anchors " + onOff(snapping.anchors()), snapping.anchors(),
                        () -> snapping.setAnchors(!snapping.anchors())));
        selectionRows(rows, model);
        for (String line : wrap(model.status(), STATUS_CHARS)) {
            rows.label(line);
        }
        return rows.widgets;
    }

    private Cell toolButton(Tool tool, int key) {
        return new Cell(key + " " + tool.label(), editor.tool() == tool, () -> editor.setTool(tool));
    }

    private Cell sizeButton(LevelSize size) {
        EditorModel model = editor.model();
        return new Cell(size.name(), model.size() == size, () -> model.setSize(size));
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private void selectionRows(Rows rows, EditorModel model) {
        Selection selection = model.selection();
        Level level = model.level();
        if (!selection.isSome()) {
            rows.label("level (select a shape, joint or thruster)");
            propertyRows(rows, model, level, selection);
            return;
        }
        String what = switch (selection.kind()) {
            case SHAPE -> (selection.index() < level.state().config.numPolygons() ? "polygon " : "circle ")
                    + selection.index();
            case JOINT -> "joint " + selection.index();
            case THRUSTER -> "thruster " + selection.index();
            case NONE -> "";
        };
        rows.buttons(new Cell(what, false, null), new Cell("delete", false, () -> model.apply(new Delete(selection))));
        propertyRows(rows, model, level, selection);
    }

    private static void propertyRows(Rows rows, EditorModel model, Level level, Selection selection) {
        for (Property property : properties(selection)) {
            float value = property.get(level.state(), level.tables(), selection.index());
            int index = selection.index();
            Runnable minus = () -> model.apply(new SetProperty(index, property, value - property.step()));
            Runnable plus = () -> model.apply(new SetProperty(index, property, value + property.step()));
            Runnable flip = property.toggle() ? () -> model.apply(new SetProperty(index, property, 1f - value)) : null;
            rows.property(property.label(), new Cell(property.format(value), value != 0f && property.toggle(), flip),
                    property.toggle() ? null : minus, property.toggle() ? null : plus);
        }
    }

    /** The properties the panel shows for {@code selection}. */
    static Property[] properties(Selection selection) {
        return switch (selection.kind()) {
            case SHAPE -> ShapeProperty.values();
            case JOINT -> JointProperty.values();
            case THRUSTER -> ThrusterProperty.values();
            case NONE -> LevelProperty.values();
        };
    }

    /** Runs the action of the widget at window point (x, y); returns whether there was one. */
    public boolean click(double x, double y) {
        for (Widget widget : widgets()) {
            if (widget.action() != null && widget.contains(x, y)) {
                widget.action().run();
                return true;
            }
        }
        return false;
    }

    /** Draws the panel. */
    public void draw(Canvas2D canvas) {
        canvas.rect(0, 0, layout.panelWidth(), layout.windowHeight(), BACKGROUND);
        for (Widget widget : widgets()) {
            if (widget.action() != null) {
                canvas.rect(widget.x(), widget.y() + 1, widget.width() - 2, widget.height() - 2,
                        widget.active() ? BUTTON_ACTIVE : BUTTON);
            }
            canvas.text(widget.x() + 4, widget.y() + 4, widget.text(), TEXT);
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** A widget's content before layout. */
    private record Cell(String text, boolean active, Runnable action) {
    }

    /** Lays widgets out in rows of equal cells. */
    private static final class Rows {
        private final float width;
        private final List<Widget> widgets = new ArrayList<>();
        private float y = PAD;

        Rows(float width) {
            this.width = width - 2 * PAD;
        }

        void label(String text) {
            widgets.add(new Widget(PAD, y, width, ROW, text, false, null));
            y += ROW;
        }

        void buttons(Cell... cells) {
            float cellWidth = width / cells.length;
            for (int i = 0; i < cells.length; i++) {
                Cell c = cells[i];
                widgets.add(new Widget(PAD + i * cellWidth, y, cellWidth, ROW, c.text(), c.active(), c.action()));
            }
            y += ROW;
        }

        void property(String label, Cell value, Runnable minus, Runnable plus) {
            float labelWidth = width * 0.45f;
            float valueWidth = width * 0.31f;
            float buttonWidth = (width - labelWidth - valueWidth) / 2f;
            widgets.add(new Widget(PAD, y, labelWidth, ROW, label, false, null));
            widgets.add(new Widget(PAD + labelWidth, y, valueWidth, ROW, value.text(), value.active(), value.action()));
            if (minus != null) {
                widgets.add(new Widget(PAD + labelWidth + valueWidth, y, buttonWidth, ROW, "-", false, minus));
                widgets.add(new Widget(PAD + labelWidth + valueWidth + buttonWidth, y, buttonWidth, ROW, "+", false,
                        plus));
            }
            y += ROW;
        }
    }
}
