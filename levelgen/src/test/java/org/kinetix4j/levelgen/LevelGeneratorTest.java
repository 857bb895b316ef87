package org.kinetix4j.levelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.LevelWriter;
import org.kinetix4j.physics2d.StaticConfig;

/** Property tests of the sampler: invariants, determinism, JSON round trip, over thousands of seeds per size. */
class LevelGeneratorTest {
    @TempDir
    Path dir;

    private static int seedsFor(LevelSize size) {
        // Thousands per size, fewer for the larger sizes whose levels cost more (8 proposals per addition).
        return switch (size) {
            case S -> 4000;
            case M -> 2000;
            default -> 1000;
        };
    }

    @ParameterizedTest
    @EnumSource(value = LevelSize.class, names = {"S", "M", "L"})
    void shouldSatisfyTheInvariantsForThousandsOfSeeds(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        IntStream.range(0, seedsFor(size)).parallel().forEach(seed -> {
            Level level = generator.sample(seed);
            assertEquals(size, level.size());
            List<String> violations = LevelInvariants.all(level);
            if (!violations.isEmpty()) {
                fail(size + " seed " + seed + ": " + violations);
            }
            LevelSummary summary = LevelSummary.of(level);
            assertTrue(summary.roleCounts()[1] == 1, "exactly one green shape, seed " + seed);
            assertTrue(summary.roleCounts()[2] + (summary.floorRole() == 2 ? 1 : 0) == 1,
                    "exactly one blue target, seed " + seed);
            assertTrue(summary.roleCounts()[3] + (summary.floorRole() == 3 ? 1 : 0) <= 1, "at most one red");
            assertTrue(summary.shapes() >= 3, "A, B and the control shape, seed " + seed);
        });
    }

    @Test
    void shouldGiveTheSameLevelForTheSameSeedOnAnyThread() {
        LevelGenerator generator = LevelGenerator.of(LevelSize.L);
        List<Level> sequential = IntStream.range(0, 50).mapToObj(generator::sample).toList();
        List<Level> parallel = IntStream.range(0, 50).parallel().mapToObj(generator::sample).toList();
        for (int seed = 0; seed < 50; seed++) {
            assertNull(LevelComparison.firstDifference(sequential.get(seed), parallel.get(seed)), "seed " + seed);
            assertNull(LevelComparison.firstDifference(sequential.get(seed),
                    LevelGenerator.sample(seed, GeneratorParams.defaults(), LevelSize.L)), "seed " + seed);
        }
    }

    @ParameterizedTest
    @EnumSource(value = LevelSize.class, names = {"S", "M", "L"})
    void shouldGiveDifferentLevelsForDifferentSeeds(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        Set<String> texts = new HashSet<>();
        for (int seed = 0; seed < 300; seed++) {
            Level level = generator.sample(seed);
            assertTrue(texts.add(LevelWriter.toJson(level).replace(level.name(), "")), "seed " + seed + " repeats");
        }
    }

    @ParameterizedTest
    @EnumSource(value = LevelSize.class, names = {"S", "M", "L"})
    void shouldReadBackTheSameLevelFromJson(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        for (int seed = 0; seed < 150; seed++) {
            Level level = generator.sample(1000 + seed);
            Path file = dir.resolve(size + "-" + seed + ".json");
            LevelWriter.write(level, file);
            Level again = LevelReader.read(file);
            String difference = LevelComparison.firstDifference(level, again);
            assertNull(difference, size + " seed " + seed + ": " + difference);
        }
    }

    @Test
    void shouldGenerateTrianglesWhenEnabled() {
        GeneratorParams params = GeneratorParams.defaults().withGenerateTriangles(true);
        LevelGenerator generator = new LevelGenerator(params, KinetixStaticParams.forConfig(StaticConfig.large()),
                EnvParams.defaults());
        int triangles = 0;
        for (int seed = 0; seed < 300; seed++) {
            Level level = generator.sample(seed);
            List<String> violations = LevelInvariants.all(level);
            assertTrue(violations.isEmpty(), "seed " + seed + ": " + violations);
            for (int p = 4; p < 12; p++) {
                int row = level.state().shapes.row(0, p);
                triangles += level.state().shapes.active[row] && level.state().shapes.nVertices[row] == 3 ? 1 : 0;
            }
        }
        assertTrue(triangles > 100, "about half of the polygons are triangles, got " + triangles);
    }

    @Test
    void shouldRejectCapacitiesWithoutRoomForTheGuarantees() {
        EnvParams env = EnvParams.defaults();
        GeneratorParams p = GeneratorParams.defaults();
        IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class,
                () -> new LevelGenerator(p, KinetixStaticParams.forConfig(StaticConfig.of(5, 1, 1, 1)), env));
        assertTrue(tooSmall.getMessage().contains("numPolygons + numCircles - 4=2"), tooSmall.getMessage());
        IllegalArgumentException noJoint = assertThrows(IllegalArgumentException.class,
                () -> new LevelGenerator(p, KinetixStaticParams.forConfig(StaticConfig.of(5, 2, 0, 1)), env));
        assertTrue(noJoint.getMessage().contains("numJoints=0"), noJoint.getMessage());
        IllegalArgumentException badParam = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorParams(1f, 2f, 1f, 2, 0.3f,
                        2f, false, 2f, 0.8f, 0.8f, 0.4f, 3f, 1f, 3f, 1f, 0.4f, 3f, 0.02f, 1f, 4f, 0f, 0.6f, 0.8f,
                        0.05f, 0.05f, 10f, 0.35f, 0.35f, 0.3f, 0.3f, 8, 0.9f, 0f, 0.02f, 0.08f));
        assertTrue(badParam.getMessage().startsWith("goalBodyOppositeSideChance=2.0"), badParam.getMessage());
    }

    @Test
    void shouldNameGeneratedLevelsBySizeAndSeed() {
        Level level = LevelGenerator.of(LevelSize.M).sample(42);
        assertEquals("generated-m-42", level.name());
        assertNotNull(LevelSummary.of(level));
    }
}
