package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUDA runtime's JNI plumbing without a GPU: a fake {@code libcuda.so.1} ({@code fake-libcuda.c}, built with
 * gcc; skipped without it) keeps "device" memory in host memory and only prints launches, and a child JVM
 * drives the real bindings through it ({@link FakeDriverMain}): the provider's probe, the primary context,
 * allocation, copies in both directions (sliced ones too), the prebuilt PTX path, kernel lookup and launch
 * parameters, and the GPU backend's upload and download of a whole batch.
 */
class CudaFakeDriverTest {
    @TempDir
    Path dir;

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    @Test
    void shouldDriveTheRealBindingsThroughAFakeDriver() throws Exception {
        assumeTrue(onPath("gcc") && System.getProperty("os.arch").equals("amd64")
                && System.getProperty("os.name").equals("Linux"), "needs gcc on Linux x86-64");
        Path source = dir.resolve("fake-libcuda.c");
        try (InputStream in = CudaFakeDriverTest.class.getResourceAsStream("fake-libcuda.c")) {
            Files.write(source, in.readAllBytes());
        }
        Process gcc = new ProcessBuilder("gcc", "-shared", "-fPIC", "-O1", "-o", dir.resolve("libcuda.so.1").toString(),
                source.toString()).redirectErrorStream(true).start();
        String gccOutput = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, gcc.waitFor(), gccOutput);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), FakeDriverMain.class.getName())
                .redirectErrorStream(true);
        String libraryPath = System.getenv("LD_LIBRARY_PATH");
        child.environment().put("LD_LIBRARY_PATH", dir + (libraryPath == null ? "" : ":" + libraryPath));
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);

        assertTrue(output.contains("CHECK reason=null"), output);
        assertTrue(output.contains("CHECK device=Fake H200 (CUDA device 0, compute capability 9.0, 132 SMs"), output);
        assertEquals(2, output.lines().filter(l -> l.startsWith("FAKE-LAUNCH " + KernelSource.STEP_KERNEL
                + " grid=2 block=" + GpuBackend.WORK_GROUP_SIZE + " ")).count(), "two launches over 100 envs: " + output);
        assertTrue(output.contains("CHECK roundTrip=true"), output);
        boolean prebuilt = PtxCatalog.find(PtxCatalog.key(KernelSource.source(),
                KernelSource.defines(org.kinetix4j.physics2d.StaticConfig.small()), true)) != null;
        if (prebuilt) {
            assertTrue(output.contains("CHECK compile=prebuilt PTX "), output);
        }
        assertTrue(output.contains("CHECK missingKernel=cuModuleGetFunction(noSuchKernel) failed: "
                + "CUDA_ERROR_NOT_FOUND (500)"), output);
        assertTrue(output.contains("CHECK slicedCopy=true"), output);
    }
}
