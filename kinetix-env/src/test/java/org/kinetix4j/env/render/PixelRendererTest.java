package org.kinetix4j.env.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeRef;
import org.kinetix4j.physics2d.StaticConfig;

/** The pixel rules of spec kinetix.md §7.1 and the observation layout of §4.5, on hand-built scenes. */
class PixelRendererTest {
    private static final StaticConfig CONFIG = StaticConfig.large();
    private static final KinetixStaticParams STATIC = KinetixStaticParams.forConfig(CONFIG);
    private static final EnvParams PARAMS = EnvParams.defaults();
    private static final float[] WHITE = {255, 255, 255};
    private static final float[] GREY = {160, 160, 160};
    private static final float[] FIXATED = {80, 80, 80};
    private static final float[] BLACK = {0, 0, 0};

    private final BatchState state = new BatchState(CONFIG, 2);
    private final EnvTables tables = new EnvTables(CONFIG, 2);
    /** Environment 1, so that indexing by environment is exercised. */
    private final int env = 1;
    private final Scene scene = new Scene(state, env).createEmpty();

    private static PixelRenderer renderer(int downscale) {
        return new PixelRenderer(CONFIG, STATIC, PARAMS, downscale);
    }

    private static void assertPixel(PixelRenderer r, float[] image, int x, int y, float[] rgb) {
        float[] actual = new float[3];
        for (int c = 0; c < 3; c++) {
            actual[c] = image[r.index(x, y, c)] * 255f;
        }
        assertArrayEquals(rgb, actual, 1e-3f, "pixel (" + x + ", " + y + ")");
    }

    private static float[] pixel(PixelRenderer r, float[] image, int x, int y) {
        return new float[] {image[r.index(x, y, 0)] * 255f, image[r.index(x, y, 1)] * 255f,
            image[r.index(x, y, 2)] * 255f};
    }

    private void setRole(ShapeRef shape, int role) {
        tables.role[tables.shapeRow(env, shape.shape())] = role;
    }

    @Test
    void sizesFollowTheDownscale() {
        PixelRenderer ds4 = renderer(4);
        assertEquals(125, ds4.width());
        assertEquals(125, ds4.height());
        assertEquals(125 * 125 * 3, ds4.imageSize());
        assertEquals(25f, ds4.pixelsPerMetre());
        assertEquals(0, ds4.edgeThickness());
        PixelRenderer ds1 = renderer(1);
        assertEquals(500, ds1.width());
        assertEquals(2, ds1.edgeThickness());
        assertEquals(1, renderer(2).edgeThickness());
        assertEquals(2, renderer(3).edgeThickness());
        assertEquals(166, renderer(3).width());
        assertEquals(33f, renderer(3).pixelsPerMetre());
    }

    @Test
    void emptySceneIsWhiteAboveTheGreyFloor() {
        PixelRenderer r = renderer(4);
        float[] image = r.render(state, tables, env);
        // The floor's top surface is at y = 0.4 m = pixel row 10 (sample points are lower-left corners).
        for (int x = 0; x < 125; x++) {
            for (int y = 0; y < 10; y++) {
                assertPixel(r, image, x, y, FIXATED);
            }
            for (int y = 11; y < 125; y++) {
                assertPixel(r, image, x, y, WHITE);
            }
        }
    }

    @Test
    void unitBoxCoversTheExpectedPixelsAtDownscale4() {
        // World x in [2, 3], y in [3, 4]; pixel (i, j) samples (i/25, j/25), boundaries included.
        scene.addRectangle(2.5f, 3.5f, 1f, 1f, BodyOptions.defaults());
        PixelRenderer r = renderer(4);
        float[] image = r.render(state, tables, env);
        int covered = 0;
        for (int x = 0; x < 125; x++) {
            for (int y = 11; y < 125; y++) {
                boolean inside = x >= 50 && x <= 75 && y >= 75 && y <= 100;
                assertPixel(r, image, x, y, inside ? GREY : WHITE);
                covered += inside ? 1 : 0;
            }
        }
        assertEquals(26 * 26, covered);
    }

