package org.kinetix4j.levelgen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.LevelSize;

/**
 * Statistical parity of the sampler with the distribution the spec's algorithm implies (spec kinetix.md §6.3).
 *
 * <p>Tolerances: every checked quantity is a frequency over independent levels (or independent joints), so its
 * sampling error is binomial, σ = √(p(1 − p)/n). A check passes within {@value #SIGMAS} σ: a false alarm has
 * probability about 6e−5 per check, so the ~100 checks of a run fail spuriously well under 1% of the time, while
 * a real deviation of a few percentage points is caught. An expected probability of exactly 0 or 1 is checked
 * exactly. Expectations come from {@link CountModel} (exact: the counts depend only on discrete decisions) or
 * from closed forms given next to each check.
 *
 * <p>{@code -Dkinetix.writeLevelgenStats=true} (e.g. {@code mvn test -pl levelgen -Dtest=GeneratorStatisticsTest
 * -Dkinetix.writeLevelgenStats=true}) writes the table and histograms to {@code levelgen/stats/}.
 */
class GeneratorStatisticsTest {
    private static final double SIGMAS = 4.0;
    private static final int SAMPLES = 10_000;
    private static final float SQRT2 = (float) Math.sqrt(2.0);

    private final List<String> failures = new ArrayList<>();
    private final StringBuilder table = new StringBuilder();
    private final StringBuilder csv = new StringBuilder("size,statistic,value,count,fraction\n");

    @Test
    void shouldMatchTheDistributionsTheSpecsAlgorithmImplies() throws IOException {
        table.append("| size | statistic | measured | expected | tolerance (4σ) | ok |\n|---|---|---|---|---|---|\n");
        for (LevelSize size : List.of(LevelSize.S, LevelSize.M, LevelSize.L)) {
            checkSize(size);
        }
        if (Boolean.getBoolean("kinetix.writeLevelgenStats")) {
            write();
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + table);
    }

    private void checkSize(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        List<LevelSummary> levels = IntStream.range(0, SAMPLES).parallel()
                .mapToObj(seed -> LevelSummary.of(generator.sample(seed))).toList();
        var c = size.config();
        Map<CountModel.Outcome, Double> model = CountModel.distribution(c.numPolygons(), c.numCircles(),
                c.numJoints(), c.numThrusters());

        // Floor role: choice with weights (0.9, 0, 0.02, 0.08).
        double[] floor = {0.9, 0.0, 0.02, 0.08};
        for (int role = 0; role < 4; role++) {
            int r = role;
            check(size, "floor role " + role, count(levels, l -> l.floorRole() == r ? 1 : 0), floor[role]);
        }
        histogram(size, levels, "shapes", LevelSummary::shapes, model, CountModel.Outcome::shapes);
        histogram(size, levels, "joints", LevelSummary::joints, model, CountModel.Outcome::joints);
        histogram(size, levels, "fixed joints", LevelSummary::fixedJoints, model, CountModel.Outcome::fixedJoints);
        histogram(size, levels, "thrusters", LevelSummary::thrusters, model, CountModel.Outcome::thrusters);
        double noControl = model.entrySet().stream().filter(e -> !e.getKey().usable())
                .mapToDouble(Map.Entry::getValue).sum();
        check(size, "no usable motor or thruster", count(levels, l -> l.hasUsableControl() ? 0 : 1), noControl);

        // Motors: every revolute joint's motor is on with probability 0.8, independently.
        long revolute = levels.stream().mapToLong(l -> l.joints() - l.fixedJoints()).sum();
        long on = levels.stream().mapToLong(LevelSummary::motorsOn).sum();
        checkFraction(size, "motor on, per revolute joint", on, revolute, 0.8);

        // Roles: exactly one green shape; one blue shape unless the floor is blue; red only while none exists.
        check(size, "exactly one green shape", count(levels, l -> l.roleCounts()[1] == 1 ? 1 : 0), 1.0);
        check(size, "one blue shape", count(levels, l -> l.roleCounts()[2] == 1 ? 1 : 0), 0.98);
        check(size, "more than one red", count(levels, l -> l.roleCounts()[3] > 1 ? 1 : 0), 0.0);
        long red = count(levels, l -> l.roleCounts()[3] > 0 ? 1 : 0);
        if (size == LevelSize.S) {
            // Grey floor (0.9): only the free third shape (thruster-only branch, 1/3) can be red, with weight
            // (1/3)/(1 + 1/3) = 1/4. Blue floor (0.02): 23/64 (B red 1/4, else the third shape as in §6.2 with
            // B the joint target with probability 3/8). Red floor: never.
            check(size, "a red shape", red, 0.9 / 12 + 0.02 * 23 / 64);
            check(size, "fixated shapes", levels.stream().mapToLong(LevelSummary::fixated).sum(), 0.0);
            histogramOnly(size, levels, "polygons", LevelSummary::polygons);
        } else {
            // Depends on which shapes are joint targets (geometry): reported, bounded by the red-floor share.
            report(size, "a red shape (reported)", red / (double) SAMPLES, "≤ 0.92", red <= 0.92 * SAMPLES);
            fixationBand(size, levels, model);
            histogramOnly(size, levels, "polygons", LevelSummary::polygons);
        }
        histogramOnly(size, levels, "fixated", LevelSummary::fixated);
        for (int role = 0; role < 4; role++) {
            int r = role;
            histogramOnly(size, levels, "shapes with role " + role, l -> l.roleCounts()[r]);
        }
    }

