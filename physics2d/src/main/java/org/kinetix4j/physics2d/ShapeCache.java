package org.kinetix4j.physics2d;

import java.util.Arrays;

/**
 * Per-environment values that are pure functions of shape data which seldom changes, kept by the CPU backend
 * from one step to the next: cos/sin of each shape's rotation (static and resting shapes keep theirs) and each
 * polygon's local edge data (outlines only change when a level is loaded). Every entry remembers the exact
 * bits it was evaluated from and is used only when they match, so a value read here is always the one evaluating
 * afresh would give, whatever wrote the state in between.
 */
final class ShapeCache {
    private final int shapesPerEnv;
    private final int polygonsPerEnv;
    /** Raw bits of the rotation each entry's cos/sin was evaluated at, per (environment, shape). */
    private final int[] rotationBits;
    private final float[] cos;
    private final float[] sin;
    /** Per (environment, polygon): its vertex count + 1 when its edge data were evaluated (0: never). */
    private final int[] outlineVertices;
    /** Raw bits of the local vertices the edge data were evaluated from, {@code [environment][polygon][4]}. */
    private final int[] outlineX;
    private final int[] outlineY;
    private final float[] edgeLength;
    private final float[] edgeUnitX;
    private final float[] edgeUnitY;
    private final float[] normalX;
    private final float[] normalY;

    ShapeCache(StaticConfig config, int envCount) {
        shapesPerEnv = config.numShapes();
        polygonsPerEnv = config.numPolygons();
        int shapes = envCount * shapesPerEnv;
        int vertices = envCount * polygonsPerEnv * StaticConfig.VERTICES;
        rotationBits = new int[shapes];
        cos = new float[shapes];
        sin = new float[shapes];
        // Bits 0 are rotation +0: start every entry as its value.
        Arrays.fill(cos, Maths.cos(0f));
        Arrays.fill(sin, Maths.sin(0f));
        outlineVertices = new int[envCount * polygonsPerEnv];
        outlineX = new int[vertices];
        outlineY = new int[vertices];
        edgeLength = new float[vertices];
        edgeUnitX = new float[vertices];
        edgeUnitY = new float[vertices];
        normalX = new float[vertices];
        normalY = new float[vertices];
    }

    /** Puts cos/sin of {@code rotation} at {@code ws.cos/sin[shape]}, evaluating them only if not cached. */
    void rotation(int env, int shape, float rotation, StepWorkspace ws) {
        int entry = env * shapesPerEnv + shape;
        int bits = Float.floatToRawIntBits(rotation);
        if (rotationBits[entry] != bits) {
            rotationBits[entry] = bits;
            cos[entry] = Maths.cos(rotation);
            sin[entry] = Maths.sin(rotation);
        }
        ws.cos[shape] = cos[entry];
        ws.sin[shape] = sin[entry];
    }

    /**
     * Copies polygon {@code shape}'s cached edge data to the workspace if they were evaluated from its current
     * outline (shape-table row {@code row}); false if they must be evaluated.
     */
    boolean loadEdges(int env, int shape, ShapeTable shapes, int row, StepWorkspace ws) {
        int polygon = env * polygonsPerEnv + shape;
        int v = polygon * StaticConfig.VERTICES;
        int v0 = row * StaticConfig.VERTICES;
        if (outlineVertices[polygon] != shapes.nVertices[row] + 1) {
            return false;
        }
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            if (outlineX[v + k] != Float.floatToRawIntBits(shapes.vertexX[v0 + k])
                    || outlineY[v + k] != Float.floatToRawIntBits(shapes.vertexY[v0 + k])) {
                return false;
            }
        }
        int w0 = shape * StaticConfig.VERTICES;
        System.arraycopy(edgeLength, v, ws.edgeLength, w0, StaticConfig.VERTICES);
        System.arraycopy(edgeUnitX, v, ws.edgeUnitX, w0, StaticConfig.VERTICES);
        System.arraycopy(edgeUnitY, v, ws.edgeUnitY, w0, StaticConfig.VERTICES);
        System.arraycopy(normalX, v, ws.edgeNormalX, w0, StaticConfig.VERTICES);
        System.arraycopy(normalY, v, ws.edgeNormalY, w0, StaticConfig.VERTICES);
        return true;
    }

    /** Remembers the edge data just evaluated into the workspace for polygon {@code shape}'s outline. */
    void storeEdges(int env, int shape, ShapeTable shapes, int row, StepWorkspace ws) {
        int polygon = env * polygonsPerEnv + shape;
        int v = polygon * StaticConfig.VERTICES;
        int v0 = row * StaticConfig.VERTICES;
        outlineVertices[polygon] = shapes.nVertices[row] + 1;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            outlineX[v + k] = Float.floatToRawIntBits(shapes.vertexX[v0 + k]);
            outlineY[v + k] = Float.floatToRawIntBits(shapes.vertexY[v0 + k]);
        }
        int w0 = shape * StaticConfig.VERTICES;
        System.arraycopy(ws.edgeLength, w0, edgeLength, v, StaticConfig.VERTICES);
        System.arraycopy(ws.edgeUnitX, w0, edgeUnitX, v, StaticConfig.VERTICES);
        System.arraycopy(ws.edgeUnitY, w0, edgeUnitY, v, StaticConfig.VERTICES);
        System.arraycopy(ws.edgeNormalX, w0, normalX, v, StaticConfig.VERTICES);
        System.arraycopy(ws.edgeNormalY, w0, normalY, v, StaticConfig.VERTICES);
    }
}
