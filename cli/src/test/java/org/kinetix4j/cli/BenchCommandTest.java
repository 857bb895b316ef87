package org.kinetix4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldRunATinySweepAndWriteTheCsvAndThePlot() throws Exception {
        Path csv = dir.resolve("bench.csv");
        Path png = dir.resolve("bench.png");
        CliRun result = CliRun.of("bench", "--size", "s,m", "--envs", "1,4", "--threads", "2", "--seconds", "0.2",
                "--obs", "symbolic_flat", "--csv", csv.toString(), "--plot", png.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("physics steps/s") && result.out().contains("agent steps/s"), result.out());
        assertTrue(result.err().contains("[1/4] s x 1 envs") && result.err().contains("[4/4] m x 4 envs"),
                "progress on stderr: " + result.err());

        List<String> lines = Files.readAllLines(csv);
        assertEquals(5, lines.size(), String.join("\n", lines));
        List<String> header = List.of(lines.get(0).split(","));
        assertTrue(header.containsAll(List.of("backend", "build", "size", "envs", "threads", "physics_steps_per_s",
                "agent_steps_per_s", "baseline_physics_steps_per_s")), header.toString());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals("cpu", cells[header.indexOf("backend")]);
            assertEquals("cpu", cells[header.indexOf("build")]);
            assertEquals("2", cells[header.indexOf("threads")]);
            assertTrue(Double.parseDouble(cells[header.indexOf("physics_steps_per_s")]) > 0, line);
            assertTrue(Double.parseDouble(cells[header.indexOf("agent_steps_per_s")]) > 0, line);
            assertTrue(Double.parseDouble(cells[header.indexOf("baseline_physics_steps_per_s")]) > 0, line);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
    }

    @Test
    void shouldPrintItsUsageOnHelp() {
        CliRun result = CliRun.of("bench", "--help");
        assertEquals(0, result.code());
        assertTrue(result.out().contains("usage: kinetix bench") && result.out().contains("--plot FILE.png"), result.out());
        assertTrue(CliRun.of("--help").out().contains("bench"), "listed in the overview");
    }

    @Test
    void shouldExitWithStatus2OnABadArgument() {
        for (String[] args : List.of(new String[] {"bench", "--size", "xl"},
                new String[] {"bench", "--envs", "0"},
                new String[] {"bench", "--envs", "1,x"},
                new String[] {"bench", "--backend", "tpu"},
                new String[] {"bench", "--seconds", "-1"},
                new String[] {"bench", "--threads", "0"},
                new String[] {"bench", "--repeat", "0"},
                new String[] {"bench", "--obs", "sound"},
                new String[] {"bench", "--baseline-max-envs", "-3"},
                new String[] {"bench", "--plot", "out.jpg"},
                new String[] {"bench", "--frobnicate"},
                new String[] {"bench", "--csv"})) {
            CliRun result = CliRun.of(args);
            assertEquals(2, result.code(), String.join(" ", args) + ": " + result.err());
            assertTrue(result.err().contains("usage: kinetix bench"), result.err());
        }
    }
}
