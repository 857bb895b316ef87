package org.kinetix4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.LevelWriter;
import org.kinetix4j.levelgen.LevelGenerator;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteLevelsThatLoadBackAsTheGeneratorsLevels() throws Exception {
        Path out = dir.resolve("levels");
        CliRun result = CliRun.of("generate", "--size", "m", "--count", "5", "--seed", "40", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("5 M level(s) written"), result.out());
        LevelGenerator generator = LevelGenerator.of(LevelSize.M);
        for (int i = 0; i < 5; i++) {
            Path file = out.resolve("m-40-" + i + ".json");
            Level loaded = LevelReader.read(file);
            assertEquals(LevelSize.M, loaded.size());
            // Same text as the generator's level of seed 40 + i: the file holds exactly that level.
            assertEquals(LevelWriter.toJson(generator.sample(40 + i)), LevelWriter.toJson(loaded), file.toString());
        }
    }

    @Test
    void shouldWriteFilteredLevels() throws Exception {
        Path out = dir.resolve("filtered");
        CliRun result = CliRun.of("generate", "--size", "s", "--count", "4", "--out", out.toString(), "--no-op-filter",
                "on");
        assertEquals(0, result.code(), result.err());
        try (Stream<Path> files = Files.list(out)) {
            List<Path> written = files.toList();
            assertEquals(4, written.size());
            for (Path file : written) {
                assertEquals(LevelSize.S, LevelReader.read(file).size());
            }
        }
    }

    @Test
    void shouldPrintHelpAndRejectBadArguments() {
        CliRun help = CliRun.of("generate", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--no-op-filter"), help.out());
        assertEquals(2, CliRun.of("generate", "--count", "3", "--out", dir.toString()).code(), "missing --size");
        assertEquals(2, CliRun.of("generate", "--size", "xl", "--count", "3", "--out", dir.toString()).code());
        assertEquals(2, CliRun.of("generate", "--size", "s", "--count", "0", "--out", dir.toString()).code());
        assertEquals(2, CliRun.of("generate", "--size", "s", "--out", dir.toString()).code(), "missing --count");
        assertEquals(2, CliRun.of("generate", "--size", "s", "--count", "1").code(), "missing --out");
        CliRun filter = CliRun.of("generate", "--size", "s", "--count", "1", "--out", dir.toString(), "--no-op-filter",
                "maybe");
        assertEquals(2, filter.code());
        assertTrue(filter.err().contains("--no-op-filter=maybe must be on or off"), filter.err());
    }
}
