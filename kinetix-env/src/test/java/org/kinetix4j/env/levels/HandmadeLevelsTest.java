package org.kinetix4j.env.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.LevelWriter;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.Role;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.Status;

/** Every hand-made level: committed files up to date, well-formed, and stable under random actions. */
class HandmadeLevelsTest {

    static Stream<HandmadeLevel> levels() {
        return HandmadeLevels.all().stream();
    }

    @Test
    void shouldHaveAtLeastThirtyLevelsCoveringEveryFamilyAndSize() {
        List<HandmadeLevel> all = HandmadeLevels.all();
        assertTrue(all.size() >= 30, "only " + all.size() + " levels");
        EnumSet<TaskFamily> families = EnumSet.noneOf(TaskFamily.class);
        EnumSet<LevelSize> sizes = EnumSet.noneOf(LevelSize.class);
        all.forEach(level -> {
            families.add(level.family());
            sizes.add(level.size());
        });
        assertEquals(EnumSet.allOf(TaskFamily.class), families);
        assertEquals(EnumSet.of(LevelSize.S, LevelSize.M, LevelSize.L), sizes);
    }

    @Test
    void shouldHaveNoStrayFilesInTheLevelsFolder() throws IOException {
        for (String size : List.of("s", "m", "l")) {
            try (Stream<Path> files = Files.list(LevelFiles.root().resolve(size))) {
                for (Path file : files.toList()) {
                    String path = size + "/" + file.getFileName().toString().replaceFirst("\\.json$", "");
                    HandmadeLevels.byPath(path);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void shouldMatchTheCommittedJson(HandmadeLevel handmade) throws IOException {
        Path file = HandmadeLevels.jsonFile(LevelFiles.root(), handmade);
        assertTrue(Files.isRegularFile(file), file + " is missing: regenerate with HandmadeLevels (levels/README.md)");
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(LevelWriter.toJson(handmade.build()), committed,
                file + " differs from the builder code: regenerate with HandmadeLevels (levels/README.md)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void shouldLoadBackIdenticallyToTheBuildersOutput(HandmadeLevel handmade) {
        Level built = handmade.build();
        Level loaded = LevelReader.read(HandmadeLevels.jsonFile(LevelFiles.root(), handmade));
        assertEquals(built.staticParams(), loaded.staticParams());
        assertEquals(built.envParams(), loaded.envParams());
        assertEquals(LevelWriter.toJson(built), LevelWriter.toJson(loaded));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void shouldBuildTheSameLevelEveryTime(HandmadeLevel handmade) {
        assertEquals(LevelWriter.toJson(handmade.build()), LevelWriter.toJson(handmade.build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void shouldFitItsSizeAndHaveAGreenShapeAndABlueGoal(HandmadeLevel handmade) {
        Level level = handmade.build();
        assertEquals(handmade.size(), level.size());
        assertEquals(handmade.path(), level.name());
        assertFalse(handmade.description().isBlank());
        assertTrue(countRole(level, Role.GREEN) >= 1, "no green shape");
        assertTrue(countRole(level, Role.BLUE) >= 1, "no blue goal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void shouldHaveACommittedThumbnail(HandmadeLevel handmade) {
        assertTrue(Files.isRegularFile(HandmadeLevels.thumbnailFile(LevelFiles.root(), handmade)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void shouldStayFiniteForAnEpisodeOfRandomActions(HandmadeLevel handmade) {
        Level level = handmade.build();
        SplittableRandom random = new SplittableRandom(handmade.path().hashCode());
        try (CpuBackend backend = new CpuBackend(1);
                VectorEnv env = VectorEnv.builder(level.state().config, ResetSource.fixed(level))
                        .actionType(ActionType.MULTI_DISCRETE).observationType(ObservationType.SYMBOLIC_FLAT)
                        .backend(backend).build()) {
            env.reset(7L);
            int[] action = new int[6];
            for (int step = 0; step < Episodes.EPISODE_STEPS; step++) {
                for (int channel = 0; channel < 6; channel++) {
                    action[channel] = random.nextInt(channel < 4 ? 3 : 2);
                }
                env.step(action);
                assertFinite(env.state(), "step " + step);
            }
        }
    }

    private static void assertFinite(BatchState state, String when) {
        assertFalse(Status.has(state.status[0], Status.NON_FINITE), when + ": non-finite status");
        ShapeTable shapes = state.shapes;
        for (int shape = 0; shape < state.config.numShapes(); shape++) {
            int row = shapes.row(0, shape);
            float sum = shapes.positionX[row] + shapes.positionY[row] + shapes.rotation[row] + shapes.velocityX[row]
                    + shapes.velocityY[row] + shapes.angularVelocity[row];
            assertTrue(Float.isFinite(sum), when + ": shape " + shape + " is not finite");
        }
    }

    private static int countRole(Level level, Role role) {
        EnvTables tables = level.tables();
        ShapeTable shapes = level.state().shapes;
        int count = 0;
        for (int shape = 0; shape < level.state().config.numShapes(); shape++) {
            if (shapes.active[shapes.row(0, shape)] && tables.role[tables.shapeRow(0, shape)] == role.code) {
                count++;
            }
        }
        return count;
    }
}
