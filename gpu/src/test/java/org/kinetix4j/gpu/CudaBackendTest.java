package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.Backends;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The {@code cuda} backend: where CUDA cannot run (no NVIDIA driver, as on CI) it is listed but unavailable with
 * a clear reason and {@code auto} falls back; where it can, the device tests hold it to the CPU engine (parity
 * build bit-identical, fast build within its one-step tolerance) and to run-to-run determinism. Device tests skip
 * without CUDA unless {@link CudaDevice#REQUIRED_PROPERTY} is set.
 */
class CudaBackendTest {
    @Test
    void shouldBeRegisteredAndReportWhyItCannotRunWithoutADriver() {
        assertTrue(Backends.names().contains("cuda"), Backends.names().toString());
        String reason = new CudaBackendProvider().unavailableReason();
        assumeTrue(reason != null && !CudaDevice.required(), "CUDA is available here");
        assertTrue(reason.startsWith(CudaBackendProvider.UNAVAILABLE), reason);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Backends.create("cuda", 1));
        assertEquals(reason, thrown.getMessage());
        try (Backend auto = Backends.create(Backends.AUTO, 1)) {
            assertNotEquals("cuda", auto.name(), "auto must fall back when CUDA is unavailable");
        }
    }

    @Test
    void shouldNameAMissingDriverPlainly() {
        UnsatisfiedLinkError error = new UnsatisfiedLinkError("no jnicudart in java.library.path: /usr/lib");
        error.initCause(new UnsatisfiedLinkError("/root/.javacpp/cache/x/libjnicudart.so: libcuda.so.1: cannot "
                + "open shared object file: No such file or directory"));
        assertEquals("no NVIDIA driver (libcuda.so.1: cannot open shared object file: No such file or directory)",
                CudaBackendProvider.describe(error));
    }

    @Test
    void shouldCopyBuffersBothWays() {
        CudaDevice.requireDevice();
        try (CudaRuntime runtime = new CudaRuntime()) {
            float[] floats = {1.5f, -0f, Float.NaN, 3e-41f};
            int[] ints = {1, -2, Integer.MAX_VALUE};
            byte[] bytes = {1, 0, -1};
            DeviceRuntime.DeviceBuffer f = runtime.allocate(floats.length * 4L);
            DeviceRuntime.DeviceBuffer i = runtime.allocate(ints.length * 4L);
            DeviceRuntime.DeviceBuffer b = runtime.allocate(bytes.length);
            runtime.write(f, floats);
            runtime.write(i, ints);
            runtime.write(b, bytes);
            float[] floatsBack = new float[floats.length];
            int[] intsBack = new int[ints.length];
            byte[] bytesBack = new byte[bytes.length];
            runtime.read(f, floatsBack);
            runtime.read(i, intsBack);
            runtime.read(b, bytesBack);
            for (int k = 0; k < floats.length; k++) {
                assertEquals(Float.floatToRawIntBits(floats[k]), Float.floatToRawIntBits(floatsBack[k]));
            }
            assertEquals(List.of(1, -2, Integer.MAX_VALUE), List.of(intsBack[0], intsBack[1], intsBack[2]));
            assertEquals(-1, bytesBack[2]);
            assertThrows(IllegalArgumentException.class, () -> runtime.write(b, new float[4]));
            assertNotNull(runtime.deviceDescription());
        }
    }

    @Test
    void shouldUseThePrebuiltPtxForANamedSizeWhereTheBuildMadeIt() {
        CudaDevice.requireDevice();
        String key = PtxCatalog.key(KernelSource.source(), KernelSource.defines(StaticConfig.small()), true);
        assumeTrue(PtxCatalog.find(key) != null, "no prebuilt PTX (built without nvcc)");
        try (CudaRuntime runtime = new CudaRuntime()) {
            runtime.compile(KernelSource.source(), KernelSource.defines(StaticConfig.small()), true)
                    .kernel(KernelSource.STEP_KERNEL);
            assertEquals("prebuilt PTX " + key, runtime.lastCompile());
        }
    }

    @Test
    void shouldMatchTheCpuEngineBitForBitInTheParityBuild() {
        GpuBackend backend = CudaDevice.backend(true);
        for (StaticConfig config : List.of(StaticConfig.small(), StaticConfig.medium(), StaticConfig.large())) {
            BatchState batch = SceneSampler.randomBatch(config, 512, 11);
            DifferentialCheck.Report report = DifferentialCheck.compare(backend, List.of(batch), 60, 5);
            report.assertWithin(DifferentialCheck.PARITY_TOLERANCE);
        }
    }

    @Test
    void shouldStayWithinTheOneStepToleranceInTheFastBuildOnTheHandMadeLevels() {
        // Random scenes start deeply overlapped, where one contracted step already moves shapes by 0.1 m: the
        // tolerance is about levels as people build them (see FAST_BUILD_ONE_STEP_TOLERANCE).
        DifferentialCheck.compare(CudaDevice.backend(false), HandMadeLevels.batches(2), 1, 6)
                .assertWithin(DifferentialCheck.FAST_BUILD_ONE_STEP_TOLERANCE);
    }

    @Test
    void shouldRepeatItselfExactly() {
        for (boolean parity : new boolean[] {true, false}) {
            GpuBackend backend = CudaDevice.backend(parity);
            BatchState batch = SceneSampler.randomBatch(StaticConfig.large(), 1024, 13);
            assertNull(DeterminismCheck.compare(backend, batch, 100, 9), parity ? "parity" : "fast");
        }
    }
}
