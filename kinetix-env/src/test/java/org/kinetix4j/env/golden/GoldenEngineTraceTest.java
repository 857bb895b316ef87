package org.kinetix4j.env.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelTestFiles;
import org.kinetix4j.env.trace.EngineTrace;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Replays every golden engine trace of {@code shared/golden/engine/{s,m}} (Kinetix.js, float64) through the CPU
 * backend and compares the active slots' positions step by step.
 *
 * <p>Kinetix.js has no padding quirk (spec jax2d.md Appendix B, K1), so the comparison runs with it switched off.
 * The gates are those of the issue: step 1 within 1e-5 m on every trace; the first 30 steps within 1e-3 m on at
 * least 95 % of traces; a 240-step median within 1e-2 m on at least 80 %. Every miss is attributed to the
 * Kinetix.js difference that explains it (K2, K3, or K8 float32-vs-float64 tie-breaks) by looking at the contacts
 * before the divergence, and the table is printed and written to {@code target/golden-divergence.txt}.
 */
class GoldenEngineTraceTest {
    private static final double[] THRESHOLDS = {1e-6, 1e-4, 1e-3, 1e-2};
    /** Required of the port: step 1 within 1e-5 m on every trace (the spec's reference implementation: 2e-6). */
    private static final double STEP_ONE_TOLERANCE = 1e-5;
    private static final double EARLY_TOLERANCE = 1e-3;
    private static final int EARLY_STEPS = 30;
    private static final double MEDIAN_TOLERANCE = 1e-2;

    /** The comparison of one trace. */
    record Divergence(String trace, double stepOneError, int[] firstAbove, double earlyMax, double median,
            String explanation) {
        boolean earlyPass() {
            return earlyMax <= EARLY_TOLERANCE;
        }

        boolean medianPass() {
            return median <= MEDIAN_TOLERANCE;
        }
    }

    @Test
    void shouldFollowEveryKinetixJsGoldenTraceWithinTheIssueGates() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String size : List.of("s", "m")) {
            try (Stream<Path> listing = Files.list(LevelTestFiles.sharedDir().resolve("golden/engine").resolve(size))) {
                listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        assertEquals(136, files.size(), "golden engine traces for s and m");
        List<Divergence> rows = new ArrayList<>();
        for (Path file : files) {
            rows.add(compare(file));
        }
        String table = table(rows);
        System.out.println(table);
        Path report = Path.of("target", "golden-divergence.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);

        for (Divergence row : rows) {
            assertTrue(row.stepOneError <= STEP_ONE_TOLERANCE,
                    row.trace + ": step 1 error " + row.stepOneError + " m > " + STEP_ONE_TOLERANCE);
        }
        long early = rows.stream().filter(Divergence::earlyPass).count();
        long median = rows.stream().filter(Divergence::medianPass).count();
        assertTrue(early >= 0.95 * rows.size(), "first 30 steps within 1e-3 m on " + early + "/" + rows.size());
        assertTrue(median >= 0.80 * rows.size(), "240-step median within 1e-2 m on " + median + "/" + rows.size());
        for (Divergence row : rows) {
            if (!row.earlyPass() || !row.medianPass()) {
                assertFalse(row.explanation.startsWith("unexplained"), row.trace + ": " + row.explanation);
            }
        }
    }

    private static Divergence compare(Path file) {
        EngineTrace trace = EngineTrace.read(file);
        String levelName = trace.header().get("level").asText();
        Level level = LevelReader.read(LevelTestFiles.sharedDir().resolve("kinetix-levels").resolve(levelName));
        StaticConfig config = level.state().config.withPaddingQuirk(false);
        BatchState state = new BatchState(config, 1);
        EnvTables tables = new EnvTables(config, 1);
        level.copyInto(state, tables, 0);
        ContactHistory contacts = new ContactHistory(state);
        List<float[]> actions = trace.actionSequence();
        double[] errors = new double[trace.steps().size()];
        try (CpuBackend backend = new CpuBackend(1)) {
            for (int i = 0; i < errors.length; i++) {
                EngineTrace.Step expected = trace.steps().get(i);
                backend.step(state, actions.get(expected.t() - 1));
                errors[i] = positionError(state, expected);
                contacts.record(state, i + 1);
            }
        }
        int[] firstAbove = new int[THRESHOLDS.length];
        for (int k = 0; k < THRESHOLDS.length; k++) {
            firstAbove[k] = firstAbove(errors, THRESHOLDS[k]);
        }
        double earlyMax = Arrays.stream(errors, 0, Math.min(EARLY_STEPS, errors.length)).max().orElse(0);
        double[] sorted = errors.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        int missStep = earlyMax > EARLY_TOLERANCE ? firstAbove[2] : firstAbove[3];
        String explanation = (earlyMax <= EARLY_TOLERANCE && median <= MEDIAN_TOLERANCE) ? ""
                : contacts.explain(missStep);
        String name = file.getParent().getFileName() + "/" + file.getFileName().toString().replace(".jsonl", "");
        return new Divergence(name, errors[0], firstAbove, earlyMax, median, explanation);
    }

    /** Largest position error over the slots active in the golden state, m. */
    private static double positionError(BatchState state, EngineTrace.Step expected) {
        double worst = 0;
        for (int shape = 0; shape < expected.slots().length; shape++) {
            double[] slot = expected.slots()[shape];
            if (slot[0] == 0) {
                continue;
            }
            int row = state.shapes.row(0, shape);
            double dx = state.shapes.positionX[row] - slot[1];
            double dy = state.shapes.positionY[row] - slot[2];
            worst = Math.max(worst, Math.hypot(dx, dy));
        }
        return worst;
    }

    private static int firstAbove(double[] errors, double threshold) {
        for (int i = 0; i < errors.length; i++) {
            if (errors[i] > threshold) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String table(List<Divergence> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-46s %9s %6s %6s %6s %6s %9s %9s  %s%n", "trace (padding quirk off)",
                "step1 m", ">1e-6", ">1e-4", ">1e-3", ">1e-2", "max1-30", "median", "miss explained by"));
        for (Divergence r : rows) {
            out.append(String.format(Locale.ROOT, "%-46s %9.2e %6s %6s %6s %6s %9.2e %9.2e  %s%n", r.trace,
                    r.stepOneError, step(r.firstAbove[0]), step(r.firstAbove[1]), step(r.firstAbove[2]),
                    step(r.firstAbove[3]), r.earlyMax, r.median, r.explanation));
        }
        long early = rows.stream().filter(Divergence::earlyPass).count();
        long median = rows.stream().filter(Divergence::medianPass).count();
        double worstStepOne = rows.stream().mapToDouble(Divergence::stepOneError).max().orElse(0);
        out.append(String.format(Locale.ROOT,
                "%d traces; step 1 max error %.2e m; first 30 steps within 1e-3 m: %d (%.1f%%); "
                        + "240-step median within 1e-2 m: %d (%.1f%%)%n",
                rows.size(), worstStepOne, early, 100.0 * early / rows.size(), median, 100.0 * median / rows.size()));
        return out.toString();
    }

    private static String step(int step) {
        return step < 0 ? "-" : Integer.toString(step);
    }
}
