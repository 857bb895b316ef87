package org.kinetix4j.levelgen;

import java.util.Arrays;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The mutators that resize, move or rotate a shape (spec kinetix.md §6.6, {@code ued/mutators.py}). Size and
 * rotation changes are followed by five "settling steps" so joints pull the bodies back together.
 */
final class GeometryMutations {
    /** Settling steps after a size or rotation change. */
    static final int SETTLING_STEPS = 5;
    /** Largest move of a location change per axis, m: Δ ~ U(−0.5, 0.5). */
    private static final float HALF_MOVE = 0.5f;

    private GeometryMutations() {
    }

    /**
     * {@code mutate_change_shape_size}: new dimensions from the dimension sampler. A polygon scales per axis by
     * (new vertex with the smallest 100·x + y) / (old such vertex), a circle by the radius ratio; joint anchors on
     * the shape scale alike. Then settling steps and mass recomputation.
     *
     * <p>One guard the reference lacks: an axis whose old vertex coordinate is 0 (possible only in hand-made
     * levels) keeps scale 1 instead of producing an infinite scale.
     */
    static void changeSize(Rng key, WorkingLevel w, GeneratorParams p) {
        if (!w.shapesPresent()) {
            return;
        }
        Rng[] k = key.split(10);
        int shape = k[0].choice(w.activeNonStaticWeights());
        boolean isRect = w.isPolygon(shape);
        ShapeSampling.Dims dims = ShapeSampling.dimensions(k[1], isRect, p, p.maxShapeSize());
        float scaleX;
        float scaleY;
        if (isRect) {
            float[] nx = dims.vertexX();
            float[] ny = dims.vertexY();
            int newCorner = lowestLeft(nx, ny, 0);
            int oldCorner = lowestLeft(w.shapes.vertexX, w.shapes.vertexY, w.vertex(shape, 0));
            scaleX = ratio(nx[newCorner], w.shapes.vertexX[w.vertex(shape, oldCorner)]);
            scaleY = ratio(ny[newCorner], w.shapes.vertexY[w.vertex(shape, oldCorner)]);
            for (int i = 0; i < StaticConfig.VERTICES; i++) {
                w.shapes.vertexX[w.vertex(shape, i)] *= scaleX;
                w.shapes.vertexY[w.vertex(shape, i)] *= scaleY;
            }
        } else {
            scaleX = ratio(dims.radius(), w.shapes.radius[w.row(shape)]);
            scaleY = scaleX;
            w.shapes.radius[w.row(shape)] = dims.radius();
        }
        for (int j = 0; j < w.config.numJoints(); j++) {
            int row = w.joints.row(0, j);
            if (!w.joints.active[row]) {
                continue;
            }
            if (w.joints.aShape[row] == shape) {
                w.joints.aRelativePosX[row] *= scaleX;
                w.joints.aRelativePosY[row] *= scaleY;
            }
            if (w.joints.bShape[row] == shape) {
                w.joints.bRelativePosX[row] *= scaleX;
                w.joints.bRelativePosY[row] *= scaleY;
            }
        }
        settle(w);
        w.recalculateMass();
    }

    /** Index (0..3) of the vertex row with the smallest 100·x + y, the reference's "top left" (first on ties). */
    private static int lowestLeft(float[] vx, float[] vy, int offset) {
        int best = 0;
        for (int i = 1; i < StaticConfig.VERTICES; i++) {
            if (vx[offset + i] * 100f + vy[offset + i] < vx[offset + best] * 100f + vy[offset + best]) {
                best = i;
            }
        }
        return best;
    }

    private static float ratio(float numerator, float denominator) {
        float r = numerator / denominator;
        return Float.isFinite(r) && r != 0f ? r : 1f;
    }

    /**
     * {@code mutate_change_shape_location}: moves the chosen shape and every shape jointed to it (its row of the
     * collision matrix is false) by Δ ~ U(−0.5, 0.5)², then shifts the moved shapes back inside x ∈ [0, 5],
     * y ∈ [0.4, 5] by the overshoot of the bounding box of <em>all</em> active non-static shapes (polygons by their
     * unrotated vertex extents, circles by radius), as the reference does.
     */
    static void changeLocation(Rng key, WorkingLevel w) {
        if (!w.shapesPresent()) {
            return;
        }
        Rng[] k = key.split(10);
        int shape = k[0].choice(w.activeNonStaticWeights());
        float dx = k[1].uniform() - HALF_MOVE;
        float dy = k[1].uniform() - HALF_MOVE;
        boolean[] moved = new boolean[w.numShapes()];
        for (int s = w.numStatic(); s < w.numShapes(); s++) {
            moved[s] = !w.mayCollide(shape, s);
            if (moved[s]) {
                w.shapes.positionX[w.row(s)] += dx;
                w.shapes.positionY[w.row(s)] += dy;
            }
        }
        float[] box = bounds(w);
        float width = FreeShapes.screenWidth(w);
        float height = FreeShapes.screenHeight(w);
        float shiftX = Math.max(0f, 0f - box[0]) - Math.max(0f, box[1] - width);
        float shiftY = Math.max(0f, FreeShapes.FLOOR_TOP - box[2]) - Math.max(0f, box[3] - height);
        for (int s = 0; s < moved.length; s++) {
            if (moved[s]) {
                w.shapes.positionX[w.row(s)] += shiftX;
                w.shapes.positionY[w.row(s)] += shiftY;
            }
        }
        w.recalculateMass();
    }

