package org.kinetix4j.gpu;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;

/**
 * Run-to-run determinism of a device backend (design P7: "run-to-run identical on one device"): the same batch
 * and the same action stream stepped twice from the same start, every array of the two results compared bit for
 * bit (NaNs equal, as in {@link DifferentialCheck}).
 */
public final class DeterminismCheck {
    private DeterminismCheck() {
    }

    /**
     * Steps two copies of {@code batch} {@code steps} times on {@code backend} with the actions of
     * {@code actionSeed} ({@link SceneSampler#randomActions}); returns {@code null} when every array is identical,
     * else the first difference as "field[index]: run 1 x, run 2 y (n arrays differ)". {@code batch} is not
     * modified.
     */
    public static String compare(Backend backend, BatchState batch, int steps, long actionSeed) {
        BatchState first = run(backend, batch, steps, actionSeed);
        BatchState second = run(backend, batch, steps, actionSeed);
        Map<String, Object> a = first.arraysByName();
        Map<String, Object> b = second.arraysByName();
        String firstDifference = null;
        int differing = 0;
        for (Map.Entry<String, Object> entry : a.entrySet()) {
            String difference = firstDifference(entry.getKey(), entry.getValue(), b.get(entry.getKey()));
            if (difference != null) {
                differing++;
                firstDifference = firstDifference == null ? difference : firstDifference;
            }
        }
        return firstDifference == null ? null : firstDifference + " (" + differing + " arrays differ)";
    }

    private static BatchState run(Backend backend, BatchState batch, int steps, long actionSeed) {
        BatchState state = new BatchState(batch.config, batch.envCount);
        for (int env = 0; env < batch.envCount; env++) {
            batch.copyEnv(env, state, env);
        }
        backend.hostStateChanged(state);
        SplittableRandom random = new SplittableRandom(actionSeed);
        float[] actions = new float[state.envCount * state.config.actionSize()];
        for (int step = 0; step < steps; step++) {
            SceneSampler.randomActions(state.config, state.envCount, random, actions);
            backend.step(state, actions);
        }
        backend.syncToHost(state);
        return state;
    }

    private static String firstDifference(String field, Object x, Object y) {
        switch (x) {
            case float[] a -> {
                float[] c = (float[]) y;
                for (int i = 0; i < a.length; i++) {
                    boolean same = Float.floatToIntBits(a[i]) == Float.floatToIntBits(c[i])
                            || (Float.isNaN(a[i]) && Float.isNaN(c[i]));
                    if (!same) {
                        return field + "[" + i + "]: run 1 " + a[i] + ", run 2 " + c[i];
                    }
                }
                return null;
            }
            case int[] a -> {
                int i = Arrays.mismatch(a, (int[]) y);
                return i < 0 ? null : field + "[" + i + "]: run 1 " + a[i] + ", run 2 " + ((int[]) y)[i];
            }
            case boolean[] a -> {
                int i = Arrays.mismatch(a, (boolean[]) y);
                return i < 0 ? null : field + "[" + i + "]: run 1 " + a[i] + ", run 2 " + ((boolean[]) y)[i];
            }
            default -> throw new IllegalArgumentException("unsupported array " + field + " " + x.getClass());
        }
    }
}
