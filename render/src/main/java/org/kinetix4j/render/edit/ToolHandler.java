package org.kinetix4j.render.edit;

import java.util.List;

/**
 * What one tool does with the mouse, in world coordinates (metres, y up). Handlers keep only the gesture in
 * progress; every change to the level is an {@link EditCommand} given to the {@link EditorModel}.
 */
interface ToolHandler {
    /** Left button pressed at (x, y); {@code mods} are GLFW modifier bits. */
    void press(EditorModel model, float x, float y, int mods);

    /** The mouse moved to (x, y), button held or not. */
    void move(EditorModel model, float x, float y);

    /** Left button released at (x, y). */
    default void release(EditorModel model, float x, float y) {
    }

    /** Enter: finish a gesture that may end early (a polygon with 3 vertices). */
    default void finish(EditorModel model) {
    }

    /** Abandons the gesture in progress (Esc, tool change, play mode). */
    void cancel(EditorModel model);

    /** Points placed so far in the gesture, for the view to mark. */
    List<float[]> placed();
}
