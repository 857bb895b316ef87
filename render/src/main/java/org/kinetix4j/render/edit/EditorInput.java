package org.kinetix4j.render.edit;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_0;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_7;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_A;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_BACKSPACE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_C;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_D;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_DELETE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_E;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_ENTER;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_EQUAL;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_ESCAPE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_F;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_G;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_LEFT_BRACKET;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_M;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_MINUS;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_N;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_Q;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_R;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_RIGHT_BRACKET;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_S;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_SPACE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_W;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_Y;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_Z;
import static org.lwjgl.glfw.GLFW.GLFW_MOD_CONTROL;
import static org.lwjgl.glfw.GLFW.GLFW_MOD_SHIFT;
import static org.lwjgl.glfw.GLFW.GLFW_MOUSE_BUTTON_LEFT;
import static org.lwjgl.glfw.GLFW.GLFW_MOUSE_BUTTON_RIGHT;

import java.nio.file.Path;
import org.kinetix4j.env.Level;
import org.kinetix4j.render.play.PlayKeys;
import org.kinetix4j.render.ui.ScreenLayout;

/**
 * The input layer: turns window events (GLFW key codes, modifier bits and button numbers, window pixel
 * coordinates) into editor actions, with no window behind it, so tests script mouse and keys exactly as a user
 * would. The GL window forwards its callbacks here unchanged.
 *
 * <p>Edit mode: left click in the scene → the current tool; right click → delete what is under the mouse; wheel
 * → next/previous tool; clicks in the panel → its buttons. Keys: Space play; Ctrl+Z undo; Ctrl+Y or
 * Ctrl+Shift+Z redo; Ctrl+S save; Ctrl+N new level; Ctrl+C duplicate the selected shape; Esc cancel/deselect;
 * Enter close a 3-vertex polygon; G grid; M motor arrows;
 * Delete/Backspace delete the selection; digits choose tools (nothing selected), roles (a shape) or bindings (a
 * joint or thruster). With a shape selected, Kinetix's keys: W/A/S/D move 0.1 m, Q/E rotate ±0.1 rad, [ and ]
 * rotate ±45°, F fixate, C collision mode, R role; + and − resize. Play mode: {@link PlayKeys}, Space back.
 */
public final class EditorInput {
    /** Kinetix's keyboard nudge, m. */
    static final float NUDGE = 0.1f;
    /** Kinetix's Q/E rotation step, radians. */
    static final float ROTATE_STEP = 0.1f;
    /** Resize step of the + and − keys. */
    static final float RESIZE_STEP = 1.1f;

    private final Editor editor;
    private final ScreenLayout layout;
    private final EditorPanel panel;
    private double mouseX;
    private double mouseY;

    /** The input layer of {@code editor} in window {@code layout}. */
    public EditorInput(Editor editor, ScreenLayout layout) {
        this.editor = editor;
        this.layout = layout;
        this.panel = new EditorPanel(editor, layout);
    }

    /** The editor this layer drives. */
    public Editor editor() {
        return editor;
    }

    /** The window geometry. */
    public ScreenLayout layout() {
        return layout;
    }

    /** The panel this input layer clicks (the view draws the same one). */
    public EditorPanel panel() {
        return panel;
    }

    /** The last mouse position, window pixels. */
    public double[] mouse() {
        return new double[] {mouseX, mouseY};
    }

    /** The mouse moved to window pixel (x, y). */
    public void mouseMove(double x, double y) {
        mouseX = x;
        mouseY = y;
        if (!editor.playing() && !layout.inPanel(x, y)) {
            editor.handler().move(editor.model(), layout.worldX(x), layout.worldY(y));
        }
    }

    /** A mouse button went down or up at the last mouse position; {@code mods} are GLFW modifier bits. */
    public void mouseButton(int button, boolean pressed, int mods) {
        if (editor.playing()) {
            return;
        }
        if (layout.inPanel(mouseX, mouseY)) {
            if (pressed && button == GLFW_MOUSE_BUTTON_LEFT) {
                panel.click(mouseX, mouseY);
            }
            return;
        }
        float x = layout.worldX(mouseX);
        float y = layout.worldY(mouseY);
        EditorModel model = editor.model();
        if (button == GLFW_MOUSE_BUTTON_LEFT) {
            if (pressed) {
                editor.handler().press(model, x, y, mods);
            } else {
                editor.handler().release(model, x, y);
            }
        } else if (button == GLFW_MOUSE_BUTTON_RIGHT && pressed) {
            Selection under = Picking.pick(model.level(), x, y);
            if (under.isSome()) {
                model.apply(new Delete(under));
            }
        }
    }

    /** Convenience for scripts: move to (x, y), press and release the left button. */
    public void click(double x, double y, int mods) {
        mouseMove(x, y);
        mouseButton(GLFW_MOUSE_BUTTON_LEFT, true, mods);
        mouseButton(GLFW_MOUSE_BUTTON_LEFT, false, mods);
    }

    /** Convenience for scripts: click at world point (x, y) in the scene. */
    public void clickWorld(float x, float y) {
        click(layout.windowX(x), layout.windowY(y), 0);
    }

