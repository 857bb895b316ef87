package org.kinetix4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.env.trace.EngineTrace;

class SimulateCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("kinetix.shared.dir", "../../shared"));
    private static final Path LEVEL = SHARED.resolve("kinetix-levels/s/h2_one_wheel_car.json");
    private static final Path GOLDEN = SHARED.resolve("golden/engine/s/h2_one_wheel_car__random.jsonl");

    @TempDir
    Path dir;

    @Test
    void shouldReplayAGoldenTraceIntoTheSameFormat() throws Exception {
        Path trace = dir.resolve("out.jsonl");
        CliRun result = CliRun.of("simulate", "--level", LEVEL.toString(), "--actions", GOLDEN.toString(),
                "--padding-quirk", "off", "--trace", trace.toString());
        assertEquals(0, result.code(), result.err());

        EngineTrace ours = EngineTrace.read(trace);
        EngineTrace golden = EngineTrace.read(GOLDEN);
        assertEquals(golden.steps().size(), ours.steps().size());
        assertEquals("engine", ours.header().get("kind").asText());
        assertEquals("s", ours.header().get("size").asText());
        List<float[]> goldenActions = golden.actionSequence();
        for (int i = 0; i < ours.steps().size(); i++) {
            EngineTrace.Step step = ours.steps().get(i);
            assertEquals(i + 1, step.t());
            assertArrayEquals(goldenActions.get(i), step.action(), "action of step " + step.t());
            assertEquals(golden.steps().get(i).slots().length, step.slots().length);
        }
        // Same physics as the golden run: every active slot within 1e-5 m after step 1 (spec jax2d.md App. B).
        double[][] first = ours.steps().get(0).slots();
        double[][] expected = golden.steps().get(0).slots();
        for (int slot = 0; slot < first.length; slot++) {
            assertEquals(expected[slot][0], first[slot][0], "active flag of slot " + slot);
            if (expected[slot][0] == 1) {
                assertEquals(expected[slot][1], first[slot][1], 1e-5, "x of slot " + slot);
                assertEquals(expected[slot][2], first[slot][2], 1e-5, "y of slot " + slot);
            }
        }
    }

    @Test
    void shouldRunManyEnvironmentsOnSeveralThreadsWithIdenticalEnvZero() throws Exception {
        Path single = dir.resolve("single.jsonl");
        Path batched = dir.resolve("batched.jsonl");
        assertEquals(0, CliRun.of("simulate", "--level", LEVEL.toString(), "--actions", "plus", "--steps", "60",
                "--trace", single.toString()).code());
        CliRun result = CliRun.of("simulate", "--level", LEVEL.toString(), "--actions", "plus", "--steps", "60",
                "--envs", "64", "--threads", "3", "--trace", batched.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("60 physics steps x 64 envs on 3 thread(s)"), result.out());
        List<String> a = Files.readAllLines(single);
        List<String> b = Files.readAllLines(batched);
        assertEquals(a.subList(1, a.size()), b.subList(1, b.size()), "env 0's steps do not depend on the batch");
    }

    @Test
    void shouldExitWithUsageOnBadArguments() {
        for (String[] args : new String[][] {
            {"simulate"},
            {"simulate", "--level", LEVEL.toString(), "--steps", "zero"},
            {"simulate", "--level", LEVEL.toString(), "--actions", "sideways"},
            {"simulate", "--level", LEVEL.toString(), "--bogus"},
            {"simulate", "--level", "no/such/level.json"},
            {"simulate", "--level", LEVEL.toString(), "--padding-quirk", "maybe"},
            {"frobnicate"},
        }) {
            CliRun result = CliRun.of(args);
            assertEquals(2, result.code(), String.join(" ", args));
            assertTrue(result.err().contains("usage: kinetix"), result.err());
        }
    }

    @Test
    void shouldPrintHelpForEveryCommand() {
        for (String command : Main.commands().keySet()) {
            CliRun result = CliRun.of(command, "--help");
            assertEquals(0, result.code());
            assertTrue(result.out().startsWith("usage: kinetix " + command), result.out());
        }
    }

    @Test
    void shouldReportAMalformedLevelWithItsPath() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(LEVEL).replaceFirst("\"inverse_mass\"", "\"inverse_mass_x\""));
        CliRun result = CliRun.of("simulate", "--level", broken.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("broken.json") && result.err().contains("inverse_mass"), result.err());
    }
}
