package org.kinetix4j.env.obs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelTestFiles;
import org.kinetix4j.physics2d.BatchState;

/** Level loading and comparison helpers for the observation tests. */
final class ObsFixtures {
    private ObsFixtures() {
    }

    static Path levelsDir() {
        return LevelTestFiles.sharedDir().resolve("kinetix-levels");
    }

    /** The shipped level {@code <size>/<name>}, e.g. {@code "s/h3_point_the_thruster"}. */
    static Level level(String sizeSlashName) {
        return LevelReader.read(levelsDir().resolve(sizeSlashName + ".json"));
    }

    /** Every shipped level file of folder {@code s}, {@code m} or {@code l}, sorted. */
    static List<Path> levelFiles(String folder) {
        try (Stream<Path> files = Files.list(levelsDir().resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batch of {@code envCount} copies of {@code level}. */
    static Batch batch(Level level, int envCount) {
        BatchState state = new BatchState(level.state().config, envCount);
        EnvTables tables = new EnvTables(level.state().config, envCount);
        for (int env = 0; env < envCount; env++) {
            level.copyInto(state, tables, env);
        }
        return new Batch(state, tables);
    }

    record Batch(BatchState state, EnvTables tables) {
    }

    /** Floats at {@code [from, from + length)} of {@code buffer}. */
    static float[] slice(float[] buffer, int from, int length) {
        return java.util.Arrays.copyOfRange(buffer, from, from + length);
    }

    /** Deep equality of two observation values (arrays or maps of arrays), floats bit for bit. */
    static void assertSameObservation(Object expected, Object actual) {
        if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(List.copyOf(e.keySet()), List.copyOf(a.keySet()));
            for (Object key : e.keySet()) {
                assertSameObservation(e.get(key), a.get(key));
            }
        } else if (expected instanceof float[] e) {
            assertArrayEquals(e, (float[]) actual);
        } else if (expected instanceof int[] e) {
            assertArrayEquals(e, (int[]) actual);
        } else {
            assertArrayEquals((boolean[]) expected, (boolean[]) actual);
        }
    }
}
