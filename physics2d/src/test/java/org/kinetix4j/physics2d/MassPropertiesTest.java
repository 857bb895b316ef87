package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spec §7 B2 (mass formulas, exact ±1 ulp), B3 (centre-of-mass shift, exact), B4 (triangle quirk, 1e-4 rel). */
class MassPropertiesTest {
    private static final int ENV = TestScenes.ENV;

    /** ±1 ulp of the expected float32 value. */
    private static void assertUlp(float expected, float actual, String what) {
        assertEquals(expected, actual, Math.ulp(expected), what);
    }

    private static void assertRelative(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, Math.abs(expected) * relative, what);
    }

    @Test
    void shouldComputeCircleMassAndHalvedInertia() {
        assertUlp(1.2732395f, MassProperties.circleInverseMass(0.5f, 1f), "m^-1 r=0.5");
        assertUlp(20.371832f, MassProperties.circleInverseInertia(0.5f, 1f), "I^-1 r=0.5");
        assertUlp(2.598448f, MassProperties.circleInverseMass(0.35f, 1f), "m^-1 r=0.35");
        assertUlp(84.84729f, MassProperties.circleInverseInertia(0.35f, 1f), "I^-1 r=0.35");
    }

    @Test
    void shouldStoreCircleMassThroughTheScene() {
        BatchState state = TestScenes.defaultWorld();
        ShapeRef big = TestScenes.scene(state).addCircle(1f, 2f, 0.5f, BodyOptions.defaults());
        ShapeRef small = TestScenes.scene(state).addCircle(3f, 2f, 0.35f, BodyOptions.defaults());

        ShapeTable s = state.shapes;
        assertUlp(1.2732395f, s.inverseMass[s.row(ENV, big.shape())], "m^-1 r=0.5");
        assertUlp(20.371832f, s.inverseInertia[s.row(ENV, big.shape())], "I^-1 r=0.5");
        assertUlp(2.598448f, s.inverseMass[s.row(ENV, small.shape())], "m^-1 r=0.35");
        assertUlp(84.84729f, s.inverseInertia[s.row(ENV, small.shape())], "I^-1 r=0.35");
    }

    @Test
    void shouldComputeRectangleMassAndInertia() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        ShapeRef body = scene.addRectangle(2f, 2f, 1f, 0.4f, BodyOptions.defaults());
        ShapeRef unit = scene.addRectangle(2f, 3f, 1f, 1f, BodyOptions.defaults());
        ShapeRef quarter = scene.addRectangle(3f, 3f, 0.5f, 0.5f, BodyOptions.defaults());

        ShapeTable s = state.shapes;
        assertEquals(2.5f, s.inverseMass[s.row(ENV, body.shape())], 1e-6f, "m^-1 1x0.4");
        assertUlp(25.862069f, s.inverseInertia[s.row(ENV, body.shape())], "I^-1 1x0.4");
        assertUlp(1f, s.inverseMass[s.row(ENV, unit.shape())], "m^-1 1x1");
        assertUlp(6f, s.inverseInertia[s.row(ENV, unit.shape())], "I^-1 1x1");
        assertUlp(4f, s.inverseMass[s.row(ENV, quarter.shape())], "m^-1 0.5x0.5");
        assertUlp(96f, s.inverseInertia[s.row(ENV, quarter.shape())], "I^-1 0.5x0.5");
    }

    @Test
    void shouldMovePolygonPositionToItsVertexMean() {
        BatchState state = TestScenes.defaultWorld();
        ShapeRef square = TestScenes.scene(state).addPolygon(2f, 2f, new float[] {0f, 1f, 1f, 0f},
                new float[] {1f, 1f, 0f, 0f}, BodyOptions.defaults());

        ShapeTable s = state.shapes;
        int row = s.row(ENV, square.shape());
        assertEquals(2.5f, s.positionX[row], 0f, "x");
        assertEquals(2.5f, s.positionY[row], 0f, "y");
        float[] expectedX = {-0.5f, 0.5f, 0.5f, -0.5f};
        float[] expectedY = {0.5f, 0.5f, -0.5f, -0.5f};
        for (int k = 0; k < 4; k++) {
            assertEquals(expectedX[k], s.vertexX[s.vertex(ENV, square.shape(), k)], 0f, "vertex x " + k);
            assertEquals(expectedY[k], s.vertexY[s.vertex(ENV, square.shape(), k)], 0f, "vertex y " + k);
        }
        assertUlp(1f, s.inverseMass[row], "m^-1");
        assertUlp(6f, s.inverseInertia[row], "I^-1");
    }

    @Test
    void shouldUsePaddingRowInTriangleInertia() {
        BatchState state = TestScenes.defaultWorld();
        ShapeRef ramp = TestScenes.scene(state).addPolygon(2f, 2f, new float[] {0.5f, 0.5f, -0.5f},
                new float[] {0.1f, -0.1f, -0.1f}, BodyOptions.defaults());

        ShapeTable s = state.shapes;
        int row = s.row(ENV, ramp.shape());
        assertEquals(3, s.nVertices[row]);
        assertRelative(2.1666667, s.positionX[row], 1e-4, "x");
        assertRelative(1.9666667, s.positionY[row], 1e-4, "y");
        assertRelative(-0.1666667, s.vertexX[s.vertex(ENV, ramp.shape(), 3)], 1e-4, "padding row x");
        assertRelative(0.0333333, s.vertexY[s.vertex(ENV, ramp.shape(), 3)], 1e-4, "padding row y");
        assertRelative(10.0, s.inverseMass[row], 1e-4, "m^-1");
        // The true centroidal value would be 173.08: the closing edge runs to the padding row instead.
        assertRelative(182.43245, s.inverseInertia[row], 1e-4, "I^-1");
    }

    @Test
    void shouldComputeRightIsoscelesTriangleWithQuirk() {
        BatchState state = TestScenes.defaultWorld();
        ShapeRef tri = TestScenes.scene(state).addPolygon(2f, 2f, new float[] {-0.5f, 0.5f, -0.5f},
                new float[] {0.5f, -0.5f, -0.5f}, BodyOptions.defaults());

        ShapeTable s = state.shapes;
        int row = s.row(ENV, tri.shape());
        assertRelative(2.0, s.inverseMass[row], 1e-4, "m^-1");
        assertRelative(27.0, s.inverseInertia[row], 1e-4, "I^-1");
    }

    @Test
    void shouldLeaveFixatedShapesWithZeroInverseMassAndInertia() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        ShapeRef box = scene.addRectangle(2f, 2f, 1f, 1f, BodyOptions.defaults().withFixated(true));
        ShapeRef ball = scene.addCircle(3f, 2f, 0.5f, BodyOptions.defaults().withFixated(true));

        ShapeTable s = state.shapes;
        assertEquals(0f, s.inverseMass[s.row(ENV, box.shape())]);
        assertEquals(0f, s.inverseInertia[s.row(ENV, box.shape())]);
        assertEquals(0f, s.inverseMass[s.row(ENV, ball.shape())]);
        assertEquals(0f, s.inverseInertia[s.row(ENV, ball.shape())]);
    }
}