    /** {minX, maxX, minY, maxY} over the active non-static shapes; vertex extents include 0 (reference initial). */
    private static float[] bounds(WorkingLevel w) {
        float[] box = {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY};
        for (int s = w.numStatic(); s < w.numShapes(); s++) {
            if (!w.active(s)) {
                continue;
            }
            int row = w.row(s);
            float x = w.shapes.positionX[row];
            float y = w.shapes.positionY[row];
            float loX = 0f;
            float hiX = 0f;
            float loY = 0f;
            float hiY = 0f;
            if (w.isPolygon(s)) {
                for (int i = 0; i < w.shapes.nVertices[row]; i++) {
                    loX = Math.min(loX, w.shapes.vertexX[w.vertex(s, i)]);
                    hiX = Math.max(hiX, w.shapes.vertexX[w.vertex(s, i)]);
                    loY = Math.min(loY, w.shapes.vertexY[w.vertex(s, i)]);
                    hiY = Math.max(hiY, w.shapes.vertexY[w.vertex(s, i)]);
                }
            } else {
                float r = w.shapes.radius[row];
                loX = -r;
                hiX = r;
                loY = -r;
                hiY = r;
            }
            box[0] = Math.min(box[0], x + loX);
            box[1] = Math.max(box[1], x + hiX);
            box[2] = Math.min(box[2], y + loY);
            box[3] = Math.max(box[3], y + hiY);
        }
        return box;
    }

    /**
     * {@code mutate_change_shape_rotation}: adds δ ~ U·π/2 to the shape's rotation and keeps its fixed joints
     * satisfied (rotation −δ where it is body a, +δ where it is body b); then settling steps.
     */
    static void changeRotation(Rng key, WorkingLevel w) {
        if (!w.shapesPresent()) {
            return;
        }
        Rng[] k = key.split(10);
        int shape = k[0].choice(w.activeNonStaticWeights());
        float delta = k[1].uniform() * (float) Math.PI / 2f;
        for (int j = 0; j < w.config.numJoints(); j++) {
            int row = w.joints.row(0, j);
            if (!w.joints.active[row] || !w.joints.isFixedJoint[row]) {
                continue;
            }
            if (w.joints.aShape[row] == shape) {
                w.joints.rotation[row] -= delta;
            } else if (w.joints.bShape[row] == shape) {
                w.joints.rotation[row] += delta;
            }
        }
        w.shapes.rotation[w.row(shape)] += delta;
        settle(w);
        w.recalculateMass();
    }

    /**
     * {@link #SETTLING_STEPS} reference "dummy steps": one physics step with zero actions, zero gravity and an
     * all-false collision matrix (only joints act), then gravity and matrix restored and all velocities zeroed.
     */
    static void settle(WorkingLevel w) {
        int n = w.numShapes();
        boolean[] matrix = Arrays.copyOfRange(w.state.collisionMatrix, 0, n * n);
        float gx = w.state.gravityX[0];
        float gy = w.state.gravityY[0];
        float[] actions = new float[w.config.actionSize()];
        try (CpuBackend backend = new CpuBackend(1)) {
            for (int step = 0; step < SETTLING_STEPS; step++) {
                Arrays.fill(w.state.collisionMatrix, 0, n * n, false);
                w.state.gravityX[0] = 0f;
                w.state.gravityY[0] = 0f;
                backend.step(w.state, actions);
                System.arraycopy(matrix, 0, w.state.collisionMatrix, 0, n * n);
                w.state.gravityX[0] = gx;
                w.state.gravityY[0] = gy;
                Arrays.fill(w.shapes.velocityX, 0, n, 0f);
                Arrays.fill(w.shapes.velocityY, 0, n, 0f);
                Arrays.fill(w.shapes.angularVelocity, 0, n, 0f);
            }
        }
    }
}