    /** The mouse wheel turned; each notch cycles the tool (edit mode). */
    public void scroll(double dy) {
        if (!editor.playing() && dy != 0) {
            editor.setTool(editor.tool().cycle(dy > 0 ? -1 : 1));
        }
    }

    /** A file was dropped on the window: open it (edit mode). */
    public void drop(Path file) {
        if (!editor.playing()) {
            editor.model().open(file);
        }
    }

    /** A key went down ({@code pressed}) or up. */
    public void key(int key, boolean pressed, int mods) {
        if (pressed && key == GLFW_KEY_SPACE) {
            editor.togglePlay();
            return;
        }
        if (editor.playing()) {
            PlayKeys.handle(editor.play(), editor.keyboard(), key, pressed);
            return;
        }
        if (!pressed) {
            return;
        }
        if ((mods & GLFW_MOD_CONTROL) != 0) {
            controlKey(key, (mods & GLFW_MOD_SHIFT) != 0);
        } else if (!generalKey(key)) {
            selectionKey(key);
        }
    }

    private void controlKey(int key, boolean shift) {
        EditorModel model = editor.model();
        editor.handler().cancel(model);
        switch (key) {
            case GLFW_KEY_Z -> {
                if (shift) {
                    model.redo();
                } else {
                    model.undo();
                }
            }
            case GLFW_KEY_Y -> model.redo();
            case GLFW_KEY_S -> model.save();
            case GLFW_KEY_N -> model.newLevel(Templates.BALL_AND_GOAL);
            case GLFW_KEY_C -> {
                if (model.selection().kind() == Selection.Kind.SHAPE) {
                    model.apply(new DuplicateShape(model.selection().index()));
                }
            }
            default -> {
            }
        }
    }

    /** Keys that do the same whatever is selected; returns whether {@code key} was one. */
    private boolean generalKey(int key) {
        EditorModel model = editor.model();
        switch (key) {
            case GLFW_KEY_ESCAPE -> {
                editor.handler().cancel(model);
                model.select(Selection.NONE);
            }
            case GLFW_KEY_ENTER -> editor.handler().finish(model);
            case GLFW_KEY_G -> editor.snapping().setGrid(!editor.snapping().grid());
            case GLFW_KEY_M -> editor.setMotorArrows(!editor.motorArrows());
            case GLFW_KEY_DELETE, GLFW_KEY_BACKSPACE -> {
                if (model.selection().isSome()) {
                    model.apply(new Delete(model.selection()));
                }
            }
            default -> {
                if (key >= GLFW_KEY_0 && key <= GLFW_KEY_7 && !model.selection().isSome()) {
                    editor.setTool(Tool.values()[key - GLFW_KEY_0]);
                    return true;
                }
                return false;
            }
        }
        return true;
    }

    private void selectionKey(int key) {
        EditorModel model = editor.model();
        Selection selection = model.selection();
        if (!selection.isSome()) {
            return;
        }
        int digit = key - GLFW_KEY_0;
        if (selection.kind() != Selection.Kind.SHAPE) {
            if (digit >= 0 && digit <= 9) {
                Property binding = selection.kind() == Selection.Kind.JOINT ? JointProperty.BINDING
                        : ThrusterProperty.BINDING;
                model.apply(new SetProperty(selection.index(), binding, digit));
            }
            return;
        }
        int shape = selection.index();
        EditCommand command = switch (key) {
            case GLFW_KEY_W -> new MoveShape(shape, 0f, NUDGE);
            case GLFW_KEY_S -> new MoveShape(shape, 0f, -NUDGE);
            case GLFW_KEY_A -> new MoveShape(shape, -NUDGE, 0f);
            case GLFW_KEY_D -> new MoveShape(shape, NUDGE, 0f);
            case GLFW_KEY_Q -> new RotateShape(shape, ROTATE_STEP);
            case GLFW_KEY_E -> new RotateShape(shape, -ROTATE_STEP);
            case GLFW_KEY_LEFT_BRACKET -> new RotateShape(shape, (float) (Math.PI / 4));
            case GLFW_KEY_RIGHT_BRACKET -> new RotateShape(shape, (float) (-Math.PI / 4));
            case GLFW_KEY_EQUAL -> new ResizeShape(shape, RESIZE_STEP);
            case GLFW_KEY_MINUS -> new ResizeShape(shape, 1f / RESIZE_STEP);
            case GLFW_KEY_F -> cycled(shape, ShapeProperty.FIXED);
            case GLFW_KEY_C -> cycled(shape, ShapeProperty.COLLISION_MODE);
            case GLFW_KEY_R -> cycled(shape, ShapeProperty.ROLE);
            default -> digit >= 0 && digit <= 3 ? new SetProperty(shape, ShapeProperty.ROLE, digit) : null;
        };
        if (command != null) {
            model.apply(command);
        }
    }

    /** The next value of a small integer property, wrapping from its maximum to its minimum. */
    private SetProperty cycled(int shape, ShapeProperty property) {
        Level level = editor.model().level();
        float value = property.get(level.state(), level.tables(), shape) + 1f;
        return new SetProperty(shape, property, value > property.max() ? property.min() : value);
    }
}