    /**
     * Fixation in M and L. Without proposal filtering the rate is known: one of A/B, the free control shape (1/3)
     * and every extra free shape (0.35 per extra slot) may be fixated, each with E[min(0.02 + 4·mass, 1)] over the
     * dimension sampler (50/50 rectangle/circle; {@link #singleFreeShapeFixation()}). Filtering then prefers the
     * proposal with the fewest contacts, and fixated shapes are the heavy, large ones that touch more, so the
     * measured rate must lie below that value and well above zero: the band [0.3, 1.05] × unfiltered (the 5%
     * covers the 50/50 kind approximation; the lower bound would catch fixation being switched off).
     */
    private void fixationBand(LevelSize size, List<LevelSummary> levels, Map<CountModel.Outcome, Double> model) {
        int extras = size.config().numShapes() - 7;
        double meanShapes = model.entrySet().stream().mapToDouble(e -> e.getKey().shapes() * e.getValue()).sum();
        double unfiltered = singleFreeShapeFixation() * (1 + 1.0 / 3 + 0.35 * extras) / meanShapes;
        long fixated = levels.stream().mapToLong(LevelSummary::fixated).sum();
        long shapes = levels.stream().mapToLong(LevelSummary::shapes).sum();
        double measured = fixated / (double) shapes;
        boolean ok = measured >= 0.3 * unfiltered && measured <= 1.05 * unfiltered;
        report(size, "fixated shape fraction", measured, String.format(Locale.ROOT, "[%.4f, %.4f] (unfiltered %.4f)",
                0.3 * unfiltered, 1.05 * unfiltered, unfiltered), ok);
    }

    /** E[min(0.02 + 4·mass, 1)] for one free shape, 50/50 rectangle/circle, by midpoint integration. */
    static double singleFreeShapeFixation() {
        int n = 1000;
        double cap = 1.0 / 2 / SQRT2;
        double rect = 0;
        for (int i = 0; i < n; i++) {
            double hx = 0.05 + (i + 0.5) / n * (cap - 0.05);
            for (int j = 0; j < n; j++) {
                double hy = 0.05 + (j + 0.5) / n * (cap - 0.05);
                double area = 4 * hx * hy;
                rect += 0.7 * Math.min(0.02 + 4 * area, 1) + 0.3 * Math.min(0.02 + 4 * 2 * area, 1);
            }
        }
        rect /= (double) n * n;
        double circle = 0;
        for (int i = 0; i < n; i++) {
            double r = 0.1 + (i + 0.5) / n * 0.3;
            circle += Math.min(0.02 + 4 * Math.PI * r * r, 1);
        }
        circle /= n;
        return 0.5 * rect + 0.5 * circle;
    }

