package org.kinetix4j.levelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.LevelWriter;

/** The eleven mutation operators, the ACCEL mutator and the entity permutation keep the level invariants. */
class MutationTest {
    /** Operators after which the role guarantee may legitimately fail (they may remove or recolour green/blue). */
    private static final Set<Mutation> MAY_DROP_ROLES = EnumSet.of(Mutation.REMOVE_SHAPE);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = LevelSize.class, names = {"S", "M", "L"})
    void shouldKeepTheInvariantsUnderEveryOperator(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        IntStream.range(0, 300).parallel().forEach(seed -> {
            Level level = generator.sample(seed);
            String before = LevelWriter.toJson(level);
            for (Mutation m : Mutation.values()) {
                Level mutated = m.apply(level, seed * 31L + m.ordinal());
                List<String> violations = MAY_DROP_ROLES.contains(m) ? LevelInvariants.structural(mutated)
                        : LevelInvariants.all(mutated);
                if (!violations.isEmpty()) {
                    fail(size + " seed " + seed + " " + m + ": " + violations);
                }
                assertNull(LevelComparison.firstDifference(mutated, m.apply(level, seed * 31L + m.ordinal())),
                        m + " is deterministic");
            }
            assertEquals(before, LevelWriter.toJson(level), "the input level is never modified");
        });
    }

    @ParameterizedTest
    @EnumSource(value = LevelSize.class, names = {"S", "M", "L"})
    void shouldKeepTheInvariantsUnderAccelEditChains(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        IntStream.range(0, 300).parallel().forEach(seed -> {
            Level level = generator.sample(seed);
            for (int round = 0; round < 4; round++) {
                level = LevelMutator.mutate(level, seed * 7L + round, 1 + round);
                List<String> violations = LevelInvariants.all(level);
                if (!violations.isEmpty()) {
                    fail(size + " seed " + seed + " round " + round + ": " + violations);
                }
            }
        });
    }

    @Test
    void shouldReadBackMutatedLevelsFromJson() {
        LevelGenerator generator = LevelGenerator.of(LevelSize.M);
        for (int seed = 0; seed < 60; seed++) {
            Level level = LevelMutator.mutate(generator.sample(seed), seed, 6);
            Path file = dir.resolve(seed + ".json");
            LevelWriter.write(level, file);
            assertNull(LevelComparison.firstDifference(level, LevelReader.read(file)), "seed " + seed);
        }
    }

    @Test
    void shouldUseTheAccelWeights() {
        Level level = LevelGenerator.of(LevelSize.S).sample(3);
        // S levels fill all three dynamic shape slots: nothing can be added.
        assertEquals(0f, Mutation.ADD_SHAPE.accelWeight(level));
        assertEquals(0f, Mutation.ADD_CONNECTED_SHAPE.accelWeight(level));
        assertEquals(0f, Mutation.REMOVE_JOINT.accelWeight(level));
        assertEquals(0f, Mutation.REMOVE_SHAPE.accelWeight(level));
        assertEquals(0.1f, Mutation.TOGGLE_FIXTURE.accelWeight(level));
        for (Mutation m : List.of(Mutation.SWAP_ROLE, Mutation.CHANGE_SIZE, Mutation.CHANGE_LOCATION,
                Mutation.CHANGE_ROTATION)) {
            assertEquals(1f, m.accelWeight(level), m.name());
        }
        int thrusters = LevelSummary.of(level).thrusters();
        assertEquals(thrusters == 0 ? 1f : 0f, Mutation.ADD_THRUSTER.accelWeight(level));
        assertEquals(thrusters == 0 ? 0f : 1f, Mutation.REMOVE_THRUSTER.accelWeight(level));
    }

    @Test
    void shouldApplyEachOperatorsEffect() {
        Level level = LevelGenerator.of(LevelSize.L).sample(11);
        LevelSummary before = LevelSummary.of(level);
        assertEquals(before.shapes() + 1, LevelSummary.of(Mutation.ADD_SHAPE.apply(level, 1)).shapes());
        LevelSummary connected = LevelSummary.of(Mutation.ADD_CONNECTED_SHAPE.apply(level, 1));
        assertEquals(before.shapes() + 1, connected.shapes());
        assertEquals(before.joints() + 1, connected.joints());
        assertEquals(before.shapes() - 1, LevelSummary.of(Mutation.REMOVE_SHAPE.apply(level, 1)).shapes());
        if (before.joints() > 0) {
            assertEquals(before.joints() - 1, LevelSummary.of(Mutation.REMOVE_JOINT.apply(level, 1)).joints());
        }
        assertEquals(before.roleCounts()[1], LevelSummary.of(Mutation.SWAP_ROLE.apply(level, 1)).roleCounts()[1]);
        assertEquals(Math.abs(1), Math.abs(LevelSummary.of(Mutation.TOGGLE_FIXTURE.apply(level, 1)).fixated()
                - before.fixated()));
        for (Mutation m : List.of(Mutation.CHANGE_SIZE, Mutation.CHANGE_LOCATION, Mutation.CHANGE_ROTATION)) {
            assertNotNull(LevelComparison.firstDifference(level, m.apply(level, 5)), m + " changes the level");
        }
    }

    @ParameterizedTest
    @EnumSource(value = LevelSize.class, names = {"S", "M", "L"})
    void shouldPermuteSlotsWithoutChangingTheLevel(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        for (int seed = 0; seed < 200; seed++) {
            Level level = generator.sample(seed);
            Level permuted = EntityPermutation.permute(level, seed);
            assertTrue(LevelInvariants.all(permuted).isEmpty(), "seed " + seed);
            LevelSummary a = LevelSummary.of(level);
            LevelSummary b = LevelSummary.of(permuted);
            assertEquals(a.toString().replaceAll("\\[I@\\w+", ""), b.toString().replaceAll("\\[I@\\w+", ""));
            assertEquals(List.of(a.roleCounts()[0], a.roleCounts()[1], a.roleCounts()[2], a.roleCounts()[3]),
                    List.of(b.roleCounts()[0], b.roleCounts()[1], b.roleCounts()[2], b.roleCounts()[3]));
            assertEquals(sortedPositions(level), sortedPositions(permuted), "the same bodies, in other slots");
        }
    }

    private static List<Float> sortedPositions(Level level) {
        var s = level.state().shapes;
        return IntStream.range(0, s.capacity).filter(i -> s.active[i]).mapToObj(i -> s.positionX[i] * 31f
                + s.positionY[i]).sorted().toList();
    }
}
