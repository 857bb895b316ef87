package org.kinetix4j.render.edit;

import org.kinetix4j.env.Level;

/**
 * One undoable edit of the level, as a value. {@link EditorModel} keeps the level before each command for undo,
 * so a command only says how to change a level, never how to reverse it.
 */
public interface EditCommand {
    /** Short description for the status line, e.g. "add circle". */
    String describe();

    /**
     * The level after this edit; {@code current} is not modified.
     *
     * @throws IllegalArgumentException or {@link IllegalStateException} when the edit is not possible (no free
     *                                  slot, non-convex polygon, …), with a message for the user
     */
    Level apply(Level current);
}
