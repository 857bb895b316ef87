package org.kinetix4j.env.spaces;

import java.util.Arrays;
import java.util.StringJoiner;

/** Shape helpers shared by the spaces. */
final class Shapes {
    private Shapes() {
    }

    /** Validates a shape (every dimension ≥ 0, product fits in an int) and returns a private copy. */
    static int[] checked(int[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException("shape must not be null");
        }
        long size = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("shape[" + i + "]=" + shape[i] + " must be >= 0 in shape "
                        + Arrays.toString(shape));
            }
            size *= shape[i];
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has more than "
                        + Integer.MAX_VALUE + " elements");
            }
        }
        return shape.clone();
    }

    static int size(int[] shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        return size;
    }

    /** Python tuple notation, as Gymnasium prints shapes: {@code ()}, {@code (6,)}, {@code (4, 7, 7)}. */
    static String tuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (int d : shape) {
            joiner.add(Integer.toString(d));
        }
        return joiner.toString();
    }
}
