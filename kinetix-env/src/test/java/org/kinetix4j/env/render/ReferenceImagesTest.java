package org.kinetix4j.env.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelTestFiles;
import org.kinetix4j.physics2d.CpuBackend;

/**
 * Renders shipped levels at ds 4 and ds 1, at t = 0 and after 60 physics steps with zero actions, and compares
 * them with the committed PNGs under {@code src/test/resources/render-reference/}. Run with
 * {@code -Dkinetix.updateReferenceImages=true} to regenerate them (then look at them before committing).
 */
class ReferenceImagesTest {
    static final String UPDATE_PROPERTY = "kinetix.updateReferenceImages";
    private static final String RESOURCE_DIR = "render-reference";
    /** A channel differing by more than this (0–255) makes a pixel count as different. */
    private static final int CHANNEL_TOLERANCE = 8;
    /** Fraction of pixels allowed to differ. */
    private static final double PIXEL_FRACTION = 0.005;
    private static final int STEPS = 60;

    static final List<String> LEVELS = List.of("s/h2_one_wheel_car", "m/h1_car_left", "m/h7_car_flip",
            "l/h4_cartpole", "l/hard_pinball");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String level : LEVELS) {
            for (int ds : new int[] {4, 1}) {
                cases.add(Arguments.of(level, ds));
            }
        }
        return cases.stream();
    }

    static Level readLevel(String sizeSlashName) {
        return LevelReader.read(LevelTestFiles.sharedDir().resolve("kinetix-levels").resolve(sizeSlashName + ".json"));
    }

    @ParameterizedTest(name = "{0} ds {1}")
    @MethodSource("cases")
    void matchesReference(String levelName, int downscale) throws IOException {
        Level level = readLevel(levelName);
        PixelRenderer renderer = PixelRenderer.forLevel(level, downscale);
        BufferedImage initial = renderer.toImage(level.state(), level.tables(), 0);
        try (CpuBackend backend = new CpuBackend(1)) {
            float[] zero = new float[level.state().config.actionSize()];
            for (int i = 0; i < STEPS; i++) {
                backend.step(level.state(), zero);
            }
        }
        BufferedImage stepped = renderer.toImage(level.state(), level.tables(), 0);
        String base = levelName.replace('/', '_') + "_ds" + downscale;
        check(base + "_t000.png", initial);
        check(base + "_t" + String.format("%03d", STEPS) + ".png", stepped);
    }

    private static void check(String name, BufferedImage actual) throws IOException {
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Path dir = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", RESOURCE_DIR);
            ImageFiles.writePng(actual, dir.resolve(name));
            return;
        }
        BufferedImage expected;
        try (InputStream in = ReferenceImagesTest.class.getResourceAsStream("/" + RESOURCE_DIR + "/" + name)) {
            assertNotNull(in, () -> "missing reference image " + RESOURCE_DIR + "/" + name + "; run with -D"
                    + UPDATE_PROPERTY + "=true to create it");
            expected = ImageIO.read(in);
        }
        assertEquals(expected.getWidth(), actual.getWidth(), name + " width");
        assertEquals(expected.getHeight(), actual.getHeight(), name + " height");
        int differing = 0;
        int worst = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                }
                worst = Math.max(worst, d);
                if (d > CHANNEL_TOLERANCE) {
                    differing++;
                }
            }
        }
        int pixels = expected.getWidth() * expected.getHeight();
        int allowed = (int) Math.floor(pixels * PIXEL_FRACTION);
        int count = differing;
        int max = worst;
        assertTrue(count <= allowed, () -> name + ": " + count + " of " + pixels + " pixels differ by more than "
                + CHANNEL_TOLERANCE + "/255 (allowed " + allowed + ", worst channel difference " + max + ")");
    }
}
