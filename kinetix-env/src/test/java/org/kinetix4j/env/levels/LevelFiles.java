package org.kinetix4j.env.levels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates the repository's {@code levels/} folder from the module or the repository root. */
final class LevelFiles {
    private LevelFiles() {
    }

    /** {@code levels/} at the repository root (the tests run in {@code kinetix-env/}). */
    static Path root() {
        for (Path candidate : List.of(Path.of("../levels"), Path.of("levels"))) {
            if (Files.isDirectory(candidate.resolve("s"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("levels/ not found from " + Path.of("").toAbsolutePath());
    }
}