    /** The fixation rule itself, without filtering: single free shapes on an empty M scene. */
    @Test
    void shouldFixateAFreeShapeWithTheSpecsProbability() {
        int draws = 20_000;
        KinetixStaticParams sp = KinetixStaticParams.forConfig(LevelSize.M.config());
        GeneratorParams params = GeneratorParams.defaults();
        long fixated = IntStream.range(0, draws).parallel().filter(seed -> {
            WorkingLevel w = WorkingLevel.emptyScene(sp, EnvParams.defaults());
            FreeShapes.add(new Rng(seed), w, params, false);
            int shape = w.firstFreePolygon() == 4 ? w.numPolygons() : 4;
            return w.fixated(shape);
        }).count();
        double expected = singleFreeShapeFixation();
        double sigma = Math.sqrt(expected * (1 - expected) / draws);
        assertTrue(Math.abs(fixated / (double) draws - expected) <= SIGMAS * sigma,
                "fixated " + fixated / (double) draws + ", expected " + expected + " ± " + SIGMAS * sigma);
    }

    private void histogram(LevelSize size, List<LevelSummary> levels, String name, ToIntFunction<LevelSummary> f,
            Map<CountModel.Outcome, Double> model, ToIntFunction<CountModel.Outcome> g) {
        Map<Integer, Double> expected = new TreeMap<>();
        model.forEach((o, p) -> expected.merge(g.applyAsInt(o), p, Double::sum));
        Map<Integer, Long> measured = histogramOnly(size, levels, name, f);
        measured.keySet().forEach(k -> expected.putIfAbsent(k, 0.0));
        expected.forEach((value, p) -> check(size, name + " = " + value, measured.getOrDefault(value, 0L), p));
    }

    private Map<Integer, Long> histogramOnly(LevelSize size, List<LevelSummary> levels, String name,
            ToIntFunction<LevelSummary> f) {
        Map<Integer, Long> counts = new TreeMap<>();
        levels.forEach(l -> counts.merge(f.applyAsInt(l), 1L, Long::sum));
        counts.forEach((value, n) -> csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%.4f%n", size, name, value, n,
                n / (double) levels.size())));
        return counts;
    }

    private static long count(List<LevelSummary> levels, ToIntFunction<LevelSummary> f) {
        return levels.stream().mapToLong(f::applyAsInt).sum();
    }

    private void check(LevelSize size, String name, long count, double expected) {
        checkFraction(size, name, count, SAMPLES, expected);
    }

    private void checkFraction(LevelSize size, String name, long count, long n, double expected) {
        // The exact model's sums can exceed 1 by rounding; a probability is clamped before σ is taken.
        expected = Math.min(1.0, Math.max(0.0, expected));
        double measured = count / (double) n;
        double tolerance = SIGMAS * Math.sqrt(expected * (1 - expected) / n);
        boolean ok = Math.abs(measured - expected) <= tolerance + 1e-12;
        report(size, name, measured, String.format(Locale.ROOT, "%.4f | %.4f", expected, tolerance), ok);
    }

    private void report(LevelSize size, String name, double measured, String expected, boolean ok) {
        String cells = expected.contains("|") ? expected : expected + " | –";
        table.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %s | %s |%n", size, name, measured, cells,
                ok ? "yes" : "**NO**"));
        if (!ok) {
            failures.add(size + " " + name + ": measured " + measured + ", expected " + expected);
        }
    }

    private void write() throws IOException {
        Path dir = Path.of(System.getProperty("kinetix.levelgen.stats.dir", "stats"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("histograms.csv"), csv.toString());
        Files.writeString(dir.resolve("README.md"), """
                # Random level statistics (levelgen)

                Measured over seeds 0..%d of `LevelGenerator.of(size)` per size, against the values the spec's
                algorithm implies (`GeneratorStatisticsTest`, which explains every expectation and tolerance).
                Regenerate with:

                    mvn test -pl physics2d,kinetix-env,levelgen -Dtest=GeneratorStatisticsTest \\
                        -Dsurefire.failIfNoSpecifiedTests=false -Dkinetix.writeLevelgenStats=true

                `histograms.csv` holds every histogram (size, statistic, value, count, fraction).

                """.formatted(SAMPLES - 1) + table);
    }
}
