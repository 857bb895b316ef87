package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The kernel's float32 primitives ({@code maths.cl}) against physics2d's {@link Maths} on the device, bit for bit:
 * the fdlibm sin/cos port on every reduction branch, and tanh/atan2 (the device's double functions rounded to
 * float) on ranges the step uses.
 */
@Tag("opencl")
class KernelMathsTest {
    private static final String PROBE = """
            KERNEL probeMaths(int n, GLOBAL const float *x, GLOBAL const float *y, GLOBAL float *sinOut,
                    GLOBAL float *cosOut, GLOBAL float *tanhOut, GLOBAL float *atan2Out) {
                int i = ENV_INDEX;
                if (i < n) {
                    sinOut[i] = fsin(x[i]);
                    cosOut[i] = fcos(x[i]);
                    tanhOut[i] = ftanh(y[i]);
                    atan2Out[i] = fatan2(y[i], x[i]);
                }
            }
            """;

    @Test
    void shouldMatchStrictMathBitForBit() {
        OpenClDevice.requireDevice();
        float[] x = inputs(7);
        float[] y = inputs(8);
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3 == 0 ? y[i] / 64f : y[i];
        }
        int n = x.length;
        float[][] out = new float[4][n];
        try (OpenClRuntime runtime = new OpenClRuntime()) {
            DeviceRuntime.DeviceKernel kernel = runtime
                    .compile(KernelSource.source() + PROBE, KernelSource.defines(StaticConfig.small()), true)
                    .kernel("probeMaths");
            DeviceRuntime.DeviceBuffer xs = runtime.allocate(4L * n);
            DeviceRuntime.DeviceBuffer ys = runtime.allocate(4L * n);
            runtime.write(xs, x);
            runtime.write(ys, y);
            List<Object> arguments = new ArrayList<>(List.of(n, xs, ys));
            List<DeviceRuntime.DeviceBuffer> results = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                results.add(runtime.allocate(4L * n));
            }
            arguments.addAll(results);
            runtime.launch(kernel, n, 64, arguments.toArray());
            for (int k = 0; k < 4; k++) {
                runtime.read(results.get(k), out[k]);
            }
        }
        for (int i = 0; i < n; i++) {
            assertSame(Maths.sin(x[i]), out[0][i], "sin", x[i]);
            assertSame(Maths.cos(x[i]), out[1][i], "cos", x[i]);
            assertSame(Maths.tanh(y[i]), out[2][i], "tanh", y[i]);
            assertSame(Maths.atan2(y[i], x[i]), out[3][i], "atan2 with x=" + x[i] + ", y", y[i]);
        }
    }

    private static void assertSame(float expected, float actual, String function, float argument) {
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual),
                () -> function + "(" + argument + "): StrictMath " + expected + ", kernel " + actual);
    }

    /**
     * Special values, every reduction branch of the sin/cos port (|x| below π/4, medium arguments with one, two
     * and three Cody–Waite rounds near multiples of π/2, beyond 2^19·π/2), and 400,000 random floats.
     */
    private static float[] inputs(long seed) {
        List<Float> values = new ArrayList<>(List.of(0f, -0f, Float.NaN, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, 0.785398f, -0.785398f,
                (float) (Math.PI / 2), (float) Math.PI, 1e6f, -3e7f, 823550f, Float.MAX_VALUE));
        for (int k = 1; k < 2000; k++) {
            float nearMultiple = (float) (k * Math.PI / 2);
            values.add(nearMultiple);
            values.add(Math.nextUp(nearMultiple));
            values.add(-Math.nextDown(nearMultiple));
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 400_000; i++) {
            double range = switch (i % 4) {
                case 0 -> 1;
                case 1 -> 10;
                case 2 -> 100;
                default -> 1e4;
            };
            values.add((float) random.nextDouble(-range, range));
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
