package org.kinetix4j.env.spaces;

import java.util.random.RandomGenerator;

/**
 * One integer in {@code 0..n-1} (Gymnasium's {@code Discrete(n)}). Its shape is the scalar shape {@code ()}, so a
 * value is an {@code int[]} of length 1; a boxed {@link Integer} is accepted by {@link #contains} as well.
 *
 * @param n number of choices, ≥ 1
 */
public record DiscreteSpace(int n) implements Space {

    /** Validates {@code n}. */
    public DiscreteSpace {
        if (n < 1) {
            throw new IllegalArgumentException("n=" + n + " must be >= 1");
        }
    }

    @Override
    public int[] shape() {
        return new int[0];
    }

    @Override
    public DType dtype() {
        return DType.INT32;
    }

    @Override
    public boolean contains(Object value) {
        if (value instanceof Integer i) {
            return i >= 0 && i < n;
        }
        return value instanceof int[] v && v.length == 1 && v[0] >= 0 && v[0] < n;
    }

    /** A fresh {@code int[1]} holding a uniform choice. */
    @Override
    public Object sample(RandomGenerator rng) {
        return new int[] {rng.nextInt(n)};
    }

    @Override
    public String toString() {
        return "Discrete(" + n + ")";
    }
}