    @Test
    void layoutIsXMajorWithYUp() {
        // A box low on the left: only small x and small (but above-floor) y indices are coloured.
        ShapeRef box = scene.addRectangle(0.6f, 1.0f, 0.4f, 0.4f, BodyOptions.defaults());
        setRole(box, 1);
        PixelRenderer r = renderer(4);
        float[] out = new float[r.imageSize() + 7];
        Arrays.fill(out, -1f);
        r.render(state, tables, env, out, 7);
        assertEquals(-1f, out[6], "nothing before the offset is written");
        // x = 15 (0.6 m), y = 25 (1.0 m): index offset + (x * 125 + y) * 3.
        int i = 7 + (15 * 125 + 25) * 3;
        assertArrayEquals(new float[] {0f, 204f / 255f, 0f}, Arrays.copyOfRange(out, i, i + 3), 1e-6f);
        // The mirrored pixel (y counted from the top) is white.
        int mirrored = 7 + (15 * 125 + (124 - 25)) * 3;
        assertArrayEquals(new float[] {1f, 1f, 1f}, Arrays.copyOfRange(out, mirrored, mirrored + 3), 0f);
        // The top-down picture puts it near the bottom-left corner.
        BufferedImage image = PixelRenderer.toImage(out, 7, 125, 125);
        assertEquals(0x00cc00, image.getRGB(15, 124 - 25) & 0xffffff);
        assertEquals(0xffffff, image.getRGB(15, 25) & 0xffffff);
        assertArrayEquals(PixelRenderer.toRgb(out, 7, 125, 125), r.renderRgb(state, tables, env));
    }

    @Test
    void fillColoursFollowFixationAndRole() {
        ShapeRef dynamicRed = scene.addRectangle(1f, 2f, 0.4f, 0.4f, BodyOptions.defaults());
        setRole(dynamicRed, 3);
        ShapeRef fixatedGrey = scene.addRectangle(2f, 2f, 0.4f, 0.4f, BodyOptions.defaults().withFixated(true));
        ShapeRef fixatedGreen = scene.addRectangle(3f, 2f, 0.4f, 0.4f, BodyOptions.defaults().withFixated(true));
        setRole(fixatedGreen, 1);
        ShapeRef fixatedBlueCircle = scene.addCircle(4f, 3f, 0.3f, BodyOptions.defaults().withFixated(true));
        setRole(fixatedBlueCircle, 2);
        PixelRenderer r = renderer(4);
        float[] image = r.render(state, tables, env);
        assertPixel(r, image, 25, 50, new float[] {255, 102, 102});
        assertPixel(r, image, 50, 50, FIXATED);
        assertPixel(r, image, 75, 50, new float[] {0, 102, 0});
        // Circle at (100, 75) px: below its centre (the indicator points up) it has half-intensity blue.
        assertPixel(r, image, 100, 70, new float[] {0, 51, 102});
        assertPixel(r, image, 110, 50, WHITE);
    }

    @Test
    void floorUsesTheFixatedRuleWithItsRole() {
        PixelRenderer r = renderer(4);
        tables.role[tables.shapeRow(env, 0)] = 3;
        assertPixel(r, r.render(state, tables, env), 60, 5, new float[] {127.5f, 51, 51});
        tables.role[tables.shapeRow(env, 0)] = 1;
        assertPixel(r, r.render(state, tables, env), 60, 5, new float[] {0, 102, 0});
        tables.role[tables.shapeRow(env, 0)] = 0;
        assertPixel(r, r.render(state, tables, env), 60, 5, FIXATED);
        // Other environments of the batch are not this one: env 0 is empty (no floor vertices), all white.
        float[] other = r.render(state, tables, 0);
        assertPixel(r, other, 60, 5, WHITE);
    }

    @Test
    void edgesAreBlackAndTwoPixelsThickAtDownscale1() {
        // World x in [2, 3] → pixels 200..300 at 100 px/m; edge pixels are those within 2 px inside an edge.
        scene.addRectangle(2.5f, 2.5f, 1f, 1f, BodyOptions.defaults());
        PixelRenderer r = renderer(1);
        float[] image = r.render(state, tables, env);
        assertPixel(r, image, 199, 250, WHITE);
        assertPixel(r, image, 200, 250, BLACK);
        assertPixel(r, image, 201, 250, BLACK);
        assertPixel(r, image, 202, 250, GREY);
        assertPixel(r, image, 298, 250, GREY);
        assertPixel(r, image, 299, 250, BLACK);
        assertPixel(r, image, 300, 250, BLACK);
        assertPixel(r, image, 301, 250, WHITE);
        assertPixel(r, image, 250, 201, BLACK);
        assertPixel(r, image, 250, 202, GREY);
        // At ds 4 there are no edges.
        PixelRenderer r4 = renderer(4);
        assertPixel(r4, r4.render(state, tables, env), 50, 62, GREY);
    }

