package org.kinetix4j.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the shared fixtures (level files, golden traces) for the level tests. */
public final class LevelTestFiles {
    private LevelTestFiles() {
    }

    /**
     * The shared directory: the {@code kinetix.shared.dir} system property (set by surefire to the repository's
     * {@code ../shared}), else {@code ../shared} from the repository root or {@code ../../shared} from the module.
     */
    public static Path sharedDir() {
        String property = System.getProperty("kinetix.shared.dir");
        if (property != null && Files.isDirectory(Path.of(property, "kinetix-levels"))) {
            return Path.of(property);
        }
        for (Path candidate : List.of(Path.of("../shared"), Path.of("../../shared"))) {
            if (Files.isDirectory(candidate.resolve("kinetix-levels"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared directory not found: set -Dkinetix.shared.dir (property was "
                + property + ")");
    }

    /** {@code shared/kinetix-levels}. */
    public static Path levelsDir() {
        return sharedDir().resolve("kinetix-levels");
    }

    /** The level file {@code <size>/<name>.json}, e.g. {@code level("s/h2_one_wheel_car")}. */
    public static Path level(String sizeSlashName) {
        return levelsDir().resolve(sizeSlashName + ".json");
    }

    /** Every {@code *.json} file of the folder {@code s}, {@code m} or {@code l}, sorted by name. */
    public static List<Path> levels(String folder) {
        try (Stream<Path> files = Files.list(levelsDir().resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
