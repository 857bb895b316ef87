package org.kinetix4j.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kinetix4j.benchmarks.Scenes;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.gpu.CudaBackendProvider;
import org.kinetix4j.gpu.CudaRuntime;
import org.kinetix4j.gpu.DeterminismCheck;
import org.kinetix4j.gpu.DeviceRuntime;
import org.kinetix4j.gpu.DifferentialCheck;
import org.kinetix4j.gpu.GpuBackend;
import org.kinetix4j.gpu.OpenClRuntime;
import org.kinetix4j.gpu.SceneSampler;
import org.kinetix4j.physics2d.BackendProvider;
import org.kinetix4j.physics2d.Backends;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The device checks of {@code benchmarks/gpu-check.sh}, one part per run so that a failing part does not stop
 * the others:
 *
 * <ul>
 *   <li>{@code info}: Java, processors, every backend provider with its rank or why it is unavailable, the
 *       OpenCL devices, the CUDA device;</li>
 *   <li>{@code diff cuda|opencl [ENVS] [STEPS]}: the differential test against the CPU engine on the device:
 *       parity build over random scenes of S, M and L ({@code ENVS} each, default 1024) and Kinetix's hand-made
 *       levels, {@code STEPS} steps (default 100), every array after every step, tolerance 0; run-to-run
 *       determinism of both builds; for information, the fast build's error after one step (against
 *       {@link DifferentialCheck#FAST_BUILD_ONE_STEP_TOLERANCE}).</li>
 * </ul>
 *
 * <p>Exit status: 0 when every check passed, 1 when one failed, 2 for bad arguments or an unavailable backend.
 */
public final class GpuCheck {
    private GpuCheck() {
    }

    /** Runs one part; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length >= 1 && args[0].equals("info")) {
            info(out);
            return 0;
        }
        if (args.length >= 2 && args[0].equals("diff") && (args[1].equals("cuda") || args[1].equals("opencl"))) {
            try {
                int envs = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
                int steps = args.length > 3 ? Integer.parseInt(args[3]) : 100;
                return differential(args[1], envs, steps, out);
            } catch (NumberFormatException e) {
                out.println("gpu-check: ENVS and STEPS must be integers: " + e.getMessage());
                return 2;
            }
        }
        out.println("usage: GpuCheck info | GpuCheck diff cuda|opencl [ENVS] [STEPS]");
        return 2;
    }

    private static void info(PrintStream out) {
        out.printf(Locale.ROOT, "Java %s (%s), %s %s, %d processors, max heap %d MiB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (BackendProvider provider : Backends.providers()) {
            String reason = provider.unavailableReason();
            out.printf(Locale.ROOT, "backend %-7s %s%n", provider.name(),
                    reason == null ? "available, auto rank " + provider.autoRank() : reason);
        }
        try {
            for (OpenClRuntime.DeviceInfo device : OpenClRuntime.devices()) {
                out.printf(Locale.ROOT, "opencl device %d: %s (%s, %s, %d compute units)%n", device.index(),
                        device.label(), device.version(), device.gpu() ? "GPU" : "not a GPU", device.computeUnits());
            }
        } catch (RuntimeException | LinkageError e) {
            out.println("opencl devices: none (" + e.getMessage() + ")");
        }
        if (new CudaBackendProvider().unavailableReason() == null) {
            try (CudaRuntime cuda = new CudaRuntime()) {
                out.println("cuda device: " + cuda.deviceDescription());
            } catch (RuntimeException e) {
                out.println("cuda device: cannot open (" + e.getMessage() + ")");
            }
        }
        try (var auto = Backends.create(Backends.AUTO, 1)) {
            out.println("auto picks: " + auto.name());
        }
    }

    private static DeviceRuntime runtime(String backend) {
        return backend.equals("cuda") ? new CudaRuntime() : new OpenClRuntime();
    }

    private static int differential(String backend, int envs, int steps, PrintStream out) {
        try {
            Backends.check(backend);
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.println("FAIL " + backend + ": " + e.getMessage());
            return 2;
        }
        List<String> failures = new ArrayList<>();
        List<StaticConfig> configs = List.of(StaticConfig.small(), StaticConfig.medium(), StaticConfig.large());
        try (GpuBackend parity = new GpuBackend(runtime(backend), true)) {
            out.println(backend + " parity build on " + parity.deviceDescription());
            for (int i = 0; i < configs.size(); i++) {
                StaticConfig config = configs.get(i);
                String size = LevelSize.of(config).name();
                List<BatchState> batches = new ArrayList<>();
                batches.add(SceneSampler.randomBatch(config, envs, 100 + i));
                batches.add(handMade(LevelSize.of(config), out));
                check(failures, out, backend + " parity " + size + " (" + envs + " random scenes + hand-made levels, "
                        + steps + " steps)", DifferentialCheck.compare(parity, batches, steps, 7),
                        DifferentialCheck.PARITY_TOLERANCE);
            }
            determinism(failures, out, backend + " parity", parity, steps);
        }
        try (GpuBackend fast = new GpuBackend(runtime(backend), false)) {
            out.println(backend + " fast build on " + fast.deviceDescription());
            for (int i = 0; i < configs.size(); i++) {
                StaticConfig config = configs.get(i);
                String size = LevelSize.of(config).name();
                BatchState batch = SceneSampler.randomBatch(config, envs, 200 + i);
                DifferentialCheck.Report report = DifferentialCheck.compare(fast, List.of(batch), 1, 8);
                double tolerance = DifferentialCheck.FAST_BUILD_ONE_STEP_TOLERANCE;
                out.printf(Locale.ROOT, "info %s fast %s (%d random scenes, 1 step): max abs error %s (%s the "
                        + "fast build's one-step tolerance %s; FMA contraction, reported, not a pass/fail check)%n",
                        backend, size, envs, report.bitIdentical() ? "0 (bit-identical)"
                                : String.format(Locale.ROOT, "%.3g", report.maxAbsError()),
                        report.within(tolerance) ? "within" : "OUTSIDE", tolerance);
            }
            determinism(failures, out, backend + " fast", fast, steps);
        }
        out.println(failures.isEmpty() ? "PASS " + backend + ": every check passed"
                : "FAIL " + backend + ": " + String.join("; ", failures));
        return failures.isEmpty() ? 0 : 1;
    }

    /** Kinetix's hand-made levels of one size, one environment each. */
    private static BatchState handMade(LevelSize size, PrintStream out) {
        var levels = Scenes.levels(size);
        out.printf(Locale.ROOT, "  %d hand-made %s levels from %s%n", levels.size(), size,
                Scenes.sharedDir().resolve("kinetix-levels"));
        return Scenes.tile(levels, levels.size());
    }

    private static void check(List<String> failures, PrintStream out, String label, DifferentialCheck.Report report,
            double tolerance) {
        boolean ok = report.within(tolerance);
        out.printf(Locale.ROOT, "%s %s: tolerance %s, reached %s%n  %s%n", ok ? "PASS" : "FAIL", label, tolerance,
                report.bitIdentical() ? "0 (bit-identical)" : String.format(Locale.ROOT, "%.3g", report.maxAbsError()),
                report.summary().replace("\n", "\n  "));
        if (!ok) {
            failures.add(label);
        }
    }

    private static void determinism(List<String> failures, PrintStream out, String label, GpuBackend backend,
            int steps) {
        BatchState batch = SceneSampler.randomBatch(StaticConfig.large(), 4096, 300);
        String difference = DeterminismCheck.compare(backend, batch, steps, 9);
        out.printf(Locale.ROOT, "%s %s determinism (L, 4096 scenes, %d steps, run twice): %s%n",
                difference == null ? "PASS" : "FAIL", label, steps, difference == null ? "identical" : difference);
        if (difference != null) {
            failures.add(label + " determinism");
        }
    }
}
