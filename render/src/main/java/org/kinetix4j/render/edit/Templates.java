package org.kinetix4j.render.edit;

import java.util.Locale;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.env.levels.LevelBuilder;
import org.kinetix4j.levelgen.LevelGenerator;

/** Levels to start from: the editor's "new" templates and the random level button. */
public enum Templates {
    /** Kinetix's empty scene: floor, walls and ceiling (spec kinetix.md §1.5). */
    EMPTY,
    /** The empty scene with a green ball to deliver and a fixed blue goal: saveable at once. */
    BALL_AND_GOAL;

    /** This template at {@code size}, named "untitled". */
    public Level create(LevelSize size) {
        LevelBuilder builder = new LevelBuilder(size);
        if (this == BALL_AND_GOAL) {
            builder.circle(1f, 1f, 0.2f, Role.GREEN);
            builder.fixedBox(4f, 0.6f, 0.6f, 0.4f, Role.BLUE);
        }
        return builder.build("untitled");
    }

    /** Kinetix's random level distribution at {@code size}, seed {@code seed} (levelgen). */
    public static Level random(LevelSize size, long seed) {
        Level level = LevelGenerator.of(size).sample(seed);
        return new Level("random-" + size.name().toLowerCase(Locale.ROOT) + "-" + seed, level.staticParams(),
                level.envParams(), level.state(), level.tables());
    }
}
