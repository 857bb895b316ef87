package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatTrigTest {
    private static void assertSameAsStrictMath(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.sin(x)), Double.doubleToRawLongBits(FloatTrig.sin(x)),
                () -> "sin(" + x + ")");
        assertEquals(Double.doubleToRawLongBits(StrictMath.cos(x)), Double.doubleToRawLongBits(FloatTrig.cos(x)),
                () -> "cos(" + x + ")");
    }

    @Test
    void shouldEqualStrictMathBitForBitOnFloatArguments() {
        SplittableRandom random = new SplittableRandom(11);
        double[] scales = {1e-9, 1e-3, 0.5, 1, 4, 30, 1e3, 1e5, 1e6, 1e7, 1e30};
        for (double scale : scales) {
            for (int i = 0; i < 200_000; i++) {
                assertSameAsStrictMath((float) ((random.nextDouble() * 2 - 1) * scale));
            }
        }
    }

    @Test
    void shouldEqualStrictMathNearMultiplesOfHalfPiAndOnSpecialValues() {
        for (int k = -2000; k <= 2000; k++) {
            float x = (float) (k * Math.PI / 2);
            for (int ulp = -3; ulp <= 3; ulp++) {
                float y = x;
                for (int u = 0; u < Math.abs(ulp); u++) {
                    y = ulp > 0 ? Math.nextUp(y) : Math.nextDown(y);
                }
                assertSameAsStrictMath(y);
            }
        }
        for (double special : new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Math.PI / 4, -Math.PI / 4, Double.MIN_VALUE, Float.MAX_VALUE}) {
            assertSameAsStrictMath(special);
        }
    }
}
