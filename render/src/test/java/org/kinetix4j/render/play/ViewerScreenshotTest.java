package org.kinetix4j.render.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.render.GlTestSupport;
import org.kinetix4j.render.gl.GlContext;

/**
 * {@code play --screenshot}: the window's last frame, written as a PNG, shows the level as kinetix-env's pixel
 * renderer draws the session's final state (below the heads-up box, pixel for pixel), after the policy drove it.
 */
class ViewerScreenshotTest {
    @TempDir
    Path dir;

    @Test
    void shouldSaveTheLastFrameMatchingThePixelRenderer() throws Exception {
        GlTestSupport.openHidden(8, 8).close(); // skips (or fails, when required) without GL
        Level level = LevelReader.read(GlTestSupport.repositoryLevels().resolve("l/car_ramp_jump.json"));
        Path png = dir.resolve("frame.png");
        try (PlaySession session = new PlaySession(level, "cpu", new FullThrottlePolicy(),
                ObservationType.SYMBOLIC_FLAT)) {
            Viewer.run(level, session, null, new Viewer.Options(1, png, 40, false));
            assertEquals(20, session.timestep(), "40 frames at speed 1 are 20 agent steps (frame skip 2)");
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(500, image.getWidth());
            assertEquals(500, image.getHeight());
            PixelRenderer cpu = PixelRenderer.forLevel(level, 1);
            int[] expected = cpu.renderRgb(session.env().state(), session.env().tables(), 0);
            int hudBottom = 100;
            int different = 0;
            for (int y = hudBottom; y < 500; y++) {
                for (int x = 0; x < 500; x++) {
                    different += (image.getRGB(x, y) & 0xFFFFFF) == expected[y * 500 + x] ? 0 : 1;
                }
            }
            assertEquals(0, different, "pixels below the heads-up box that differ from the pixel renderer");
            assertTrue(darkPixels(image, 0, 0, 300, hudBottom) > 200, "the heads-up text should be drawn");
        }
    }

    @Test
    void shouldDrawMotorArrowsOnlyAroundMotorisedJoints() throws Exception {
        GlTestSupport.openHidden(8, 8).close();
        Level level = LevelReader.read(GlTestSupport.repositoryLevels().resolve("l/car_ramp_jump.json"));
        Path png = dir.resolve("arrows.png");
        try (PlaySession session = new PlaySession(level, null, (env, action) -> { },
                ObservationType.SYMBOLIC_FLAT)) {
            Viewer.run(level, session, null, new Viewer.Options(1, png, 1, true));
            BufferedImage image = ImageIO.read(png.toFile());
            int[] expected = PixelRenderer.forLevel(level, 1).renderRgb(session.env().state(),
                    session.env().tables(), 0);
            var joints = session.env().state().joints;
            int arrowPixels = 0;
            for (int y = 100; y < 500; y++) {
                for (int x = 0; x < 500; x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) == expected[y * 500 + x]) {
                        continue;
                    }
                    arrowPixels++;
                    double nearest = Double.MAX_VALUE;
                    for (int j = 0; j < joints.capacity; j++) {
                        if (joints.active[j] && joints.motorOn[j]) {
                            nearest = Math.min(nearest, Math.hypot(x - joints.globalPositionX[j] * 100,
                                    (499 - y) - joints.globalPositionY[j] * 100));
                        }
                    }
                    assertTrue(nearest < 25, "pixel (" + x + ", " + y + ") changed " + nearest + " px from a motor");
                }
            }
            assertTrue(arrowPixels > 50, "arrows drawn: " + arrowPixels + " pixels");
        }
    }

    @Test
    void shouldOpenNoVisibleWindowWithoutAnXDisplay() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") == null,
                "checks the no-display message; a display is set here");
        try {
            GlContext.open(10, 10, "x", true).close();
            throw new AssertionError("a visible window needs an X display");
        } catch (org.kinetix4j.render.gl.GlUnavailableException e) {
            assertTrue(e.getMessage().contains("DISPLAY is not set"), e.getMessage());
        }
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        return n;
    }
}
