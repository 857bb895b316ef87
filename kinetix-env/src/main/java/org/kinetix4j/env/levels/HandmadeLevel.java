package org.kinetix4j.env.levels;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;

/**
 * One of our hand-made levels: its identity and the builder code that produces it.
 *
 * @param name        file name without extension, e.g. {@code "car_right"}
 * @param description one line saying what the agent has to do
 * @param size        S, M or L: the capacities the level is built for
 * @param family      the kind of task
 * @param builder     builds a fresh copy of the level (deterministic: every call gives the same level)
 */
public record HandmadeLevel(String name, String description, LevelSize size, TaskFamily family,
        Supplier<Level> builder) {

    /** Checks that every part is present and the name is a plain lower-case identifier. */
    public HandmadeLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(builder, "builder");
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("name=" + name + " must match [a-z0-9_]+");
        }
        if (size == LevelSize.CUSTOM) {
            throw new IllegalArgumentException("level " + name + ": size must be S, M or L");
        }
    }

    /** Builds the level; its name is {@link #path()}. */
    public Level build() {
        Level level = builder.get();
        if (level.size() != size) {
            throw new IllegalStateException("level " + name + " was declared " + size + " but built as "
                    + level.size());
        }
        return new Level(path(), level.staticParams(), level.envParams(), level.state(), level.tables());
    }

    /** The size folder and name, e.g. {@code "m/car_right"}, as Kinetix names its levels. */
    public String path() {
        return size.name().toLowerCase(Locale.ROOT) + "/" + name;
    }
}
