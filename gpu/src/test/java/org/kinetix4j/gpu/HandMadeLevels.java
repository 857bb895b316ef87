package org.kinetix4j.gpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/** Test support: the hand-made Kinetix levels of {@code ../shared/kinetix-levels}, as batches per config. */
final class HandMadeLevels {
    private HandMadeLevels() {
    }

    /** The levels directory, from the {@code kinetix.shared.dir} property surefire sets. */
    static Path directory() {
        String shared = System.getProperty("kinetix.shared.dir", "../../shared");
        Path dir = Path.of(shared, "kinetix-levels");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("kinetix-levels not found at " + dir.toAbsolutePath()
                    + " (set -Dkinetix.shared.dir)");
        }
        return dir;
    }

    /** Every level file, sorted by path. */
    static List<Level> all() {
        try (Stream<Path> files = Files.walk(directory())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(LevelReader::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One batch per distinct config, each level repeated {@code copies} times in a row (each copy then gets its
     * own random actions).
     */
    static List<BatchState> batches(int copies) {
        Map<StaticConfig, List<Level>> byConfig = new LinkedHashMap<>();
        for (Level level : all()) {
            byConfig.computeIfAbsent(level.state().config, c -> new ArrayList<>()).add(level);
        }
        List<BatchState> batches = new ArrayList<>();
        byConfig.forEach((config, levels) -> {
            BatchState batch = new BatchState(config, levels.size() * copies);
            for (int i = 0; i < levels.size(); i++) {
                for (int c = 0; c < copies; c++) {
                    levels.get(i).state().copyEnv(0, batch, i * copies + c);
                }
            }
            batches.add(batch);
        });
        return batches;
    }
}
