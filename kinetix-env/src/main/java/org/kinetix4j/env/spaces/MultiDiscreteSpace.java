package org.kinetix4j.env.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A vector of integers, component {@code i} in {@code 0..nvec[i]-1} (Gymnasium's {@code MultiDiscrete}).
 */
public final class MultiDiscreteSpace implements Space {
    private final int[] nvec;

    /**
     * A space with {@code nvec.length} components.
     *
     * @throws IllegalArgumentException if a component has fewer than one choice
     */
    public MultiDiscreteSpace(int... nvec) {
        if (nvec == null) {
            throw new IllegalArgumentException("nvec must not be null");
        }
        for (int i = 0; i < nvec.length; i++) {
            if (nvec[i] < 1) {
                throw new IllegalArgumentException("nvec[" + i + "]=" + nvec[i] + " must be >= 1");
            }
        }
        this.nvec = nvec.clone();
    }

    /** Choices per component (a copy). */
    public int[] nvec() {
        return nvec.clone();
    }

    @Override
    public int[] shape() {
        return new int[] {nvec.length};
    }

    @Override
    public DType dtype() {
        return DType.INT32;
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof int[] v) || v.length != nvec.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] >= nvec[i]) {
                return false;
            }
        }
        return true;
    }

    /** Each component uniformly, as Kinetix's helper does (floor(U·n_i)). */
    @Override
    public Object sample(RandomGenerator rng) {
        int[] out = new int[nvec.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextInt(nvec[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiDiscreteSpace m && Arrays.equals(nvec, m.nvec);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nvec);
    }

    /** Gymnasium style: {@code MultiDiscrete([3 3 3 3 2 2])}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MultiDiscrete([");
        for (int i = 0; i < nvec.length; i++) {
            sb.append(i == 0 ? "" : " ").append(nvec[i]);
        }
        return sb.append("])").toString();
    }
}
