/*
 * Float32 primitives of the step, each matching physics2d's Maths / FloatTrig / java.lang.Math bit for bit.
 *
 * sin and cos are the fdlibm algorithm evaluated in double exactly as FloatTrig does (Cody-Waite reduction by
 * pi/2, degree-13/14 kernels), so rounding the double to float gives StrictMath's float. Arguments beyond
 * 2^19*pi/2 (rotations no simulation reaches: |omega| <= 50 rad/s moves ~0.8 rad per step) fall back to the
 * device's double sin/cos, as FloatTrig falls back to StrictMath's Payne-Hanek reduction.
 * tanh and atan2 use the device's double functions rounded to float: the double result is within a few ulp
 * of StrictMath's, so the float rounding agrees except when the exact value lies within ~1e-15 relative of a
 * float rounding boundary (about one call in 10^8). KernelMathsTest checks all four against StrictMath on
 * 406,000 arguments; on PoCL every one is bit-identical. Should a device differ, port fdlibm's tanh and atan2
 * here as sin and cos are.
 */

#define TRIG_HALF 0.5
#define TRIG_INV_PIO2 6.36619772367581382433e-01
#define TRIG_PIO2_1 1.57079632673412561417e+00
#define TRIG_PIO2_1T 6.07710050650619224932e-11
#define TRIG_PIO2_2 6.07710050630396597660e-11
#define TRIG_PIO2_2T 2.02226624879595063154e-21
#define TRIG_PIO2_3 2.02226624871116645580e-21
#define TRIG_PIO2_3T 8.47842766036889956997e-32
#define TRIG_QUARTER_PI_HIGH 0x3fe921fb
#define TRIG_MEDIUM_LIMIT_HIGH 0x413921fb

FUNC int highWord(double x) {
    return (int) (AS_LONG(x) >> 32);
}

FUNC double kernelSin(double x, double y, int hasTail) {
    int ix = highWord(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
        return x;
    }
    double z = x * x;
    double v = z * x;
    double r = 8.33333333332248946124e-03 + z * (-1.98412698298579493134e-04 + z * (2.75573137070700676789e-06
            + z * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)));
    if (!hasTail) {
        return x + v * (-1.66666666666666324348e-01 + z * r);
    }
    return x - ((z * (TRIG_HALF * y - v * r) - y) - v * -1.66666666666666324348e-01);
}

FUNC double kernelCos(double x, double y) {
    int ix = highWord(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
        return 1.0;
    }
    double z = x * x;
    double r = z * (4.16666666666666019037e-02 + z * (-1.38888888888741095749e-03 + z * (2.48015872894767294178e-05
            + z * (-2.75573143513906633035e-07 + z * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11)))));
    if (ix < 0x3fd33333) {
        return 1.0 - (TRIG_HALF * z - (z * r - x * y));
    }
    double qx = ix > 0x3fe90000 ? 0.28125 : AS_DOUBLE(((long) (ix - 0x00200000)) << 32);
    double hz = TRIG_HALF * z - qx;
    double a = 1.0 - qx;
    return a - (hz - (z * r - x * y));
}

/* sin(x + phase*pi/2), as FloatTrig.evaluate. */
FUNC double trigEvaluate(double x, int phase) {
    int ix = highWord(x) & 0x7fffffff;
    if (ix <= TRIG_QUARTER_PI_HIGH) {
        return phase == 0 ? kernelSin(x, 0.0, 0) : kernelCos(x, 0.0);
    }
    if (ix >= TRIG_MEDIUM_LIMIT_HIGH) {
        return phase == 0 ? sin(x) : cos(x);
    }
    double t = fabs(x);
    int n = (int) (t * TRIG_INV_PIO2 + TRIG_HALF);
    double fn = (double) n;
    double r = t - fn * TRIG_PIO2_1;
    double w = fn * TRIG_PIO2_1T;
    int exponent = ix >> 20;
    double head = r - w;
    if (exponent - ((highWord(head) >> 20) & 0x7ff) > 16) {
        double previous = r;
        w = fn * TRIG_PIO2_2;
        r = previous - w;
        w = fn * TRIG_PIO2_2T - ((previous - r) - w);
        head = r - w;
        if (exponent - ((highWord(head) >> 20) & 0x7ff) > 49) {
            previous = r;
            w = fn * TRIG_PIO2_3;
            r = previous - w;
            w = fn * TRIG_PIO2_3T - ((previous - r) - w);
            head = r - w;
        }
    }
    double tail = (r - head) - w;
    if (x < 0) {
        n = -n;
        head = -head;
        tail = -tail;
    }
    switch ((n + phase) & 3) {
        case 0: return kernelSin(head, tail, 1);
        case 1: return kernelCos(head, tail);
        case 2: return -kernelSin(head, tail, 1);
        default: return -kernelCos(head, tail);
    }
}

/* Maths.cos / Maths.sin: StrictMath's double value rounded to float. */
FUNC float fcos(float angle) {
    return (float) trigEvaluate((double) angle, 1);
}

FUNC float fsin(float angle) {
    return (float) trigEvaluate((double) angle, 0);
}

FUNC float ftanh(float x) {
    return (float) tanh((double) x);
}

FUNC float fatan2(float y, float x) {
    return (float) atan2((double) y, (double) x);
}

/* Maths.nz (Jax2D zero_to_one): guards every division. */
FUNC float nz(float x) {
    return x == 0.0f ? 1.0f : x;
}

/* Maths.length: float32 sqrt(x^2 + y^2) without overflow scaling. */
FUNC float flength(float x, float y) {
    return sqrt(x * x + y * y);
}

/* Maths.clip: max first, then min, by comparisons (a NaN x propagates). */
FUNC float clip(float x, float lo, float hi) {
    float low = x < lo ? lo : x;
    return low > hi ? hi : low;
}

/* Maths.sign (jnp.sign): -1, 0 or +1. */
FUNC float fsign(float x) {
    return x > 0.0f ? 1.0f : (x < 0.0f ? -1.0f : 0.0f);
}

/* java.lang.Math.min(float, float): NaN wins, -0 is below +0 (fmin specifies neither). */
FUNC float jmin(float a, float b) {
    if (a != a) {
        return a;
    }
    if (a == 0.0f && b == 0.0f && FLOAT_BITS(b) == (int) 0x80000000) {
        return b;
    }
    return a <= b ? a : b;
}

/* java.lang.Math.max(float, float): NaN wins, +0 is above -0. */
FUNC float jmax(float a, float b) {
    if (a != a) {
        return a;
    }
    if (a == 0.0f && b == 0.0f && FLOAT_BITS(a) == (int) 0x80000000) {
        return b;
    }
    return a >= b ? a : b;
}
