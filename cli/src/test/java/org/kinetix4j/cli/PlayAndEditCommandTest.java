package org.kinetix4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.render.gl.GlContext;
import org.kinetix4j.render.gl.GlUnavailableException;

/** {@code kinetix play} and {@code kinetix edit}: screenshots through GL, and usage errors (no GL needed). */
class PlayAndEditCommandTest {
    private static final String LEVEL = Path.of("..", "levels", "l", "car_ramp_jump.json").toString();

    @TempDir
    Path dir;

    @Test
    void shouldSaveAScreenshotOfPlayDrivenByAPolicy() throws Exception {
        requireGl();
        Path png = dir.resolve("play.png");
        CliRun run = CliRun.of("play", LEVEL, "--screenshot", png.toString(), "--frames", "30", "--policy",
                "org.kinetix4j.render.play.FullThrottlePolicy");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("15 agent steps"), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(500, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void shouldSaveAScreenshotOfTheEditorAndCreateNoFile() throws Exception {
        requireGl();
        Path png = dir.resolve("edit.png");
        Path level = dir.resolve("new.json");
        CliRun run = CliRun.of("edit", level.toString(), "--size", "m", "--screenshot", png.toString(), "--frames",
                "2");
        assertEquals(0, run.code(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(!Files.exists(level), "the editor only writes on save");
    }

    @Test
    void shouldRejectBadArgumentsWithUsage() throws Exception {
        assertUsage("a level FILE is required", "play");
        assertUsage("no such file", "play", dir.resolve("missing.json").toString());
        assertUsage("--frames only applies with --screenshot", "play", LEVEL, "--frames", "3");
        assertUsage("must be a positive integer", "play", LEVEL, "--screenshot", "x.png", "--frames", "0");
        assertUsage("must name a .png file", "play", LEVEL, "--screenshot", "x.gif");
        assertUsage("no such class", "play", LEVEL, "--policy", "no.such.Policy");
        assertUsage("does not implement org.kinetix4j.render.play.Policy", "play", LEVEL, "--policy",
                "java.lang.String");
        assertUsage("unknown backend", "play", LEVEL, "--backend", "quantum");
        assertUsage("size=x must be one of s, m, l", "edit", "--size", "x");
        assertUsage("unknown option --fly", "edit", LEVEL, "--fly");
    }

    @Test
    void shouldListPlayAndEditInTheOverview() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("play") && run.out().contains("edit"), run.out());
        CliRun help = CliRun.of("edit", "--help");
        assertTrue(help.out().contains("Ctrl+Z undo"), help.out());
    }

    private static void assertUsage(String message, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().contains("usage: kinetix " + args[0]), run.err());
    }

    /** Skips without GL, unless KINETIX_GL_REQUIRED=true or -Dkinetix.gl.required=true (CI): then it fails. */
    private static void requireGl() {
        try {
            GlContext.open(8, 8, "probe", false).close();
        } catch (GlUnavailableException e) {
            if (Boolean.getBoolean("kinetix.gl.required") || "true".equals(System.getenv("KINETIX_GL_REQUIRED"))) {
                throw new AssertionError("kinetix.gl.required=true but " + e.getMessage(), e);
            }
            Assumptions.abort("skipped: no OpenGL here (" + e.getMessage() + ")");
        }
    }
}
