package org.kinetix4j.env.spaces;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A box: every element lies in its own closed interval [low, high] (Gymnasium's {@code Box}). Float boxes may be
 * unbounded on either side (±infinity); integer boxes have finite integral bounds.
 *
 * <p>Bounds are held as doubles but a float box rounds them to float32 first, as Gymnasium casts bounds to the
 * box's dtype: a value is then compared with exactly the bound it would be compared with in float32 arithmetic.
 */
public final class BoxSpace implements Space {
    private final int[] shape;
    private final double[] low;
    private final double[] high;
    private final DType dtype;

    /**
     * A box with per-element bounds, row-major over {@code shape}.
     *
     * @throws IllegalArgumentException if the dtype is BOOL, a bound array's length differs from the shape's size,
     *                                  a bound is NaN, some low exceeds its high, or an int box has a bound that
     *                                  is not an integer in int range
     */
    public BoxSpace(int[] shape, double[] low, double[] high, DType dtype) {
        this.shape = Shapes.checked(shape);
        if (dtype == null || dtype == DType.BOOL) {
            throw new IllegalArgumentException("a box has dtype FLOAT32 or INT32, not " + dtype
                    + " (use MultiBinarySpace for booleans)");
        }
        this.dtype = dtype;
        int size = Shapes.size(this.shape);
        if (low == null || high == null || low.length != size || high.length != size) {
            throw new IllegalArgumentException("low and high must have " + size + " elements for shape "
                    + Shapes.tuple(this.shape) + ", got " + (low == null ? "null" : low.length) + " and "
                    + (high == null ? "null" : high.length));
        }
        this.low = new double[size];
        this.high = new double[size];
        for (int i = 0; i < size; i++) {
            this.low[i] = checkBound("low", i, low[i]);
            this.high[i] = checkBound("high", i, high[i]);
            if (this.low[i] > this.high[i]) {
                throw new IllegalArgumentException("low[" + i + "]=" + low[i] + " exceeds high[" + i + "]="
                        + high[i]);
            }
        }
    }

    /** A float32 box with the same bounds for every element. */
    public static BoxSpace of(double low, double high, int... shape) {
        int size = Shapes.size(Shapes.checked(shape));
        double[] lows = new double[size];
        double[] highs = new double[size];
        Arrays.fill(lows, low);
        Arrays.fill(highs, high);
        return new BoxSpace(shape, lows, highs, DType.FLOAT32);
    }

    /** An int32 box with the same inclusive bounds for every element. */
    public static BoxSpace ofInts(int low, int high, int... shape) {
        int size = Shapes.size(Shapes.checked(shape));
        double[] lows = new double[size];
        double[] highs = new double[size];
        Arrays.fill(lows, low);
        Arrays.fill(highs, high);
        return new BoxSpace(shape, lows, highs, DType.INT32);
    }

    private double checkBound(String name, int i, double bound) {
        if (Double.isNaN(bound)) {
            throw new IllegalArgumentException(name + "[" + i + "] is NaN");
        }
        if (dtype == DType.FLOAT32) {
            return (float) bound;
        }
        if (bound != Math.rint(bound) || bound < Integer.MIN_VALUE || bound > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + "[" + i + "]=" + bound
                    + " must be an integer in int range for an INT32 box");
        }
        return bound;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    /** The lower bounds, row-major (a copy). */
    public double[] low() {
        return low.clone();
    }

    /** The upper bounds, row-major (a copy). */
    public double[] high() {
        return high.clone();
    }

    /** Whether every element is bounded below and above. */
    public boolean isBounded() {
        for (int i = 0; i < low.length; i++) {
            if (Double.isInfinite(low[i]) || Double.isInfinite(high[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean contains(Object value) {
        if (value instanceof float[] v && dtype == DType.FLOAT32 && v.length == low.length) {
            for (int i = 0; i < v.length; i++) {
                // Written so that NaN (which compares false with everything) is rejected.
                if (!(v[i] >= low[i] && v[i] <= high[i])) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof int[] v && dtype == DType.INT32 && v.length == low.length) {
            for (int i = 0; i < v.length; i++) {
                if (v[i] < low[i] || v[i] > high[i]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Samples each element independently, as Gymnasium does: uniform on a bounded interval, normal(0, 1) when
     * unbounded on both sides, and a bound plus/minus an exponential(1) variate when bounded on one side. Int
     * boxes sample uniformly among the integers of [low, high].
     */
    @Override
    public Object sample(RandomGenerator rng) {
        if (dtype == DType.INT32) {
            int[] out = new int[low.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) rng.nextLong((long) low[i], (long) high[i] + 1);
            }
            return out;
        }
        float[] out = new float[low.length];
        for (int i = 0; i < out.length; i++) {
            boolean below = !Double.isInfinite(low[i]);
            boolean above = !Double.isInfinite(high[i]);
            double x;
            if (below && above) {
                x = low[i] + (high[i] - low[i]) * rng.nextDouble();
            } else if (below) {
                x = low[i] + rng.nextExponential();
            } else if (above) {
                x = high[i] - rng.nextExponential();
            } else {
                x = rng.nextGaussian();
            }
            // Rounding to float32 can step just past a bound; clamp so the sample is always a member.
            out[i] = (float) Math.min(Math.max((float) x, low[i]), high[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoxSpace b && dtype == b.dtype && Arrays.equals(shape, b.shape)
                && Arrays.equals(low, b.low) && Arrays.equals(high, b.high);
    }

    @Override
    public int hashCode() {
        return ((dtype.hashCode() * 31 + Arrays.hashCode(shape)) * 31 + Arrays.hashCode(low)) * 31
                + Arrays.hashCode(high);
    }

    /** Gymnasium style: {@code Box(-1.0, 1.0, (6,), float32)}, with arrays when the bounds differ by element. */
    @Override
    public String toString() {
        return "Box(" + bound(low) + ", " + bound(high) + ", " + Shapes.tuple(shape) + ", " + dtype.numpyName()
                + ")";
    }

    private String bound(double[] bounds) {
        boolean uniform = true;
        for (double b : bounds) {
            uniform &= Double.compare(b, bounds[0]) == 0;
        }
        if (bounds.length > 0 && uniform) {
            return format(bounds[0]);
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < bounds.length; i++) {
            sb.append(i == 0 ? "" : " ").append(format(bounds[i]));
        }
        return sb.append(']').toString();
    }

    private String format(double bound) {
        if (Double.isInfinite(bound)) {
            return bound > 0 ? "inf" : "-inf";
        }
        return dtype == DType.INT32 ? Long.toString((long) bound) : Float.toString((float) bound);
    }
}