    @Test
    void polygonsAreClippedToOneMetreAroundTheirCentroid() {
        // A 3 m wide bar centred at x = 2.5: the patch is [1.5, 3.5) m = pixels 37..86 at ds 4 (Kinetix quirk 9).
        scene.addRectangle(2.5f, 2.5f, 3f, 0.4f, BodyOptions.defaults());
        PixelRenderer r = renderer(4);
        float[] image = r.render(state, tables, env);
        assertPixel(r, image, 30, 62, WHITE);
        assertPixel(r, image, 36, 62, WHITE);
        assertPixel(r, image, 37, 62, GREY);
        assertPixel(r, image, 86, 62, GREY);
        assertPixel(r, image, 87, 62, WHITE);
        assertPixel(r, image, 95, 62, WHITE);
    }

    @Test
    void circleRotationIndicatorPointsUpAtRotationZero() {
        scene.addCircle(2.5f, 2.5f, 0.4f, BodyOptions.defaults());
        PixelRenderer r = renderer(4);
        float[] image = r.render(state, tables, env);
        // Centre at 62.5 px; radius 10 px; the indicator covers columns within 1 px of x = 62.5, above the centre.
        assertPixel(r, image, 62, 70, BLACK);
        assertPixel(r, image, 63, 70, BLACK);
        assertPixel(r, image, 62, 55, GREY);
        assertPixel(r, image, 65, 70, GREY);
        assertPixel(r, image, 62, 74, WHITE);
        // Rotated by +90° the indicator points to −x.
        state.shapes.rotation[state.shapes.row(env, CONFIG.circleShape(0))] = (float) (Math.PI / 2);
        image = r.render(state, tables, env);
        assertPixel(r, image, 56, 62, BLACK);
        assertPixel(r, image, 70, 62, GREY);
        assertPixel(r, image, 62, 70, GREY);
    }

    /** Two boxes joined at (2.5, 2.5) m; returns the joint slot. */
    private int jointedBoxes(boolean fixed, boolean motorOn, int binding) {
        ShapeRef a = scene.addRectangle(2.25f, 2.5f, 0.5f, 0.5f, BodyOptions.defaults());
        ShapeRef b = scene.addRectangle(2.75f, 2.5f, 0.5f, 0.5f, BodyOptions.defaults());
        int joint = fixed
                ? scene.addFixedJoint(a.shape(), b.shape(), 0.25f, 0f, -0.25f, 0f, 0f)
                : scene.addRevoluteJoint(a.shape(), b.shape(), 0.25f, 0f, -0.25f, 0f,
                        motorOn ? JointOptions.defaults().withMotor(1f, 1f) : JointOptions.defaults());
        tables.motorBinding[tables.jointRow(env, joint)] = binding;
        scene.recomputeGlobalJointPositions();
        return joint;
    }

    @Test
    void jointsAreSinglePixelsColouredByBindingAtDownscale4() {
        int joint = jointedBoxes(false, true, 1);
        PixelRenderer r = renderer(4);
        float[] image = r.render(state, tables, env);
        assertPixel(r, image, 62, 62, new float[] {255, 0, 255});
        assertPixel(r, image, 63, 62, GREY);
        assertPixel(r, image, 62, 63, GREY);
        int row = state.joints.row(env, joint);
        state.joints.motorOn[row] = false;
        assertPixel(r, r.render(state, tables, env), 62, 62, WHITE);
        state.joints.motorOn[row] = true;
        tables.motorBinding[tables.jointRow(env, joint)] = 0;
        assertPixel(r, r.render(state, tables, env), 62, 62, new float[] {255, 255, 0});
        tables.motorBinding[tables.jointRow(env, joint)] = 2;
        assertPixel(r, r.render(state, tables, env), 62, 62, new float[] {0, 255, 255});
        tables.motorBinding[tables.jointRow(env, joint)] = 3;
        assertPixel(r, r.render(state, tables, env), 62, 62, new float[] {255, 153, 51});
        // A joint at the (256, 256) "never solved" sentinel is clamped out of the canvas: nothing drawn.
        state.joints.globalPositionX[row] = 256f;
        state.joints.globalPositionY[row] = 256f;
        image = r.render(state, tables, env);
        assertPixel(r, image, 62, 62, GREY);
        assertPixel(r, image, 124, 124, WHITE);
    }

    @Test
    void fixedJointsAreWhiteSquaresAndRevoluteJointsRingsAtDownscale1() {
        jointedBoxes(true, true, 2);
        PixelRenderer r = renderer(1);
        float[] image = r.render(state, tables, env);
        // Joint at 250 px: a 6×6 patch at 247..252; white inside, black one-pixel border.
        assertPixel(r, image, 249, 249, WHITE);
        assertPixel(r, image, 250, 250, WHITE);
        assertPixel(r, image, 247, 247, BLACK);
        assertPixel(r, image, 252, 250, BLACK);
        assertPixel(r, image, 251, 255, BLACK); // box b's own left edge, outside the marker
        assertPixel(r, image, 253, 250, GREY);
        assertPixel(r, image, 256, 255, GREY);

        scene.createEmpty();
        jointedBoxes(false, true, 2);
        image = r.render(state, tables, env);
        // Tinted by cyan (binding 2 + 1) inside the ring; corners transparent.
        assertPixel(r, image, 249, 249, new float[] {0, 255, 255});
        assertPixel(r, image, 250, 250, new float[] {0, 255, 255});
        assertPixel(r, image, 247, 249, BLACK);
        assertPixel(r, image, 247, 247, GREY);
    }

