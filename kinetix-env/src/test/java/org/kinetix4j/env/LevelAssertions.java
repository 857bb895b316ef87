package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.kinetix4j.physics2d.BatchState;

/** Bit-for-bit comparison of levels: every public array of every table, found by reflection so none is missed. */
final class LevelAssertions {
    private LevelAssertions() {
    }

    /** Asserts both levels hold the same parameters and bit-identical state and Kinetix tables. */
    static void assertSameLevel(Level expected, Level actual, String message) {
        assertEquals(expected.staticParams(), actual.staticParams(), message + ": static params");
        assertEquals(expected.envParams(), actual.envParams(), message + ": env params");
        assertSameState(expected.state(), actual.state(), message);
        int compared = assertSameArrays(expected.tables(), actual.tables(), message + ": tables");
        assertEquals(6, compared, message + ": EnvTables array count changed; update the writer and this test");
    }

    /** Asserts both one-environment states are bit-identical (tables, matrix, gravity, status, params). */
    static void assertSameState(BatchState expected, BatchState actual, String message) {
        assertEquals(expected.config, actual.config, message + ": config");
        assertEquals(expected.params(0), actual.params(0), message + ": sim params");
        int arrays = 0;
        arrays += assertSameArrays(expected.shapes, actual.shapes, message + ": shapes");
        arrays += assertSameArrays(expected.joints, actual.joints, message + ": joints");
        arrays += assertSameArrays(expected.thrusters, actual.thrusters, message + ": thrusters");
        arrays += assertSameArrays(expected.polyPolyManifolds, actual.polyPolyManifolds, message + ": rr manifolds");
        arrays += assertSameArrays(expected.circlePolyManifolds, actual.circlePolyManifolds,
                message + ": cr manifolds");
        arrays += assertSameArrays(expected.circleCircleManifolds, actual.circleCircleManifolds,
                message + ": cc manifolds");
        arrays += assertSameArrays(expected, actual, message + ": state");
        // 16 shape + 20 joint + 8 thruster + 3 x 9 manifold + 4 batch arrays (matrix, gravity x/y, status)
        assertEquals(16 + 20 + 8 + 27 + 4, arrays, message + ": array count changed; update the writer and this test");
    }

    /** Compares every public array field of two objects of one class bit for bit; returns how many it compared. */
    static int assertSameArrays(Object expected, Object actual, String message) {
        assertEquals(expected.getClass(), actual.getClass(), message);
        int count = 0;
        for (Field field : arrayFields(expected.getClass())) {
            try {
                assertSameArray(field.get(expected), field.get(actual), message + "." + field.getName());
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            count++;
        }
        return count;
    }

    private static List<Field> arrayFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && field.getType().isArray()) {
                out.add(field);
            }
        }
        assertFalse(out.isEmpty(), type + " has no public arrays");
        return out;
    }

    private static void assertSameArray(Object expected, Object actual, String message) {
        switch (expected) {
            case float[] e -> {
                float[] a = (float[]) actual;
                assertEquals(e.length, a.length, message + " length");
                for (int i = 0; i < e.length; i++) {
                    if (Float.floatToRawIntBits(e[i]) != Float.floatToRawIntBits(a[i])) {
                        fail(message + "[" + i + "]: expected " + e[i] + " but was " + a[i]);
                    }
                }
            }
            case int[] e -> {
                int[] a = (int[]) actual;
                assertEquals(e.length, a.length, message + " length");
                for (int i = 0; i < e.length; i++) {
                    assertEquals(e[i], a[i], message + "[" + i + "]");
                }
            }
            case boolean[] e -> {
                boolean[] a = (boolean[]) actual;
                assertEquals(e.length, a.length, message + " length");
                for (int i = 0; i < e.length; i++) {
                    assertEquals(e[i], a[i], message + "[" + i + "]");
                }
            }
            default -> fail(message + ": unexpected array type " + expected.getClass());
        }
    }
}
