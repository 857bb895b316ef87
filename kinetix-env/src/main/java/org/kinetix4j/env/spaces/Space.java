package org.kinetix4j.env.spaces;

import java.util.random.RandomGenerator;

/**
 * A set of valid values, in the manner of Gymnasium's spaces: the action and observation spaces of the Kinetix
 * environment (spec kinetix.md §3, §4).
 *
 * <p>Values are flat, row-major primitive arrays whose element type is given by {@link #dtype()}: {@code float[]}
 * for {@link DType#FLOAT32}, {@code int[]} for {@link DType#INT32}, {@code boolean[]} for {@link DType#BOOL}; the
 * array length is {@link #size()}, the product of {@link #shape()}. A {@link DictSpace} holds a
 * {@code Map<String, ?>} of such arrays instead.
 */
public sealed interface Space permits BoxSpace, DiscreteSpace, MultiDiscreteSpace, MultiBinarySpace, DictSpace {

    /** The shape of one value (a fresh copy; empty for a scalar). */
    int[] shape();

    /** The element type of one value. */
    DType dtype();

    /**
     * Whether {@code value} is a member: a primitive array of {@link #dtype()} with {@link #size()} elements, each
     * within this space's bounds (for a {@link DictSpace}: a map with exactly its keys, each value a member of its
     * sub-space). Any other object, {@code null} included, is not a member.
     */
    boolean contains(Object value);

    /**
     * A new value drawn from this space with {@code rng}: a fresh primitive array of {@link #dtype()}, or for a
     * {@link DictSpace} a fresh insertion-ordered map of them.
     */
    Object sample(RandomGenerator rng);

    /** Number of elements in one value: the product of {@link #shape()} (1 for a scalar). */
    default int size() {
        return Shapes.size(shape());
    }
}
