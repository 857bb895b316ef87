package org.kinetix4j.env.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A boolean array of a fixed shape, every element free (Gymnasium's {@code MultiBinary}, held as booleans rather
 * than 0/1 integers): the masks of the entity observation.
 */
public final class MultiBinarySpace implements Space {
    private final int[] shape;

    /** A space of boolean arrays of {@code shape}. */
    public MultiBinarySpace(int... shape) {
        this.shape = Shapes.checked(shape);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return DType.BOOL;
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof boolean[] v && v.length == Shapes.size(shape);
    }

    /** Each element true with probability 1/2. */
    @Override
    public Object sample(RandomGenerator rng) {
        boolean[] out = new boolean[Shapes.size(shape)];
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextBoolean();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiBinarySpace m && Arrays.equals(shape, m.shape);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape);
    }

    /** Gymnasium style: {@code MultiBinary((4, 7, 7))}; a one-dimensional space prints its length only. */
    @Override
    public String toString() {
        return "MultiBinary(" + (shape.length == 1 ? Integer.toString(shape[0]) : Shapes.tuple(shape)) + ")";
    }
}
