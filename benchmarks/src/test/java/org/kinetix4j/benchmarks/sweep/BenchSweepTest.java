package org.kinetix4j.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;

class BenchSweepTest {
    @TempDir
    Path dir;

    private static BenchSweep.Config config(List<Integer> envs, int baselineMax) {
        return new BenchSweep.Config(List.of(LevelSize.S), envs, "cpu", 2, 0.05, ObservationType.SYMBOLIC_FLAT,
                baselineMax, 2);
    }

    @Test
    void shouldMeasureEveryFigureAndWriteTheRequiredCsvColumns() throws Exception {
        BenchSweep.Config config = config(List.of(1, 8), 4);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<BenchSweep.Row> rows = new BenchSweep(config, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run();
        assertEquals(2, rows.size());
        for (BenchSweep.Row row : rows) {
            assertTrue(row.physicsStepsPerS() > 0 && row.agentStepsPerS() > 0, row.toString());
        }
        assertTrue(rows.get(0).baselinePhysicsStepsPerS() > 0, "baseline at 1 env");
        assertTrue(Double.isNaN(rows.get(1).baselinePhysicsStepsPerS()), "no baseline above baselineMaxEnvs");
        String log = progress.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("[1/2] s x 1 envs, 2 thread(s) round 1/2")
                && log.contains("[2/2] s x 8 envs, 2 thread(s) round 2/2"), log);

        Path csv = dir.resolve("out/bench.csv");
        BenchSweep.writeCsv(rows, config, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("backend,build,size,envs,threads,physics_steps_per_s,agent_steps_per_s,"
                + "baseline_physics_steps_per_s"), lines.get(0));
        String[] first = lines.get(1).split(",", -1);
        assertEquals(lines.get(0).split(",").length, first.length);
        assertEquals("cpu", first[0]);
        assertEquals("cpu", first[1], "the CPU backend's build");
        assertEquals("s", first[2]);
        assertEquals("1", first[3]);
        assertEquals("2", first[4]);
        assertNotEquals("", first[7]);
        assertEquals("", lines.get(2).split(",", -1)[7], "unmeasured baseline is empty");

        String table = BenchSweep.table(rows);
        assertTrue(table.contains("physics steps/s") && table.lines().count() == 3, table);
    }

    @Test
    void shouldMeasurePhysicsStepsAloneWithAgentStepsOffAndNameTheBackend() {
        BenchSweep.Config config = new BenchSweep.Config(List.of(LevelSize.S), List.of(4), "auto", 1, 0.02,
                ObservationType.SYMBOLIC_FLAT, 0, 1, false);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<BenchSweep.Row> rows = new BenchSweep(config, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).physicsStepsPerS() > 0, rows.toString());
        assertTrue(Double.isNaN(rows.get(0).agentStepsPerS()), "agent steps not measured");
        // Without the gpu module on this class path, auto is the CPU backend; rows name what actually ran.
        assertEquals("cpu", rows.get(0).backend());
        assertEquals("cpu", rows.get(0).build());
    }

    @Test
    void shouldRecordTheBuildADeviceBackendWasCreatedWith() {
        String before = System.getProperty(BenchSweep.GPU_BUILD_PROPERTY);
        try {
            System.clearProperty(BenchSweep.GPU_BUILD_PROPERTY);
            assertEquals("parity", BenchSweep.build(namedBackend("cuda")), "the default build");
            System.setProperty(BenchSweep.GPU_BUILD_PROPERTY, "fast");
            assertEquals("fast", BenchSweep.build(namedBackend("opencl")));
            assertEquals("cpu", BenchSweep.build(namedBackend("cpu")), "the CPU backend has one build");
        } finally {
            if (before == null) {
                System.clearProperty(BenchSweep.GPU_BUILD_PROPERTY);
            } else {
                System.setProperty(BenchSweep.GPU_BUILD_PROPERTY, before);
            }
        }
    }

    /** A backend that only has a name: {@link BenchSweep#build} looks at nothing else. */
    private static Backend namedBackend(String name) {
        return new Backend() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void step(BatchState state, float[] actions) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void shouldDrawALogLogPng() throws Exception {
        List<BenchSweep.Row> rows = List.of(
                new BenchSweep.Row("cpu", "cpu", LevelSize.S, 1, 2, 2e4, 1e4, 5e4),
                new BenchSweep.Row("cpu", "cpu", LevelSize.S, 4096, 2, 6e5, 2e5, 1.3e5),
                new BenchSweep.Row("cpu", "cpu", LevelSize.L, 1, 2, 5e3, 2e3, Double.NaN),
                new BenchSweep.Row("cpu", "cpu", LevelSize.L, 65536, 2, 1.2e5, 5e4, Double.NaN));
        Path png = dir.resolve("plot.png");
        LogLogPlot.write(rows, "test", png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
        // The S line's colour appears somewhere in the plot area.
        boolean blue = false;
        for (int x = 100; x < 700 && !blue; x++) {
            for (int y = 60; y < 520 && !blue; y++) {
                blue = image.getRGB(x, y) == (0xff000000 | 0x1f77b4);
            }
        }
        assertTrue(blue, "the S series is drawn");
    }

    @Test
    void shouldRejectAnUnknownBackendAndBadNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new BenchSweep.Config(List.of(LevelSize.S), List.of(1),
                "tpu", 1, 1, ObservationType.SYMBOLIC_FLAT, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> config(List.of(0), 0));
        assertThrows(IllegalArgumentException.class, () -> new BenchSweep.Config(List.of(LevelSize.S), List.of(1),
                "cpu", 1, 0, ObservationType.SYMBOLIC_FLAT, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new BenchSweep.Config(List.of(LevelSize.S), List.of(1),
                "cpu", 1, 1, ObservationType.SYMBOLIC_FLAT, 0, 0));
    }
}
