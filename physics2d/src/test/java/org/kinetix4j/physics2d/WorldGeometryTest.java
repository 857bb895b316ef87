package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec §7 B5: the static world of {@code create_empty_sim} (§6.1). Exact. */
class WorldGeometryTest {
    private static final int ENV = TestScenes.ENV;
    /** The world corners are sums of two float32 values rounded from decimal constants. */
    private static final float CORNER_TOLERANCE = 1e-6f;

    /** World corner k of polygon slot {@code slot} (all world polygons have rotation 0). */
    private static float[] corner(BatchState state, int slot, int k) {
        ShapeTable s = state.shapes;
        int row = s.row(ENV, slot);
        assertEquals(0f, s.rotation[row], "rotation of slot " + slot);
        return new float[] {s.positionX[row] + s.vertexX[s.vertex(ENV, slot, k)],
            s.positionY[row] + s.vertexY[s.vertex(ENV, slot, k)]};
    }

    private static void assertCorners(BatchState state, int slot, float[][] expected) {
        for (int k = 0; k < 4; k++) {
            float[] actual = corner(state, slot, k);
            assertEquals(expected[k][0], actual[0], CORNER_TOLERANCE, "slot " + slot + " corner " + k + " x");
            assertEquals(expected[k][1], actual[1], CORNER_TOLERANCE, "slot " + slot + " corner " + k + " y");
        }
    }

    @Test
    void shouldPlaceFloorWithTopAtPointFour() {
        BatchState state = TestScenes.defaultWorld();

        assertCorners(state, 0, new float[][] {{5f, 0.4f}, {5f, -10f}, {0f, -10f}, {0f, 0.4f}});
        // float32: (−5 + 0.2) + (5 + 0.2) = −4.8f + 5.2f.
        assertEquals(0.39999962f, corner(state, 0, 0)[1], 0f, "floor top in float32");
        assertEquals(0.39999962f, corner(state, 0, 3)[1], 0f, "floor top in float32");
    }

    @Test
    void shouldPlaceWalls() {
        BatchState state = TestScenes.defaultWorld();

        assertCorners(state, 1, new float[][] {{-5f, 5f}, {0f, 5f}, {0f, 0f}, {-5f, 0f}});
        assertCorners(state, 2, new float[][] {{5f, 5f}, {10f, 5f}, {10f, 0f}, {5f, 0f}});
    }

    @Test
    void shouldPlaceCeilingWithBottomAtFiveAndSlantedSide() {
        BatchState state = TestScenes.defaultWorld();

        // First vertex (s, s + fo) instead of (s/2, s + fo): the slanted side (5,5)→(7.5,15.4) is a Jax2D quirk.
        assertCorners(state, 3, new float[][] {{7.5f, 15.4f}, {5f, 5f}, {0f, 5f}, {0f, 15.4f}});
    }

    @Test
    void shouldMakeWorldPolygonsStaticModeTwoAndActive() {
        BatchState state = TestScenes.defaultWorld();
        ShapeTable s = state.shapes;

        for (int slot = 0; slot < 4; slot++) {
            int row = s.row(ENV, slot);
            assertTrue(s.active[row], "slot " + slot + " active");
            assertEquals(2, s.collisionMode[row], "slot " + slot + " collision mode");
            assertEquals(0f, s.inverseMass[row], "slot " + slot + " m^-1");
            assertEquals(0f, s.inverseInertia[row], "slot " + slot + " I^-1");
            assertEquals(4, s.nVertices[row], "slot " + slot + " vertices");
        }
        for (int shape = 4; shape < state.config.numShapes(); shape++) {
            assertEquals(1, s.collisionMode[s.row(ENV, shape)], "shape " + shape + " collision mode");
            assertTrue(!s.active[s.row(ENV, shape)], "shape " + shape + " inactive");
        }
        assertEquals(0f, state.gravityX[ENV]);
        assertEquals(-9.81f, state.gravityY[ENV]);
    }
}
