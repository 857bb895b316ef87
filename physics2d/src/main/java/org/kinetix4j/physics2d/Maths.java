package org.kinetix4j.physics2d;

/**
 * The few float32 primitives every stage shares (Jax2D {@code maths.py}).
 *
 * <p>Transcendentals are evaluated in double with {@link StrictMath} and rounded to float: correctly rounded in
 * practice, and bit-reproducible on every JVM, JIT tier and thread count ({@link Math}'s are not specified to be).
 */
public final class Maths {
    /** float32 cos(float32(π/2)) = −4.371139e−8: Jax2D's {@code rot_left} skews every edge normal by this. */
    public static final float COS_HALF_PI = (float) StrictMath.cos((float) (Math.PI / 2.0));
    /** float32 sin(float32(π/2)) = 1. */
    public static final float SIN_HALF_PI = (float) StrictMath.sin((float) (Math.PI / 2.0));

    private Maths() {
    }

    /** Jax2D {@code zero_to_one}: 1 if x is exactly zero, else x; guards every division. */
    public static float nz(float x) {
        return x == 0f ? 1f : x;
    }

    /** float32 |(x, y)|, computed without overflow scaling as the reference does. */
    public static float length(float x, float y) {
        return (float) Math.sqrt(x * x + y * y);
    }

    /** float32 cosine; see {@link #sin} for how it is evaluated. */
    public static float cos(float angle) {
        return (float) cosine(angle);
    }

    /**
     * float32 sine: reduced to |r| ≤ π/4 with fdlibm's three-part Cody–Waite split of π/2, then {@link StrictMath}
     * on r. Rotations are never wrapped, so the argument is often large; {@link StrictMath#sin} itself allocates a
     * scratch array for every such argument, which the allocation-free step cannot afford. The reduction is exact
     * to ~1e−27 for |x| &lt; 2^17, so the float result is the correctly rounded one in practice, and it is pure
     * double arithmetic: bit-reproducible everywhere. Larger arguments (hours of full-speed spinning) fall back to
     * StrictMath.
     */
    public static float sin(float angle) {
        return (float) sine(angle);
    }

    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;
    /** fdlibm's π/2 split: the first 33 bits, the next 33, the next 33 (each product n·part is exact). */
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double QUARTER_PI = Math.PI / 4;
    private static final double REDUCTION_LIMIT = 131072.0;

    private static double sine(double x) {
        double magnitude = Math.abs(x);
        if (magnitude <= QUARTER_PI || !(magnitude < REDUCTION_LIMIT)) {
            return StrictMath.sin(x);
        }
        double n = Math.rint(x * TWO_OVER_PI);
        double r = x - n * PIO2_1 - n * PIO2_2 - n * PIO2_3;
        return switch ((int) n & 3) {
            case 0 -> StrictMath.sin(r);
            case 1 -> StrictMath.cos(r);
            case 2 -> -StrictMath.sin(r);
            default -> -StrictMath.cos(r);
        };
    }

    private static double cosine(double x) {
        double magnitude = Math.abs(x);
        if (magnitude <= QUARTER_PI || !(magnitude < REDUCTION_LIMIT)) {
            return StrictMath.cos(x);
        }
        double n = Math.rint(x * TWO_OVER_PI);
        double r = x - n * PIO2_1 - n * PIO2_2 - n * PIO2_3;
        return switch ((int) n & 3) {
            case 0 -> StrictMath.cos(r);
            case 1 -> -StrictMath.sin(r);
            case 2 -> -StrictMath.cos(r);
            default -> StrictMath.sin(r);
        };
    }

    /** float32 hyperbolic tangent. */
    public static float tanh(float x) {
        return (float) StrictMath.tanh(x);
    }

    /** float32 atan2. */
    public static float atan2(float y, float x) {
        return (float) StrictMath.atan2(y, x);
    }

    /** jnp.sign: −1, 0 or +1 (0 for ±0). */
    public static float sign(float x) {
        return x > 0f ? 1f : (x < 0f ? -1f : 0f);
    }

    /**
     * jnp.clip(x, lo, hi) = min(max(x, lo), hi) for non-NaN bounds. Comparisons instead of {@link Math#min}/
     * {@link Math#max} (which order −0 below +0, and cost several instructions each in the hot loops); a NaN x
     * propagates as in the reference.
     */
    public static float clip(float x, float lo, float hi) {
        float low = x < lo ? lo : x;
        return low > hi ? hi : low;
    }
}
