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

    /** float32 cosine: StrictMath's value, rounded (see {@link FloatTrig}). */
    public static float cos(float angle) {
        return (float) FloatTrig.cos(angle);
    }

    /** float32 sine: StrictMath's value, rounded (see {@link FloatTrig}). */
    public static float sin(float angle) {
        return (float) FloatTrig.sin(angle);
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
     * jnp.maximum(x, 0) with {@link Math#max}'s result (−0 gives +0, NaN stays NaN), by one comparison instead of
     * the intrinsic's longer sequence: it sits on the contact solver's critical path.
     */
    public static float maxZero(float x) {
        return x > 0f || x != x ? x : 0f;
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
