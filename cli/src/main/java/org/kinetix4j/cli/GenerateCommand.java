package org.kinetix4j.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.LevelWriter;
import org.kinetix4j.levelgen.LevelGenerator;
import org.kinetix4j.levelgen.LevelInvariants;
import org.kinetix4j.levelgen.LevelSummary;
import org.kinetix4j.levelgen.NoOpFilter;

/**
 * {@code kinetix generate}: random Kinetix levels (spec kinetix.md §6.3) written as Kinetix JSON files. Level i
 * (0-based) without the filter is the generator's level of seed S + i, so one file can be regenerated alone.
 */
final class GenerateCommand implements Main.Command {
    @Override
    public String summary() {
        return "random levels (Kinetix's S/M/L sampler) written as Kinetix JSON files";
    }

    @Override
    public String usage() {
        return """
                usage: kinetix generate --size s|m|l --count N --out DIR [--seed S] [--no-op-filter on|off]

                  --size s|m|l        level size (capacities of Kinetix's S, M or L)
                  --count N           number of levels to write
                  --out DIR           directory for the files (created if missing); file i is
                                      <size>-<seed>-<i>.json, written atomically
                  --seed S            seed (default 0); without the filter level i is the sampler's level of
                                      seed S + i
                  --no-op-filter      off (default) or on: draw 2N levels and keep N, strongly down-weighting
                                      those that doing nothing solves in 64 steps (spec §6.4, as SFL/PLR do)""";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--size", "--count", "--out", "--seed", "--no-op-filter"), Set.of());
        LevelSize size;
        try {
            size = LevelSize.parse(args.require("--size"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--size: " + e.getMessage());
        }
        if (!args.has("--count")) {
            throw new UsageException("--count is required");
        }
        int count = args.positiveInt("--count", 1);
        Path dir = Path.of(args.require("--out"));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + dir + " exists and is not a directory");
        }
        long seed = Options.longValue(args, "--seed", 0);
        boolean filter = Options.onOff(args, "--no-op-filter", false);

        LevelGenerator generator = LevelGenerator.of(size);
        List<Level> levels = filter ? NoOpFilter.sample(generator, seed, count, false)
                : IntStream.range(0, count).parallel().mapToObj(i -> generator.sample(seed + i)).toList();
        Files.createDirectories(dir);
        String prefix = size.name().toLowerCase(Locale.ROOT) + "-" + seed + "-";
        int controllable = 0;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            List<String> violations = LevelInvariants.all(level);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("generated level " + i + " breaks its invariants: " + violations);
            }
            controllable += LevelSummary.of(level).hasUsableControl() ? 1 : 0;
            LevelWriter.write(level, dir.resolve(prefix + i + ".json"));
        }
        out.printf(Locale.ROOT, "%d %s level(s) written to %s (seed %d, no-op filter %s); %d with a usable motor or "
                + "thruster%n", levels.size(), size.name(), dir, seed, filter ? "on" : "off", controllable);
        return 0;
    }
}
