package org.kinetix4j.env.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Random scenes of rotated boxes and circles (no joints or thrusters) against a literal, slow transcription of
 * spec §7.1: a padded canvas, JaxGL patches evaluated at every patch pixel with the division-based edge test,
 * then cropped. The renderer's culling and sign shortcuts must give the same pixels bit for bit.
 */
class BruteForceShapesTest {
    private static final StaticConfig CONFIG = StaticConfig.large();
    private static final KinetixStaticParams STATIC = KinetixStaticParams.forConfig(CONFIG);
    private static final EnvParams PARAMS = EnvParams.defaults();

    @ParameterizedTest(name = "ds {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void matchesALiteralTranscriptionOfTheSpec(int downscale) {
        Random random = new Random(1234 + downscale);
        PixelRenderer renderer = new PixelRenderer(CONFIG, STATIC, PARAMS, downscale);
        for (int trial = 0; trial < 6; trial++) {
            BatchState state = new BatchState(CONFIG, 1);
            EnvTables tables = new EnvTables(CONFIG, 1);
            Scene scene = new Scene(state, 0).createEmpty();
            tables.role[0] = random.nextInt(4);
            for (int p = 4; p < CONFIG.numPolygons(); p++) {
                // Up to 2.6 m wide, centred anywhere including off screen, so clipping and clamping both happen.
                BodyOptions options = BodyOptions.defaults().withRotation(random.nextFloat() * 7f - 3.5f)
                        .withFixated(random.nextBoolean());
                scene.addRectangle(random.nextFloat() * 6f - 0.5f, random.nextFloat() * 6f - 0.5f,
                        0.05f + random.nextFloat() * 2.6f, 0.05f + random.nextFloat() * 1.5f, options);
                tables.role[p] = random.nextInt(4);
            }
            for (int c = 0; c < CONFIG.numCircles(); c++) {
                BodyOptions options = BodyOptions.defaults().withRotation(random.nextFloat() * 7f - 3.5f)
                        .withFixated(random.nextBoolean());
                scene.addCircle(random.nextFloat() * 6f - 0.5f, random.nextFloat() * 6f - 0.5f,
                        0.05f + random.nextFloat() * 0.9f, options);
                tables.role[CONFIG.circleShape(c)] = random.nextInt(4);
            }
            float[] expected = bruteForce(state, tables, downscale);
            float[] actual = renderer.render(state, tables, 0);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
                if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(actual[i])) {
                    int pixel = i / 3;
                    throw new AssertionError("ds " + downscale + " trial " + trial + ": pixel x=" + pixel
                            / renderer.height() + " y=" + pixel % renderer.height() + " channel " + i % 3
                            + " expected " + expected[i] * 255f + " got " + actual[i] * 255f);
                }
            }
        }
    }

    private static float[] colour(int role, boolean fixated) {
        float[][] roles = {{160, 160, 160}, {0, 204, 0}, {0, 102, 204}, {255, 102, 102}};
        float[] base = roles[role];
        if (!fixated) {
            return base;
        }
        return role == 0 ? new float[] {80, 80, 80} : new float[] {base[0] * 0.5f, base[1] * 0.5f, base[2] * 0.5f};
    }

    /** §7.1 steps 1–4 and 7, literally. */
    private static float[] bruteForce(BatchState state, EnvTables tables, int ds) {
        float ppud = (float) Math.floor(100f / ds);
        float mss = 2f;
        int w = 500 / ds;
        int m = (int) (mss * ppud);
        int full = w + 2 * m;
        float[][][] canvas = new float[full][full][];
        float[] white = {255, 255, 255};
        for (float[][] column : canvas) {
            java.util.Arrays.fill(column, white);
        }
        int e = ds == 1 ? 2 : ds == 2 ? 1 : ds == 4 ? 0 : 2;
        ShapeTable s = state.shapes;
        float[] vx = new float[4];
        float[] vy = new float[4];
        for (int k = 0; k < 4; k++) {
            vx[k] = (s.positionX[0] + s.vertexX[s.vertex(0, 0, k)] + mss) * ppud;
            vy[k] = (s.positionY[0] + s.vertexY[s.vertex(0, 0, k)] + mss) * ppud;
        }
        quad(canvas, m, m, w, w, vx, vy, colour(tables.role[0], true), e);
        for (int p = 4; p < CONFIG.numPolygons(); p++) {
            int row = s.row(0, p);
            float c = (float) Math.cos(s.rotation[row]);
            float sn = (float) Math.sin(s.rotation[row]);
            for (int k = 0; k < 4; k++) {
                float lx = s.vertexX[s.vertex(0, p, k)];
                float ly = s.vertexY[s.vertex(0, p, k)];
                vx[k] = (s.positionX[row] + (c * lx + -sn * ly) + mss) * ppud;
                vy[k] = (s.positionY[row] + (sn * lx + c * ly) + mss) * ppud;
            }
            int ox = (int) ((s.positionX[row] - mss / 2f + mss) * ppud);
            int oy = (int) ((s.positionY[row] - mss / 2f + mss) * ppud);
            quad(canvas, ox, oy, m, m, vx, vy, colour(tables.role[p], s.inverseMass[row] == 0f), e);
        }
        for (int ci = 0; ci < CONFIG.numCircles(); ci++) {
            int shape = CONFIG.circleShape(ci);
            int row = s.row(0, shape);
            float cx = (s.positionX[row] + mss) * ppud;
            float cy = (s.positionY[row] + mss) * ppud;
            float radius = s.radius[row] * ppud;
            float nx = (float) Math.sin(s.rotation[row]);
            float ny = -(float) Math.cos(s.rotation[row]);
            float[] fill = colour(tables.role[shape], s.inverseMass[row] == 0f);
            int ox = clampOrigin((int) ((s.positionX[row] - mss / 2f + mss) * ppud), m, full);
            int oy = clampOrigin((int) ((s.positionY[row] - mss / 2f + mss) * ppud), m, full);
            for (int x = ox; x < ox + m; x++) {
                for (int y = oy; y < oy + m; y++) {
                    float dist = (float) Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
                    boolean edge = dist > radius - e;
                    float line = Math.abs((cx - x) * (cy + ny - y) - (cy - y) * (cx + nx - x));
                    edge |= line < 1f && nx * (x - cx) + ny * (y - cy) <= 0f;
                    if (dist <= radius) {
                        canvas[x][y] = edge ? new float[3] : fill;
                    }
                }
            }
        }
        float[] out = new float[w * w * 3];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < w; y++) {
                for (int ch = 0; ch < 3; ch++) {
                    out[(x * w + y) * 3 + ch] = canvas[x + m][y + m][ch] / 255f;
                }
            }
        }
        return out;
    }

    private static int clampOrigin(int origin, int patch, int full) {
        return Math.min(Math.max(origin, 0), full - patch);
    }

    private static void quad(float[][][] canvas, int ox, int oy, int pw, int ph, float[] vx, float[] vy,
            float[] fill, int e) {
        int full = canvas.length;
        ox = clampOrigin(ox, pw, full);
        oy = clampOrigin(oy, ph, full);
        for (int x = ox; x < ox + pw; x++) {
            for (int y = oy; y < oy + ph; y++) {
                boolean inside = true;
                boolean edge = false;
                for (int k = 0; k < 4; k++) {
                    int n = (k + 1) % 4;
                    float ex = vx[k] - vx[n];
                    float ey = vy[k] - vy[n];
                    float side = ((vx[k] - x) * (vy[n] - y) - (vy[k] - y) * (vx[n] - x))
                            / (float) Math.sqrt(ex * ex + ey * ey);
                    inside &= side <= 0f;
                    edge |= side > -e && side <= 0f;
                }
                if (inside) {
                    canvas[x][y] = edge ? new float[3] : fill;
                }
            }
        }
    }
}
