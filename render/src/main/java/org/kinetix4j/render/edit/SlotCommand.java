package org.kinetix4j.render.edit;

import org.kinetix4j.env.Level;

/** An edit that changes some slots of a private copy of the level ({@link LevelEdit}). */
public interface SlotCommand extends EditCommand {
    /**
     * Changes {@code edit}.
     *
     * @throws IllegalArgumentException or {@link IllegalStateException} when the edit is not possible
     */
    void applyTo(LevelEdit edit);

    @Override
    default Level apply(Level current) {
        LevelEdit edit = new LevelEdit(current);
        applyTo(edit);
        return edit.toLevel();
    }
}
