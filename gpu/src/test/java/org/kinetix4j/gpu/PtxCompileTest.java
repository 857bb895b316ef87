package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The CUDA side of the portable kernel source, checked without a GPU wherever {@code nvcc} exists (skipped
 * elsewhere): it compiles to PTX with the parity and fast options, the parity PTX has no fused multiply-add,
 * and the build put the PTX of every named size in the catalog under the key the CUDA runtime looks up.
 */
class PtxCompileTest {
    /**
     * A float32 fused multiply-add. (Double FMAs do appear in the parity PTX: they are inside CUDA's own double
     * sin/cos/atan2/tanh, which the kernel calls beyond fdlibm's range, not contractions of the kernel's code.)
     */
    private static final Pattern FMA = Pattern.compile("\\bfma\\.rn\\.f32\\b");

    @TempDir
    Path dir;

    private static Path nvcc() {
        Path nvcc = PtxBuilder.findNvcc();
        assumeTrue(nvcc != null, "nvcc not found: the CUDA kernel is not compiled here");
        return nvcc;
    }

    private String compile(Path nvcc, StaticConfig config, boolean parity) throws Exception {
        Path cu = dir.resolve("k.cu");
        Path ptx = dir.resolve(parity + "-" + config.numPolygons() + ".ptx");
        Files.writeString(cu, KernelSource.source(), StandardCharsets.UTF_8);
        String failure = PtxBuilder.runNvcc(nvcc, cu, ptx, KernelSource.defines(config), parity);
        assertNull(failure, "nvcc failed on the kernel source");
        return Files.readString(ptx);
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void shouldCompileTheParityBuildWithoutFusedMultiplyAdd() throws Exception {
        String ptx = compile(nvcc(), StaticConfig.small(), true);
        assertTrue(ptx.contains(".entry " + KernelSource.STEP_KERNEL + "("), "PTX entry point "
                + KernelSource.STEP_KERNEL);
        assertTrue(ptx.contains(".target sm_75"), "PTX for " + PtxCatalog.PREBUILT_ARCHITECTURE);
        boolean sourceAsksForFma = KernelSource.source().contains("fma(");
        if (!sourceAsksForFma) {
            assertEquals(0, count(FMA, ptx), "the parity build (--fmad=false) must not contract a*b+c");
        }
    }

    @Test
    void shouldContractInTheFastBuild() throws Exception {
        String ptx = compile(nvcc(), StaticConfig.small(), false);
        assertTrue(ptx.contains(".entry " + KernelSource.STEP_KERNEL + "("));
        assertTrue(count(FMA, ptx) > 0, "the fast build (--fmad=true) contracts a*b+c into fma");
    }

    @Test
    void shouldCompileCapacitiesWithoutJointsThrustersOrCircles() throws Exception {
        // A configuration no prebuilt PTX covers (NVRTC's case at run time), with zero-size tables.
        String ptx = compile(nvcc(), StaticConfig.of(5, 0, 0, 0), true);
        assertTrue(ptx.contains(".entry " + KernelSource.STEP_KERNEL + "("));
    }

    @Test
    void shouldHavePrebuiltPtxForEveryNamedSizeAndBuild() throws Exception {
        nvcc();
        try (InputStream index = PtxCatalog.class.getResourceAsStream(PtxCatalog.DIRECTORY + "index.txt")) {
            assumeTrue(index != null, "the build ran without PtxBuilder (-Dkinetix.ptx.skip=true)");
        }
        for (StaticConfig config : PtxBuilder.configs()) {
            for (boolean parity : new boolean[] {true, false}) {
                Map<String, String> defines = KernelSource.defines(config);
                String key = PtxCatalog.key(KernelSource.source(), defines, parity);
                String ptx = PtxCatalog.find(key);
                assertNotNull(ptx, "prebuilt PTX " + key + " for " + config + (parity ? " parity" : " fast"));
                assertTrue(ptx.contains(".entry " + KernelSource.STEP_KERNEL + "("), key);
            }
        }
    }

    @Test
    void shouldKeyByEveryInputOfTheCompilation() {
        Map<String, String> small = KernelSource.defines(StaticConfig.small());
        String source = KernelSource.source();
        String key = PtxCatalog.key(source, small, true);
        assertEquals(16, key.length());
        assertEquals(key, PtxCatalog.key(source, new java.util.TreeMap<>(small), true), "definition order is irrelevant");
        assertTrue(!key.equals(PtxCatalog.key(source, small, false)), "parity and fast differ");
        assertTrue(!key.equals(PtxCatalog.key(source + " ", small, true)), "an edited source misses the catalog");
        assertTrue(!key.equals(PtxCatalog.key(source, KernelSource.defines(StaticConfig.medium()), true)));
        assertTrue(PtxCatalog.options(small, true).contains("--fmad=false"));
        assertTrue(PtxCatalog.options(small, false).contains("--fmad=true"));
    }
}
