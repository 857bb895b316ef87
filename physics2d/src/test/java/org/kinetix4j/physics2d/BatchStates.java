package org.kinetix4j.physics2d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: copies and compares whole {@link BatchState}s environment by environment, bit for bit.
 *
 * <p>The arrays are found by reflection (every public array field of the state and of its tables), so a field
 * added to the engine later is compared without touching this class. Every such array is env-major with a fixed
 * stride, so environment {@code e}'s slice is {@code [e·len/B, (e+1)·len/B)}. Floats are compared bit for bit
 * (−0 ≠ +0), except that all NaNs compare equal ({@link Float#floatToIntBits}): HotSpot does not make NaN sign
 * bits reproducible across interpreter and JIT tiers.
 */
final class BatchStates {
    private BatchStates() {
    }

    /** Every per-environment array of {@code state}, keyed "table.field" ({@link BatchState#arraysByName}). */
    static Map<String, Object> arrays(BatchState state) {
        return state.arraysByName();
    }

    /** A new batch holding a copy of every environment of {@code state} (via {@link BatchState#copyEnv}). */
    static BatchState copy(BatchState state) {
        BatchState out = new BatchState(state.config, state.envCount);
        for (int env = 0; env < state.envCount; env++) {
            state.copyEnv(env, out, env);
        }
        return out;
    }

    /** A one-environment batch holding a copy of environment {@code env} of {@code state}. */
    static BatchState extract(BatchState state, int env) {
        BatchState out = new BatchState(state.config, 1);
        state.copyEnv(env, out, 0);
        return out;
    }

    /**
     * Describes every array in which environment {@code envA} of {@code a} differs from environment {@code envB}
     * of {@code b} (first differing index and both values per array), plus differing parameters; empty if the two
     * environments are bit-identical.
     */
    static List<String> diffEnv(BatchState a, int envA, BatchState b, int envB) {
        if (!a.config.equals(b.config)) {
            return List.of("configs differ: " + a.config + " vs " + b.config);
        }
        List<String> diffs = new ArrayList<>();
        Map<String, Object> arraysA = arrays(a);
        Map<String, Object> arraysB = arrays(b);
        for (Map.Entry<String, Object> entry : arraysA.entrySet()) {
            Object x = entry.getValue();
            Object y = arraysB.get(entry.getKey());
            int strideA = length(x) / a.envCount;
            int strideB = length(y) / b.envCount;
            if (strideA != strideB || strideA * a.envCount != length(x)) {
                diffs.add(entry.getKey() + ": not an env-major array (lengths " + length(x) + ", " + length(y) + ")");
                continue;
            }
            int first = firstDifference(x, envA * strideA, y, envB * strideB, strideA);
            if (first >= 0) {
                diffs.add(entry.getKey() + "[env-local " + first + "]: " + element(x, envA * strideA + first)
                        + " vs " + element(y, envB * strideB + first));
            }
        }
        if (!a.params(envA).equals(b.params(envB))) {
            diffs.add("params: " + a.params(envA) + " vs " + b.params(envB));
        }
        return diffs;
    }

    /** {@link #diffEnv} over every environment of two batches of the same size, env-prefixed. */
    static List<String> diff(BatchState a, BatchState b) {
        if (a.envCount != b.envCount) {
            return List.of("env counts differ: " + a.envCount + " vs " + b.envCount);
        }
        List<String> diffs = new ArrayList<>();
        for (int env = 0; env < a.envCount; env++) {
            for (String d : diffEnv(a, env, b, env)) {
                diffs.add("env " + env + ": " + d);
            }
        }
        return diffs;
    }

    static int length(Object array) {
        return java.lang.reflect.Array.getLength(array);
    }

    private static String element(Object array, int index) {
        if (array instanceof float[] f) {
            return f[index] + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f[index])) + ")";
        }
        return String.valueOf(java.lang.reflect.Array.get(array, index));
    }

    /** First index i in [0, n) where x[fromX + i] and y[fromY + i] differ, or −1. */
    static int firstDifference(Object x, int fromX, Object y, int fromY, int n) {
        switch (x) {
            case float[] fx -> {
                float[] fy = (float[]) y;
                for (int i = 0; i < n; i++) {
                    // Raw bits, except that every NaN equals every NaN: the JVM does not fix a NaN's sign or
                    // payload (interpreted and JIT-compiled code produce 0x7fc00000 or 0xffc00000 for the same
                    // operation), so a state that has gone NaN is compared by "is NaN" only.
                    if (Float.floatToIntBits(fx[fromX + i]) != Float.floatToIntBits(fy[fromY + i])) {
                        return i;
                    }
                }
                return -1;
            }
            case int[] ix -> {
                int[] iy = (int[]) y;
                for (int i = 0; i < n; i++) {
                    if (ix[fromX + i] != iy[fromY + i]) {
                        return i;
                    }
                }
                return -1;
            }
            case boolean[] bx -> {
                boolean[] by = (boolean[]) y;
                for (int i = 0; i < n; i++) {
                    if (bx[fromX + i] != by[fromY + i]) {
                        return i;
                    }
                }
                return -1;
            }
            default -> throw new AssertionError("unexpected array type " + x.getClass());
        }
    }

    /** Deep copy of one array (for snapshots). */
    static Object cloneArray(Object array) {
        return switch (array) {
            case float[] f -> f.clone();
            case int[] i -> i.clone();
            case boolean[] b -> b.clone();
            default -> throw new AssertionError("unexpected array type " + array.getClass());
        };
    }
}
