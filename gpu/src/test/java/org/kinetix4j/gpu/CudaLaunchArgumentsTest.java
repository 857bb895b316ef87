package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host side of the CUDA runtime that needs no driver: the {@code kernelParams} block of
 * {@code cuLaunchKernel} (one pointer per argument, each to the argument's value) and the staging buffers of the
 * copies, checked through plain native memory.
 */
class CudaLaunchArgumentsTest {
    /**
     * JavaCPP's pointer natives come with any preset's JNI library; the CUDA one needs a driver, the OpenCL one
     * (with the ICD loader it bundles) loads anywhere.
     */
    @BeforeAll
    static void loadPointerNatives() {
        org.bytedeco.javacpp.Loader.load(org.bytedeco.opencl.global.OpenCL.class);
    }

    @Test
    void shouldPointEachParameterAtItsValue() {
        CudaRuntime.LaunchArguments block = new CudaRuntime.LaunchArguments();
        block.set("step", new Object[] {new CudaRuntime.CudaBuffer(0x7f00_1234_5678L, 64), 42, 2.5f});
        assertEquals(0x7f00_1234_5678L, new LongPointer(block.parameters().get(0)).get(0));
        assertEquals(42, new IntPointer(block.parameters().get(1)).get(0));
        assertEquals(2.5f, new FloatPointer(block.parameters().get(2)).get(0));
        Pointer first = block.parameters().get(0);
        // A second launch rewrites the values in place: the same slots, no allocation.
        block.set("step", new Object[] {new CudaRuntime.CudaBuffer(16, 64), -7, -0.5f});
        assertEquals(first.address(), block.parameters().get(0).address());
        assertEquals(16L, new LongPointer(block.parameters().get(0)).get(0));
        assertEquals(-7, new IntPointer(block.parameters().get(1)).get(0));
        assertEquals(-0.5f, new FloatPointer(block.parameters().get(2)).get(0));
        assertThrows(IllegalArgumentException.class, () -> block.set("step", new Object[] {1L, 2, 3f}));
        block.close();
    }

    @Test
    void shouldStageSlicesOfEveryElementType() {
        StagedCopyRuntime.Staging staging = new StagedCopyRuntime.Staging();
        float[] floats = {1f, -2f, Float.NaN, 4f};
        FloatPointer f = staging.floats(2).put(floats, 1, 2);
        float[] back = new float[4];
        f.get(back, 2, 2);
        assertEquals(-2f, back[2]);
        assertEquals(Float.floatToRawIntBits(Float.NaN), Float.floatToRawIntBits(back[3]));
        int[] ints = {5, 6, 7};
        IntPointer i = staging.ints(3).put(ints, 0, 3);
        assertEquals(7, i.get(2));
        assertSame(i, staging.ints(2), "a smaller request reuses the buffer");
        staging.close();
    }
}
