package org.kinetix4j.physics2d;

/**
 * Sine and cosine with the results of {@link StrictMath} (the fdlibm algorithm: Cody–Waite reduction by π/2 in
 * up to three rounds, then the degree-13/14 kernels), without its allocation: the JDK's fdlibm port allocates a
 * two-element array on every call, which an allocation-free step cannot afford at millions of calls per second.
 * The algorithm is reproduced here from its published description; arguments beyond 2^19·π/2, which need
 * Payne–Hanek reduction, are delegated to StrictMath.
 */
final class FloatTrig {
    private static final double HALF = 0.5;
    private static final double INV_PIO2 = 6.36619772367581382433e-01;
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_1T = 6.07710050650619224932e-11;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_2T = 2.02226624879595063154e-21;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double PIO2_3T = 8.47842766036889956997e-32;
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;
    /** High word of π/4: below it no reduction is needed. */
    private static final int QUARTER_PI_HIGH = 0x3fe921fb;
    /** High word of 2^19·π/2: above it fdlibm switches to Payne–Hanek. */
    private static final int MEDIUM_LIMIT_HIGH = 0x413921fb;

    private FloatTrig() {
    }

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** sin(x), bit-identical to {@link StrictMath#sin}. */
    static double sin(double x) {
        return evaluate(x, 0);
    }

    /** cos(x), bit-identical to {@link StrictMath#cos}: sin shifted by one quadrant. */
    static double cos(double x) {
        return evaluate(x, 1);
    }

    /**
     * sin(x + phase·π/2): reduces x = n·π/2 + (head + tail) with |head + tail| ≤ π/4, then picks the kernel by
     * quadrant n + phase. One flat method, so that no reduction result object is ever allocated.
     */
    private static double evaluate(double x, int phase) {
        int ix = high(x) & 0x7fffffff;
        if (ix <= QUARTER_PI_HIGH) {
            return phase == 0 ? kernelSin(x, 0.0, false) : kernelCos(x, 0.0);
        }
        if (ix >= MEDIUM_LIMIT_HIGH) {
            return phase == 0 ? StrictMath.sin(x) : StrictMath.cos(x);
        }
        double t = Math.abs(x);
        int n = (int) (t * INV_PIO2 + HALF);
        double fn = n;
        double r = t - fn * PIO2_1;
        double w = fn * PIO2_1T;
        int exponent = ix >> 20;
        double head = r - w;
        if (exponent - ((high(head) >> 20) & 0x7ff) > 16) {
            // Cancellation: a second round with the next 33 bits of π/2.
            double previous = r;
            w = fn * PIO2_2;
            r = previous - w;
            w = fn * PIO2_2T - ((previous - r) - w);
            head = r - w;
            if (exponent - ((high(head) >> 20) & 0x7ff) > 49) {
                previous = r;
                w = fn * PIO2_3;
                r = previous - w;
                w = fn * PIO2_3T - ((previous - r) - w);
                head = r - w;
            }
        }
        double tail = (r - head) - w;
        if (x < 0) {
            n = -n;
            head = -head;
            tail = -tail;
        }
        return switch ((n + phase) & 3) {
            case 0 -> kernelSin(head, tail, true);
            case 1 -> kernelCos(head, tail);
            case 2 -> -kernelSin(head, tail, true);
            default -> -kernelCos(head, tail);
        };
    }

    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) {
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (HALF * y - v * r) - y) - v * S1);
    }

    private static double kernelCos(double x, double y) {
        int ix = high(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3fd33333) {
            return 1.0 - (HALF * z - (z * r - x * y));
        }
        double qx = ix > 0x3fe90000 ? 0.28125 : Double.longBitsToDouble((long) (ix - 0x00200000) << 32);
        double hz = HALF * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }
}
