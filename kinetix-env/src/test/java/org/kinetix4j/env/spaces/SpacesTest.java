package org.kinetix4j.env.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpacesTest {
    private static final float INF = Float.POSITIVE_INFINITY;

    @Test
    void shouldSampleBoundedBoxInsideItsBoundsAndContainTheSamples() {
        BoxSpace box = new BoxSpace(new int[] {2, 3}, new double[] {-1, 0, 2, -5, 0.1, 7},
                new double[] {1, 0, 3, -4, 0.2, 9}, DType.FLOAT32);
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            float[] v = (float[]) box.sample(rng);
            assertEquals(6, v.length);
            assertTrue(box.contains(v), () -> java.util.Arrays.toString(v));
            assertEquals(0f, v[1]);
        }
        assertArrayEquals(new int[] {2, 3}, box.shape());
        assertEquals(6, box.size());
        assertEquals(DType.FLOAT32, box.dtype());
        assertTrue(box.isBounded());
    }

    @Test
    void shouldRejectOutOfBoundsNanWrongLengthAndWrongTypeValuesInBox() {
        BoxSpace box = BoxSpace.of(-1, 1, 3);
        assertTrue(box.contains(new float[] {-1, 0, 1}));
        assertFalse(box.contains(new float[] {-1, 0, 1.0001f}));
        assertFalse(box.contains(new float[] {-1, Float.NaN, 0}));
        assertFalse(box.contains(new float[] {0, 0}));
        assertFalse(box.contains(new int[] {0, 0, 0}));
        assertFalse(box.contains(new double[] {0, 0, 0}));
        assertFalse(box.contains(null));
    }

    @Test
    void shouldCompareFloatBoxValuesWithBoundsRoundedToFloat32() {
        BoxSpace box = BoxSpace.of(0, 0.1, 1);
        assertTrue(box.contains(new float[] {0.1f}), "0.1f is above the double 0.1 but equals the float32 bound");
        assertEquals((double) 0.1f, box.high()[0]);
    }

    @Test
    void shouldSampleUnboundedAndHalfBoundedBoxesAsFiniteMembers() {
        BoxSpace box = new BoxSpace(new int[] {3}, new double[] {-INF, 2, -INF}, new double[] {INF, INF, -3},
                DType.FLOAT32);
        assertFalse(box.isBounded());
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 1000; i++) {
            float[] v = (float[]) box.sample(rng);
            assertTrue(Float.isFinite(v[0]) && v[1] >= 2 && v[2] <= -3, () -> java.util.Arrays.toString(v));
            assertTrue(box.contains(v));
        }
        assertTrue(box.contains(new float[] {INF, INF, -INF}), "infinite values lie in an unbounded box");
    }

    @Test
    void shouldSampleEveryIntegerOfAnIntBoxIncludingBothBounds() {
        BoxSpace box = BoxSpace.ofInts(0, 6, 2, 2);
        assertEquals(DType.INT32, box.dtype());
        boolean[] seen = new boolean[7];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            int[] v = (int[]) box.sample(rng);
            assertTrue(box.contains(v));
            for (int x : v) {
                seen[x] = true;
            }
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertFalse(box.contains(new int[] {0, 0, 0, 7}));
        assertFalse(box.contains(new int[] {-1, 0, 0, 0}));
        assertFalse(box.contains(new float[] {0, 0, 0, 0}));
    }

    @Test
    void shouldRejectInvalidBoxDefinitions() {
        assertThrows(IllegalArgumentException.class, () -> BoxSpace.of(1, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> BoxSpace.of(Double.NaN, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> BoxSpace.of(0, 1, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new BoxSpace(new int[] {2}, new double[] {0}, new double[] {1, 1}, DType.FLOAT32));
        assertThrows(IllegalArgumentException.class,
                () -> new BoxSpace(new int[] {1}, new double[] {0}, new double[] {1}, DType.BOOL));
        assertThrows(IllegalArgumentException.class,
                () -> new BoxSpace(new int[] {1}, new double[] {0.5}, new double[] {1}, DType.INT32));
    }

    @Test
    void shouldContainOnlyInRangeDiscreteValuesAndSampleThemAll() {
        DiscreteSpace d = new DiscreteSpace(11);
        assertArrayEquals(new int[0], d.shape());
        assertEquals(1, d.size());
        assertEquals(DType.INT32, d.dtype());
        assertTrue(d.contains(new int[] {0}));
        assertTrue(d.contains(new int[] {10}));
        assertTrue(d.contains(10));
        assertFalse(d.contains(new int[] {11}));
        assertFalse(d.contains(new int[] {-1}));
        assertFalse(d.contains(new int[] {1, 2}));
        boolean[] seen = new boolean[11];
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < 2000; i++) {
            int[] v = (int[]) d.sample(rng);
            assertTrue(d.contains(v));
            seen[v[0]] = true;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
        assertThrows(IllegalArgumentException.class, () -> new DiscreteSpace(0));
    }

    @Test
    void shouldContainOnlyPerComponentInRangeMultiDiscreteValues() {
        MultiDiscreteSpace m = new MultiDiscreteSpace(3, 3, 3, 3, 2, 2);
        assertArrayEquals(new int[] {6}, m.shape());
        assertArrayEquals(new int[] {3, 3, 3, 3, 2, 2}, m.nvec());
        assertTrue(m.contains(new int[] {2, 2, 2, 2, 1, 1}));
        assertFalse(m.contains(new int[] {2, 2, 2, 2, 2, 1}));
        assertFalse(m.contains(new int[] {0, 0, 0, 0, 0}));
        SplittableRandom rng = new SplittableRandom(5);
        int[] max = new int[6];
        for (int i = 0; i < 1000; i++) {
            int[] v = (int[]) m.sample(rng);
            assertTrue(m.contains(v));
            for (int k = 0; k < 6; k++) {
                max[k] = Math.max(max[k], v[k]);
            }
        }
        assertArrayEquals(new int[] {2, 2, 2, 2, 1, 1}, max);
        assertThrows(IllegalArgumentException.class, () -> new MultiDiscreteSpace(3, 0));
    }

    @Test
    void shouldSampleBooleanArraysOfTheMultiBinaryShape() {
        MultiBinarySpace b = new MultiBinarySpace(4, 7, 7);
        assertEquals(196, b.size());
        assertEquals(DType.BOOL, b.dtype());
        boolean[] v = (boolean[]) b.sample(new SplittableRandom(6));
        assertEquals(196, v.length);
        assertTrue(b.contains(v));
        assertFalse(b.contains(new boolean[195]));
        assertFalse(b.contains(new int[196]));
    }

    @Test
    void shouldSampleDictsInKeyOrderAndCheckEveryEntry() {
        LinkedHashMap<String, Space> entries = new LinkedHashMap<>();
        entries.put("x", BoxSpace.of(-1, 1, 2));
        entries.put("mask", new MultiBinarySpace(3));
        entries.put("idx", BoxSpace.ofInts(0, 4, 2, 2));
        DictSpace dict = new DictSpace(entries);
        assertEquals(2 + 3 + 4, dict.size());
        Object sample = dict.sample(new SplittableRandom(7));
        Map<?, ?> map = assertInstanceOf(Map.class, sample);
        assertEquals(java.util.List.of("x", "mask", "idx"), java.util.List.copyOf(map.keySet()));
        assertTrue(dict.contains(sample));

        LinkedHashMap<Object, Object> wrong = new LinkedHashMap<>(map);
        wrong.put("idx", new int[] {0, 0, 0, 5});
        assertFalse(dict.contains(wrong));
        wrong.put("idx", map.get("idx"));
        wrong.put("extra", new int[0]);
        assertFalse(dict.contains(wrong));
        wrong.remove("extra");
        wrong.remove("x");
        assertFalse(dict.contains(wrong));
        assertFalse(dict.contains(new float[2]));
        assertThrows(UnsupportedOperationException.class, dict::shape);
        assertThrows(UnsupportedOperationException.class, dict::dtype);
        assertEquals(new MultiBinarySpace(3), dict.get("mask"));
        assertThrows(IllegalArgumentException.class, () -> dict.get("nope"));
    }

    @Test
    void shouldPrintLikeGymnasium() {
        assertEquals("Box(-1.0, 1.0, (6,), float32)", BoxSpace.of(-1, 1, 6).toString());
        assertEquals("Box(-inf, inf, (5, 27), float32)", BoxSpace.of(-INF, INF, 5, 27).toString());
        assertEquals("Box(0, 6, (2, 2), int32)", BoxSpace.ofInts(0, 6, 2, 2).toString());
        assertEquals("Box([0.0 1.0], 2.0, (2,), float32)",
                new BoxSpace(new int[] {2}, new double[] {0, 1}, new double[] {2, 2}, DType.FLOAT32).toString());
        assertEquals("Discrete(11)", new DiscreteSpace(11).toString());
        assertEquals("MultiDiscrete([3 3 3 3 2 2])", new MultiDiscreteSpace(3, 3, 3, 3, 2, 2).toString());
        assertEquals("MultiBinary(5)", new MultiBinarySpace(5).toString());
        assertEquals("MultiBinary((4, 7, 7))", new MultiBinarySpace(4, 7, 7).toString());
        LinkedHashMap<String, Space> entries = new LinkedHashMap<>();
        entries.put("a", new DiscreteSpace(2));
        entries.put("b", new MultiBinarySpace(1));
        assertEquals("Dict('a': Discrete(2), 'b': MultiBinary(1))", new DictSpace(entries).toString());
    }

    @Test
    void shouldCompareSpacesByValue() {
        assertEquals(BoxSpace.of(-1, 1, 6), BoxSpace.of(-1, 1, 6));
        assertEquals(BoxSpace.of(-1, 1, 6).hashCode(), BoxSpace.of(-1, 1, 6).hashCode());
        assertNotEquals(BoxSpace.of(-1, 1, 6), BoxSpace.of(-1, 1, 2, 3));
        assertNotEquals(BoxSpace.of(-1, 1, 6), BoxSpace.ofInts(-1, 1, 6));
        assertEquals(new MultiDiscreteSpace(3, 2), new MultiDiscreteSpace(3, 2));
        assertNotEquals(new MultiDiscreteSpace(3, 2), new MultiDiscreteSpace(2, 3));
        assertEquals(new DiscreteSpace(4), new DiscreteSpace(4));
        assertEquals(new MultiBinarySpace(2, 3), new MultiBinarySpace(2, 3));
        LinkedHashMap<String, Space> ab = new LinkedHashMap<>();
        ab.put("a", new DiscreteSpace(2));
        ab.put("b", new DiscreteSpace(3));
        LinkedHashMap<String, Space> ba = new LinkedHashMap<>();
        ba.put("b", new DiscreteSpace(3));
        ba.put("a", new DiscreteSpace(2));
        assertEquals(new DictSpace(ab), new DictSpace(new LinkedHashMap<>(ab)));
        assertNotEquals(new DictSpace(ab), new DictSpace(ba), "order is part of a dict space");
    }

    @Test
    void shouldNotExposeInternalArrays() {
        BoxSpace box = BoxSpace.of(-1, 1, 2);
        box.shape()[0] = 9;
        box.low()[0] = 5;
        assertArrayEquals(new int[] {2}, box.shape());
        assertEquals(-1, box.low()[0]);
        MultiDiscreteSpace m = new MultiDiscreteSpace(3, 2);
        m.nvec()[0] = 1;
        assertTrue(m.contains(new int[] {2, 1}));
    }
}
