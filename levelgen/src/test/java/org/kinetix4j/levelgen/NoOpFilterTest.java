package org.kinetix4j.levelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;

/** The no-op filter of spec §6.4. */
class NoOpFilterTest {
    @Test
    void shouldDownWeightLevelsThatDoingNothingSolves() {
        LevelGenerator generator = LevelGenerator.of(LevelSize.S);
        List<Level> drawn = IntStream.range(0, 400).mapToObj(generator::sample).toList();
        boolean[] solved = NoOpFilter.solvedByDoingNothing(drawn);
        int solvedCount = 0;
        for (boolean s : solved) {
            solvedCount += s ? 1 : 0;
        }
        // Random S levels drop green onto blue now and then; far from all of them.
        assertTrue(solvedCount > 0 && solvedCount < 200, "solved by doing nothing: " + solvedCount);

        List<Level> kept = NoOpFilter.sample(generator, 5, 100, false);
        assertEquals(100, kept.size());
        boolean[] keptSolved = NoOpFilter.solvedByDoingNothing(kept);
        int keptSolvedCount = 0;
        for (boolean s : keptSolved) {
            keptSolvedCount += s ? 1 : 0;
        }
        // 200 drawn, of which ~solvedCount/2 solved; with weight 0.001 next to 1, only a handful can be drawn
        // when fewer than 100 unsolved levels remain after the first picks.
        assertTrue(keptSolvedCount <= 2, "kept solved levels: " + keptSolvedCount);
    }

    @Test
    void shouldBeDeterministicAndOptionallyRejectUncontrollableLevels() {
        LevelGenerator generator = LevelGenerator.of(LevelSize.S);
        List<Level> a = NoOpFilter.sample(generator, 9, 40, true);
        List<Level> b = NoOpFilter.sample(generator, 9, 40, true);
        for (int i = 0; i < a.size(); i++) {
            assertNull(LevelComparison.firstDifference(a.get(i), b.get(i)), "level " + i);
            assertTrue(LevelSummary.of(a.get(i)).hasUsableControl(), "level " + i + " has a usable actuator");
        }
        assertFalse(a.isEmpty());
    }
}
