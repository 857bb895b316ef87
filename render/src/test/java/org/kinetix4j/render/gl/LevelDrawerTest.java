package org.kinetix4j.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.render.GlTestSupport;

/**
 * The GL drawer's frame against kinetix-env's CPU {@link PixelRenderer} at downscale 1 (500 × 500), on Kinetix's
 * levels and ours, as loaded and after 60 physics steps with every motor and thruster on (joints and thrusters
 * move, circles roll, so rotated shapes and sprites are covered).
 *
 * <p>Tolerance: at most {@value #MAX_DIFFERENT_PIXELS} pixels of 250,000 may differ. Both evaluate the same
 * per-pixel tests in float32 at the same integer pixel positions from the same canvas coordinates, so only a
 * pixel whose sample point lies within float rounding of a shape boundary may flip (the GPU may fuse the edge
 * test's multiply-adds and round {@code sqrt} and division differently). Measured: see the printed counts.
 */
class LevelDrawerTest {
    /** 0.02 % of the image: a few boundary pixels per level. */
    private static final int MAX_DIFFERENT_PIXELS = 50;
    private static GlContext context;
    private static LevelDrawer drawer;
    private static FramePrimitives geometry;

    @AfterAll
    static void closeContext() {
        if (drawer != null) {
            drawer.close();
        }
        if (context != null) {
            context.close();
        }
    }

    static Stream<Path> levels() {
        Path kinetix = GlTestSupport.kinetixLevels().resolve("l");
        Path ours = GlTestSupport.repositoryLevels().resolve("l");
        return Stream.of(kinetix.resolve("h0_angrybirds.json"), kinetix.resolve("h4_cartpole.json"),
                kinetix.resolve("h6_lorry.json"), kinetix.resolve("h14_simple_thruster.json"),
                kinetix.resolve("hard_pinball.json"), kinetix.resolve("h17_unicycle.json"),
                ours.resolve("car_ramp_jump.json"), ours.resolve("lander_legs.json"), ours.resolve("walker.json"));
    }

    @ParameterizedTest
    @MethodSource("levels")
    void shouldMatchThePixelRendererAsLoadedAndAfterSteps(Path file) {
        if (context == null) {
            // Opened by the first case, not in @BeforeAll, so that without GL every case reports its own skip.
            context = GlTestSupport.openHidden(64, 64);
        }
        Level level = LevelReader.read(file);
        BatchState state = new BatchState(level.state().config, 1);
        EnvTables tables = new EnvTables(level.state().config, 1);
        level.copyInto(state, tables, 0);
        PixelRenderer cpu = new PixelRenderer(level.state().config, level.staticParams(), level.envParams(), 1);
        FramePrimitives primitives = new FramePrimitives(level.state().config, level.staticParams(),
                level.envParams(), 1);
        if (drawer == null || !geometry.config().equals(primitives.config())) {
            if (drawer != null) {
                drawer.close();
            }
            drawer = new LevelDrawer(primitives);
            geometry = primitives;
        }
        float[] actions = new float[state.config.actionSize()];
        java.util.Arrays.fill(actions, 1f);
        for (int frame : List.of(0, 60)) {
            if (frame > 0) {
                try (CpuBackend backend = new CpuBackend(1)) {
                    for (int step = 0; step < frame; step++) {
                        backend.step(state, actions);
                    }
                }
            }
            int[] expected = cpu.renderRgb(state, tables, 0);
            drawer.draw(state, tables, 0);
            int[] actual = drawer.readRgb();
            assertEquals(expected.length, actual.length);
            int different = 0;
            for (int i = 0; i < expected.length; i++) {
                different += expected[i] == actual[i] ? 0 : 1;
            }
            System.out.printf("LevelDrawerTest %s after %d steps: %d of %d pixels differ (%s)%n",
                    file.getFileName(), frame, different, expected.length, context.platform());
            assertTrue(different <= MAX_DIFFERENT_PIXELS, file.getFileName() + " after " + frame + " steps: "
                    + different + " pixels differ from the pixel renderer, more than " + MAX_DIFFERENT_PIXELS);
        }
    }
}
