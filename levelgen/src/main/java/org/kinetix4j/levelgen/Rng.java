package org.kinetix4j.levelgen;

import java.util.SplittableRandom;

/**
 * The generator's source of randomness: a {@link SplittableRandom} used the way the reference uses JAX keys.
 *
 * <p>Every operation of the reference receives its own key, split off its parent ({@code jax.random.split}); here
 * {@link #split(int)} hands out child generators from {@link SplittableRandom#split()}. Each child is used by one
 * operation only, so how many numbers one operation draws never shifts the numbers another one sees, and a seed
 * fixes the whole level. The streams are not JAX's (threefry cannot be reproduced); parity with the reference is
 * distributional (spec kinetix.md §10). Not thread-safe; nothing is shared between calls, so generation is the
 * same on every thread and backend.
 */
final class Rng {
    private static final float TWO_PI = 2f * (float) Math.PI;
    private final SplittableRandom random;

    /** The root generator of a seed. */
    Rng(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** One child key (advances this generator). */
    Rng split() {
        return new Rng(random.split());
    }

    /** {@code n} child keys, one per operation, in order. */
    Rng[] split(int n) {
        Rng[] keys = new Rng[n];
        for (int i = 0; i < n; i++) {
            keys[i] = split();
        }
        return keys;
    }

    /** A float uniform on [0, 1) with 24 random bits, like JAX's float32 uniform. */
    float uniform() {
        return (random.nextInt() >>> 8) * 0x1.0p-24f;
    }

    /** A float uniform on [min, max), computed as JAX does: max(min, U·(max − min) + min). */
    float uniform(float min, float max) {
        return Math.max(min, uniform() * (max - min) + min);
    }

    /** An angle uniform on [0, 2π). */
    float angle() {
        return uniform() * TWO_PI;
    }

    /** An int uniform on [min, max). */
    int randint(int min, int max) {
        return random.nextInt(min, max);
    }

    /** 64 random bits, e.g. a seed for something else. */
    long nextLong() {
        return random.nextLong();
    }

    /**
     * A weighted choice as JAX's {@code random.choice(p=w)} makes it: r = Σw·(1 − U), then the first index whose
     * cumulative weight is ≥ r. Weights need not be normalised; zero weights are never picked unless all are zero,
     * in which case index 0 is returned (the reference relies on that, spec §6).
     */
    int choice(float... weights) {
        float total = 0f;
        for (float w : weights) {
            total += w;
        }
        float r = total * (1f - uniform());
        float cumulative = 0f;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            if (cumulative >= r) {
                return i;
            }
        }
        // Float rounding of the running sum can leave r a hair above it: the last positive weight wins.
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0f) {
                return i;
            }
        }
        return 0;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
