package org.kinetix4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kinetix4j.benchmarks.sweep.BenchSweep;
import org.kinetix4j.benchmarks.sweep.LogLogPlot;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.obs.ObservationType;

/**
 * {@code kinetix bench}: a quick throughput sweep ({@link BenchSweep}): physics and agent steps per second of
 * our engine and physics steps per second of the JBox2D baseline, against the number of parallel environments;
 * a table on stdout, progress on stderr, optionally a CSV and a log–log PNG plot.
 */
final class BenchCommand implements Main.Command {
    private static final String DEFAULT_ENVS = "1,16,256,4096";
    private static final int MAX_ENVS = 1 << 20;

    @Override
    public String summary() {
        return "throughput sweep: physics and agent steps/s vs parallel envs, with a JBox2D baseline";
    }

    @Override
    public String usage() {
        return """
                usage: kinetix bench [--size s|m|l|all] [--envs N,N,...] [--backend NAME] [--threads T]
                                     [--seconds S] [--repeat R] [--obs TYPE] [--agent on|off]
                                     [--baseline-max-envs N] [--csv FILE] [--plot FILE.png]

                  --size SIZES           s, m, l, a comma list of them, or all (default all)
                  --envs N,N,...         parallel environments to measure (default 1,16,256,4096; 65536 fits)
                  --backend NAME         our backend: cpu (default), opencl, cuda, or auto (CUDA, then OpenCL
                                         on a GPU, then the CPU); a device backend keeps the state on the device
                                         while timing physics steps and copies it back once per figure
                  --threads T            CPU threads, ours and the baseline's alike (default: every processor)
                  --seconds S            measuring time per figure, after a warm-up of S/2 (default 1)
                  --repeat R             rounds per figure; each figure is its best round (default 1; use 3+
                                         on a shared machine)
                  --obs TYPE             observations of the agent-step figure: symbolic_flat,
                                         symbolic_flat_padded, symbolic_entity (default) or pixels
                  --agent on|off         measure agent steps too (default on; off: physics steps only)
                  --baseline-max-envs N  run JBox2D up to N environments (default 4096: a JBox2D world takes
                                         ~0.7 MB); 0 = no baseline
                  --csv FILE             write one row per measurement: backend,build,size,envs,threads,
                                         physics_steps_per_s,agent_steps_per_s,baseline_physics_steps_per_s,...
                                         (build: cpu, or a device backend's parity or fast build, chosen
                                         by -Dkinetix.gpu.build)
                  --plot FILE.png        draw physics steps/s vs envs, log-log, one line per size, JBox2D dashed

                Levels: Kinetix's hand-made levels of each size from <kinetix.shared.dir>/kinetix-levels (default
                ../shared), tiled over the environments. An agent step is 2 physics steps (frame skip) plus
                observations, reward and auto-reset.""";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--size", "--envs", "--backend", "--threads", "--seconds", "--repeat",
                "--obs", "--agent", "--baseline-max-envs", "--csv", "--plot"), Set.of());
        List<LevelSize> sizes = sizes(args.get("--size", "all"));
        List<Integer> envs = envs(args.get("--envs", DEFAULT_ENVS));
        String backend = args.get("--backend", "cpu");
        BackendOption.check(backend);
        boolean agent = Options.onOff(args, "--agent", true);
        int threads = args.positiveInt("--threads", Runtime.getRuntime().availableProcessors());
        double seconds = seconds(args.get("--seconds", "1"));
        int repeats = args.positiveInt("--repeat", 1);
        ObservationType obs;
        try {
            obs = ObservationType.parse(args.get("--obs", "symbolic_entity"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--obs: " + e.getMessage());
        }
        int baselineMax = nonNegativeInt(args, "--baseline-max-envs", 4096);
        Path csv = args.has("--csv") ? Path.of(args.require("--csv")) : null;
        Path plot = args.has("--plot") ? Path.of(args.require("--plot")) : null;
        if (plot != null && !plot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--plot " + plot + " must name a .png file");
        }

        BenchSweep.Config config = new BenchSweep.Config(sizes, envs, backend, threads, seconds, obs, baselineMax,
                repeats, agent);
        err.printf(Locale.ROOT, "kinetix bench: %s backend, %d thread(s) of %d processor(s), Java %s; sizes %s, "
                + "envs %s, %.3g s per figure, best of %d round(s)%n", backend, threads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), sizes, envs, seconds,
                repeats);
        List<BenchSweep.Row> rows = new BenchSweep(config, err).run();
        out.print(BenchSweep.table(rows));
        if (csv != null) {
            BenchSweep.writeCsv(rows, config, csv);
            out.println("CSV written to " + csv);
        }
        if (plot != null) {
            String title = String.format(Locale.ROOT, "Physics steps/s vs parallel environments (%s, %d thread%s)",
                    backend, threads, threads == 1 ? "" : "s");
            LogLogPlot.write(rows, title, plot);
            out.println("plot written to " + plot);
        }
        return 0;
    }

    private static List<LevelSize> sizes(String text) {
        if (text.equalsIgnoreCase("all")) {
            return List.of(LevelSize.S, LevelSize.M, LevelSize.L);
        }
        Set<LevelSize> sizes = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            try {
                sizes.add(LevelSize.parse(part.trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--size " + text + " must be s, m, l, a comma list of them, or all");
            }
        }
        return List.copyOf(sizes);
    }

    private static List<Integer> envs(String text) {
        List<Integer> envs = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                int value = Integer.parseInt(part.trim());
                if (value < 1 || value > MAX_ENVS) {
                    throw new NumberFormatException();
                }
                envs.add(value);
            } catch (NumberFormatException e) {
                throw new UsageException("--envs " + text + " must be a comma list of counts in 1.." + MAX_ENVS);
            }
        }
        return envs;
    }

    private static double seconds(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 3600) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--seconds " + text + " must be a number of seconds in (0, 3600]");
    }

    private static int nonNegativeInt(Args args, String name, int fallback) {
        String text = args.get(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " " + text + " must be an integer >= 0");
    }
}
