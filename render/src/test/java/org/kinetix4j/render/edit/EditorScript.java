package org.kinetix4j.render.edit;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_0;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_ESCAPE;

import java.nio.file.Path;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.render.ui.ScreenLayout;

/**
 * Drives an editor through its input layer only (window-pixel mouse events and GLFW key codes), as a user would,
 * with helpers named after the gestures. Used by the editor tests and by the screenshot of the docs.
 */
final class EditorScript {
    final EditorModel model;
    final Editor editor;
    final ScreenLayout layout = ScreenLayout.defaults(1);
    final EditorInput input;

    EditorScript(Level start, Path file) {
        model = new EditorModel(start, file);
        editor = new Editor(model, null);
        input = new EditorInput(editor, layout);
    }

    /** An editor on the empty L template, saving to {@code file}. */
    static EditorScript emptyLarge(Path file) {
        return new EditorScript(Templates.EMPTY.create(LevelSize.L), file);
    }

    EditorScript key(int key) {
        return key(key, 0);
    }

    EditorScript key(int key, int mods) {
        input.key(key, true, mods);
        input.key(key, false, mods);
        return this;
    }

    /** Chooses a tool with its digit key (deselecting first, since digits set roles of a selected shape). */
    EditorScript tool(Tool tool) {
        key(GLFW_KEY_ESCAPE);
        return key(GLFW_KEY_0 + tool.ordinal());
    }

    EditorScript click(float x, float y) {
        input.clickWorld(x, y);
        return this;
    }

    /** Clicks the panel widget whose text starts with {@code text}. */
    EditorScript panel(String text) {
        for (Widget widget : input.panel().widgets()) {
            if (widget.action() != null && widget.text().startsWith(text)) {
                input.click(widget.x() + widget.width() / 2, widget.y() + widget.height() / 2, 0);
                return this;
            }
        }
        throw new AssertionError("no panel button '" + text + "' in " + input.panel().widgets().stream()
                .map(Widget::text).toList());
    }

    /** Clicks the "+" (or "-") of the property row labelled {@code label}. */
    EditorScript propertyButton(String label, String sign) {
        var widgets = input.panel().widgets();
        for (int i = 0; i < widgets.size(); i++) {
            if (widgets.get(i).text().equals(label)) {
                for (int j = i + 1; j < widgets.size() && widgets.get(j).y() == widgets.get(i).y(); j++) {
                    Widget w = widgets.get(j);
                    if (w.text().equals(sign) || (sign.equals("value") && j == i + 1)) {
                        input.click(w.x() + w.width() / 2, w.y() + w.height() / 2, 0);
                        return this;
                    }
                }
            }
        }
        throw new AssertionError("no property row '" + label + "' with '" + sign + "'");
    }

    /**
     * Builds a small car with the mouse: a 1 × 0.3 m chassis (green), two wheels of radius 0.2 m pinned to it by
     * motorised revolute joints, and a fixed blue goal box on the right.
     */
    EditorScript buildCar() {
        tool(Tool.RECTANGLE).click(1.0f, 0.9f).click(2.0f, 1.2f);
        tool(Tool.CIRCLE).click(1.2f, 1.0f).click(1.2f, 0.8f);
        tool(Tool.CIRCLE).click(1.8f, 1.0f).click(1.8f, 0.8f);
        tool(Tool.REVOLUTE_JOINT).click(1.2f, 1.0f).click(1.8f, 1.0f);
        tool(Tool.SELECT).click(1.5f, 1.12f).key(GLFW_KEY_0 + 1);
        tool(Tool.RECTANGLE).click(4.0f, 0.4f).click(4.6f, 0.8f);
        tool(Tool.SELECT).click(4.3f, 0.6f).key(org.lwjgl.glfw.GLFW.GLFW_KEY_F).key(GLFW_KEY_0 + 2);
        return key(GLFW_KEY_ESCAPE);
    }
}