    @Test
    void thrusterNozzleFacesThrustAndPlumeTheOtherWay() {
        ShapeRef box = scene.addRectangle(2.5f, 2.5f, 1f, 1f, BodyOptions.defaults().withFixated(true));
        int thruster = scene.addThruster(box.shape(), 0f, 0f, 0f, 1f);
        scene.recomputeGlobalJointPositions();
        tables.thrusterBinding[tables.thrusterRow(env, thruster)] = 0;
        PixelRenderer r = renderer(1);
        float[] image = r.render(state, tables, env);
        // Thruster at 250 px, sprite 16 px: nozzle (dark, untinted) on the +x side, yellow plume on −x.
        float[] nozzle = pixel(r, image, 254, 250);
        assertTrue(nozzle[0] < 100 && nozzle[0] == nozzle[1] && nozzle[1] == nozzle[2], Arrays.toString(nozzle));
        float[] plume = pixel(r, image, 245, 250);
        assertTrue(plume[0] > 100 && plume[0] == plume[1] && plume[2] == 0f, Arrays.toString(plume));
        assertPixel(r, image, 250, 262, FIXATED); // beyond the sprite
        // Binding 1 tints the plume magenta; rotating the parent by 90° turns the plume to −y.
        tables.thrusterBinding[tables.thrusterRow(env, thruster)] = 1;
        state.shapes.rotation[state.shapes.row(env, box.shape())] = (float) (Math.PI / 2);
        image = r.render(state, tables, env);
        float[] rotatedPlume = pixel(r, image, 250, 245);
        assertTrue(rotatedPlume[0] > 100 && rotatedPlume[1] == 0f && rotatedPlume[0] == rotatedPlume[2],
                Arrays.toString(rotatedPlume));
        float[] rotatedNozzle = pixel(r, image, 250, 254);
        assertTrue(rotatedNozzle[0] < 100 && rotatedNozzle[0] == rotatedNozzle[1], Arrays.toString(rotatedNozzle));
        // Still drawn at ds 4 as a 4-px sprite around round(112.5) = 112 (half to even) = visible pixel 62.
        PixelRenderer r4 = renderer(4);
        float[] small = r4.render(state, tables, env);
        assertPixel(r4, small, 62, 61, new float[] {255, 0, 255});
        assertTrue(pixel(r4, small, 62, 63)[0] < 100, Arrays.toString(pixel(r4, small, 62, 63)));
        assertPixel(r4, small, 62, 66, FIXATED);
    }

    @Test
    void renderingAllocatesNothingAfterWarmUp() {
        Level level = ReferenceImagesTest.readLevel("l/hard_pinball");
        for (int ds : new int[] {4, 1}) {
            PixelRenderer r = PixelRenderer.forLevel(level, ds);
            float[] out = new float[r.imageSize()];
            for (int i = 0; i < 200; i++) {
                r.render(level.state(), level.tables(), 0, out, 0);
            }
            com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory
                    .getThreadMXBean();
            long thread = Thread.currentThread().threadId();
            long before = bean.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 100; i++) {
                r.render(level.state(), level.tables(), 0, out, 0);
            }
            long allocated = bean.getThreadAllocatedBytes(thread) - before;
            assertTrue(allocated < 1024, "ds " + ds + ": 100 renders allocated " + allocated + " bytes");
        }
    }

    @Test
    void rejectsMismatchedInputs() {
        PixelRenderer r = renderer(4);
        assertThrows(IllegalArgumentException.class, () -> r.render(state, tables, env, new float[10], 0));
        assertThrows(IllegalArgumentException.class,
                () -> r.render(state, tables, env, new float[r.imageSize()], 1));
        assertThrows(IndexOutOfBoundsException.class, () -> r.render(state, tables, 2));
        BatchState small = new BatchState(StaticConfig.small(), 1);
        assertThrows(IllegalArgumentException.class,
                () -> r.render(small, new EnvTables(StaticConfig.small(), 1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PixelRenderer(StaticConfig.small(), STATIC, PARAMS, 4));
        assertThrows(IllegalArgumentException.class, () -> new PixelRenderer(CONFIG, STATIC, PARAMS, 0));
    }
}
