package org.kinetix4j.render.edit;

import org.kinetix4j.env.Level;

/**
 * Replaces the whole level (open a file, new from template, random level), undoable like any other edit.
 *
 * @param level       the new level
 * @param description what happened, e.g. "open car.json"
 */
public record ReplaceLevel(Level level, String description) implements EditCommand {
    @Override
    public String describe() {
        return description;
    }

    @Override
    public Level apply(Level current) {
        return level;
    }
}
