package org.kinetix4j.gpu;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Build step (run by the gpu module's pom at {@code process-classes}): compiles the kernel source to PTX with
 * {@code nvcc} for the named sizes S, M, L ({@link #configs()}) in the parity and fast builds,
 * into {@code <classes>/org/kinetix4j/gpu/ptx/} (see {@link PtxCatalog}). Skips quietly, with one line, where
 * no nvcc is found; an nvcc that fails is reported but does not fail the build (the CUDA runtime then uses
 * NVRTC, and {@code PtxCompileTest} fails on the same error). Outputs that exist are kept: their name is the
 * hash of their input.
 *
 * <p>Usage: {@code PtxBuilder OUTPUT_CLASSES_DIR}. nvcc: {@code -Dkinetix.nvcc=PATH}, else the {@code NVCC}
 * environment variable, else {@code nvcc} on the PATH, else {@code /usr/local/cuda/bin/nvcc}.
 */
public final class PtxBuilder {
    private PtxBuilder() {
    }

    /**
     * The configurations that get prebuilt PTX: Kinetix's sizes S, M, L as levels load them (every other field
     * at its default, the padding quirk on). Others (quirk off, custom capacities) compile with NVRTC.
     */
    public static List<StaticConfig> configs() {
        return List.of(StaticConfig.small(), StaticConfig.medium(), StaticConfig.large());
    }

    /** Builds the PTX into {@code args[0]}; exits 0 unless the arguments are wrong. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PtxBuilder OUTPUT_CLASSES_DIR");
            System.exit(2);
        }
        Path nvcc = findNvcc();
        if (nvcc == null) {
            System.out.println("[kinetix ptx] nvcc not found: no prebuilt PTX; the CUDA backend will compile with "
                    + "NVRTC at run time");
            return;
        }
        Path out = Path.of(args[0]).resolve("org/kinetix4j/gpu").resolve(PtxCatalog.DIRECTORY);
        Files.createDirectories(out);
        int built = 0;
        int kept = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder index = new StringBuilder("# key size paddingQuirk build (PTX for "
                + PtxCatalog.PREBUILT_ARCHITECTURE + ", by PtxBuilder with " + nvcc + ")\n");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1,
                Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<String>> jobs = new ArrayList<>();
            for (StaticConfig config : configs()) {
                for (boolean parity : new boolean[] {true, false}) {
                    Map<String, String> defines = KernelSource.defines(config);
                    String key = PtxCatalog.key(KernelSource.source(), defines, parity);
                    index.append(String.format(Locale.ROOT, "%s %s %s %s%n", key, sizeName(config),
                            config.emulatePaddingQuirk() ? "on" : "off", parity ? "parity" : "fast"));
                    Path target = out.resolve(key + ".ptx.gz");
                    if (Files.isRegularFile(target)) {
                        kept++;
                        continue;
                    }
                    jobs.add(pool.submit(() -> compile(nvcc, defines, parity, target)));
                }
            }
            for (Future<String> job : jobs) {
                String failure = job.get();
                if (failure == null) {
                    built++;
                } else {
                    failures.add(failure);
                }
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
        }
        Files.writeString(out.resolve("index.txt"), index, StandardCharsets.UTF_8);
        int pruned = prune(out, index.toString());
        System.out.printf(Locale.ROOT, "[kinetix ptx] %d PTX built, %d up to date, %d stale removed, %d failed (%s)%n",
                built, kept, pruned, failures.size(), out);
        for (String failure : failures) {
            System.out.println("[kinetix ptx] WARNING: " + failure);
        }
    }

    /** Deletes PTX of earlier sources (keys not in {@code index}), so the jar holds only what can match. */
    private static int prune(Path out, String index) throws IOException {
        int pruned = 0;
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".ptx.gz") && !index.contains(name.substring(0, name.length() - ".ptx.gz".length()))) {
                    Files.delete(file);
                    pruned++;
                }
            }
        }
        return pruned;
    }

    /** Compiles one configuration; returns {@code null} on success, else what failed. */
    static String compile(Path nvcc, Map<String, String> defines, boolean parity, Path target) throws IOException,
            InterruptedException {
        Path work = Files.createTempDirectory("kinetix-ptx");
        try {
            Path cu = work.resolve("kinetix_step.cu");
            Path ptx = work.resolve("kinetix_step.ptx");
            Files.writeString(cu, KernelSource.source(), StandardCharsets.UTF_8);
            String failure = runNvcc(nvcc, cu, ptx, defines, parity);
            if (failure != null) {
                return failure;
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(partial))) {
                gz.write(Files.readAllBytes(ptx));
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return null;
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /**
     * Runs {@code nvcc -ptx} on {@code cu} with the catalog's options; returns {@code null} on success, else the
     * command and its output.
     */
    static String runNvcc(Path nvcc, Path cu, Path ptx, Map<String, String> defines, boolean parity)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(nvcc.toString(), "-ptx",
                "-arch=" + PtxCatalog.PREBUILT_ARCHITECTURE));
        command.addAll(PtxCatalog.options(defines, parity));
        command.addAll(List.of("-x", "cu", cu.toString(), "-o", ptx.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return String.join(" ", command) + ": timed out";
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(ptx)) {
            return String.join(" ", command) + ": exit " + process.exitValue() + "\n" + output.strip();
        }
        return null;
    }

    /** The nvcc to use, or {@code null} when there is none. */
    public static Path findNvcc() {
        String configured = System.getProperty("kinetix.nvcc", System.getenv("NVCC"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? path : null;
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "nvcc"))) {
                    return Path.of(dir, "nvcc");
                }
            }
        }
        Path fallback = Path.of("/usr/local/cuda/bin/nvcc");
        return Files.isExecutable(fallback) ? fallback : null;
    }

    private static String sizeName(StaticConfig config) {
        if (BatchState.sameCapacities(config, StaticConfig.small())) {
            return "s";
        }
        if (BatchState.sameCapacities(config, StaticConfig.medium())) {
            return "m";
        }
        return BatchState.sameCapacities(config, StaticConfig.large()) ? "l" : "custom";
    }
}
