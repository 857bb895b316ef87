package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §7 B1 (pair counts and order, §1.4). Exact. */
class PairTablesTest {

    @Test
    void shouldCountJax2dDefaultPairs() {
        StaticConfig config = StaticConfig.jax2dDefault();
        PairTables pairs = new PairTables(config);

        assertEquals(66, config.numCircleCirclePairs());
        assertEquals(144, config.numCirclePolyPairs());
        assertEquals(60, config.numPolyPolyPairs());
        assertEquals(66, pairs.circleCircleA.length);
        assertEquals(144, pairs.circlePolyA.length);
        assertEquals(60, pairs.polyPolyA.length);
    }

    @Test
    void shouldCountKinetixPairs() {
        StaticConfig large = StaticConfig.large();
        assertEquals(60, large.numPolyPolyPairs());
        assertEquals(48, large.numCirclePolyPairs());
        assertEquals(6, large.numCircleCirclePairs());

        StaticConfig medium = StaticConfig.medium();
        assertEquals(9, medium.numPolyPolyPairs());
        assertEquals(18, medium.numCirclePolyPairs());
        assertEquals(3, medium.numCircleCirclePairs());

        StaticConfig small = StaticConfig.small();
        assertEquals(4, small.numPolyPolyPairs());
        assertEquals(10, small.numCirclePolyPairs());
        assertEquals(1, small.numCircleCirclePairs());
    }

    @Test
    void shouldListPolygonPairsLexicographicallyWithoutStaticStaticPairs() {
        PairTables pairs = new PairTables(StaticConfig.jax2dDefault());

        // (0,4), (0,5) … (0,11), (1,4) …
        for (int j = 4; j <= 11; j++) {
            assertEquals(0, pairs.polyPolyA[j - 4]);
            assertEquals(j, pairs.polyPolyB[j - 4]);
        }
        assertEquals(1, pairs.polyPolyA[8]);
        assertEquals(4, pairs.polyPolyB[8]);
        // … ends (9,11), (10,11).
        assertEquals(9, pairs.polyPolyA[58]);
        assertEquals(11, pairs.polyPolyB[58]);
        assertEquals(10, pairs.polyPolyA[59]);
        assertEquals(11, pairs.polyPolyB[59]);

        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int j = i + 1; j < 12; j++) {
                if (!(i < 4 && j < 4)) {
                    expected.add(new int[] {i, j});
                }
            }
        }
        for (int k = 0; k < expected.size(); k++) {
            assertArrayEquals(expected.get(k), new int[] {pairs.polyPolyA[k], pairs.polyPolyB[k]}, "pair " + k);
        }
    }

    @Test
    void shouldIndexCirclePolygonPairsAsCircleTimesPPlusPolygon() {
        StaticConfig config = StaticConfig.jax2dDefault();
        PairTables pairs = new PairTables(config);

        for (int c = 0; c < 12; c++) {
            for (int r = 0; r < 12; r++) {
                int k = c * 12 + r;
                assertEquals(12 + c, pairs.circlePolyA[k], "circle of pair " + k);
                assertEquals(r, pairs.circlePolyB[k], "polygon of pair " + k);
            }
        }
    }

    @Test
    void shouldListCircleCirclePairsLexicographically() {
        PairTables pairs = new PairTables(StaticConfig.jax2dDefault());

        int k = 0;
        for (int i = 0; i < 12; i++) {
            for (int j = i + 1; j < 12; j++) {
                assertEquals(12 + i, pairs.circleCircleA[k], "first circle of pair " + k);
                assertEquals(12 + j, pairs.circleCircleB[k], "second circle of pair " + k);
                k++;
            }
        }
        assertEquals(66, k);
    }
}
