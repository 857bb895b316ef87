package org.kinetix4j.levelgen;

import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The reference's sampling building blocks (spec kinetix.md §6.2, {@code ued/util.py}): shape dimensions, random
 * points on a shape, the role picker, and writing a fresh shape into a slot.
 */
final class ShapeSampling {
    static final float SQRT2 = (float) Math.sqrt(2.0);
    /** Smallest rectangle half-side, m ("don't want overly small shapes"). */
    static final float MIN_RECT_HALF = 0.05f;
    /** Smallest circle radius, m. */
    static final float MIN_CIRCLE_RADIUS = 0.1f;
    /** Prior role weights when nothing is excluded. */
    static final float[] ALL_ROLES = {1f, 1f, 1f, 1f};

    private ShapeSampling() {
    }

    /**
     * Sampled dimensions. For a rectangle the half-sizes are live and {@code radius} is the reference's unused
     * 0.1; for a circle {@code radius} is live and the half-sizes are the reference's unused 0.05 (either may be
     * doubled), which still enter the placement margin of a free shape.
     */
    record Dims(float halfX, float halfY, float radius) {
        /** Rectangle vertices, clockwise from the top-right: (+x,+y), (+x,−y), (−x,−y), (−x,+y). */
        float[] vertexX() {
            return new float[] {halfX, halfX, -halfX, -halfX};
        }

        float[] vertexY() {
            return new float[] {halfY, -halfY, -halfY, halfY};
        }

        /** Largest extent used as the placement margin: max(hx√2, hy√2, r). */
        float boundingRadius() {
            return Math.max(Math.max(halfX * SQRT2, halfY * SQRT2), radius);
        }
    }

    /** Port of {@code sample_dimensions} with size cap {@code maxShapeSize}. */
    static Dims dimensions(Rng key, boolean isRect, GeneratorParams p, float maxShapeSize) {
        Rng[] k = key.split(4);
        float capRect = maxShapeSize / 2f / SQRT2;
        float capCircle = maxShapeSize / 2f * p.circleMaxSizeCoeff();
        float u0 = k[0].uniform();
        float u1 = k[0].uniform();
        float halfX = (isRect ? u0 : 0f) * (capRect - MIN_RECT_HALF) + MIN_RECT_HALF;
        float halfY = (isRect ? u1 : 0f) * (capRect - MIN_RECT_HALF) + MIN_RECT_HALF;
        int axis = k[1].randint(0, 2);
        float scale = k[2].uniform() < p.largeRectDimChance() ? p.largeRectDimScale() : 1f;
        if (axis == 0) {
            halfX *= scale;
        } else {
            halfY *= scale;
        }
        float radius = (isRect ? 0f : k[3].uniform()) * (capCircle - MIN_CIRCLE_RADIUS) + MIN_CIRCLE_RADIUS;
        return new Dims(halfX, halfY, radius);
    }

    /** 3 or 4 vertices (50/50) when triangles are enabled, else 4. */
    static int vertexCount(Rng key, GeneratorParams p) {
        return p.generateTriangles() ? (key.randint(0, 2) == 0 ? 3 : 4) : 4;
    }

    /**
     * Port of {@code random_position_on_polygon}: for ≤ 3 vertices a point in triangle v0 v1 v2, otherwise a point
     * uniform in the bounding box of the four vertex rows. Writes the local point into {@code out}.
     */
    static void pointOnPolygon(Rng key, float[] vx, float[] vy, int offset, int n, float[] out) {
        Rng[] k = key.split(2);
        float f1 = k[0].uniform();
        float f2 = k[1].uniform();
        if (n <= 3) {
            float s = (float) Math.sqrt(f1);
            float ex = vx[offset + 1] - vx[offset] + f2 * (vx[offset + 2] - vx[offset + 1]);
            float ey = vy[offset + 1] - vy[offset] + f2 * (vy[offset + 2] - vy[offset + 1]);
            out[0] = vx[offset] + s * ex;
            out[1] = vy[offset] + s * ey;
            return;
        }
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < StaticConfig.VERTICES; i++) {
            minX = Math.min(minX, vx[offset + i]);
            maxX = Math.max(maxX, vx[offset + i]);
            minY = Math.min(minY, vy[offset + i]);
            maxY = Math.max(maxY, vy[offset + i]);
        }
        out[0] = minX + f1 * (maxX - minX);
        out[1] = minY + f2 * (maxY - minY);
    }

    /**
     * Port of {@code random_position_on_circle}: the centre with probability {@code onCentreChance}, else angle
     * U·2π at distance U·r (not area-uniform, as in the reference).
     */
    static void pointOnCircle(Rng key, float radius, float onCentreChance, float[] out) {
        Rng[] k = key.split(3);
        boolean onCentre = k[0].uniform() < onCentreChance;
        float theta = k[1].angle();
        float r = k[2].uniform() * radius;
        out[0] = onCentre ? 0f : r * Maths.cos(theta);
        out[1] = onCentre ? 0f : r * Maths.sin(theta);
    }

    /**
     * Port of {@code get_role}: green and blue first (whichever is missing), then grey, or red with weight 1/3
     * until one red shape exists. The floor counts. {@code prior} multiplies the weights.
     */
    static int pickRole(Rng key, WorkingLevel w, float[] prior) {
        boolean needsGreen = w.countRole(1, true) == 0;
        boolean needsBlue = w.countRole(2, true) == 0;
        boolean needsRed = w.countRole(3, true) == 0;
        float other = !needsGreen && !needsBlue ? 1f : 0f;
        return key.choice(prior[0] * other, prior[1] * (needsGreen ? 1f : 0f), prior[2] * (needsBlue ? 1f : 0f),
                prior[3] * (other * (needsRed ? 1f : 0f) / 3f));
    }

    /**
     * Writes a fresh active shape into global slot {@code shape}: every physics field is overwritten (a slot freed by
     * a mutation may hold stale values), friction 1, restitution 0, collision mode 1, at rest. Polygons get the
     * given 4 vertex rows (radius 0), circles {@code radius} (no vertices, {@code nVertices} 0): the project's
     * convention for unused fields rather than the reference's meaningless leftovers, which nothing reads.
     */
    static void writeShape(WorkingLevel w, int shape, float x, float y, float rotation, float[] vx, float[] vy,
            int nVertices, float radius, float inverseMass, float inverseInertia) {
        ShapeTable s = w.shapes;
        int row = w.row(shape);
        boolean polygon = w.isPolygon(shape);
        s.positionX[row] = x;
        s.positionY[row] = y;
        s.rotation[row] = rotation;
        s.velocityX[row] = 0f;
        s.velocityY[row] = 0f;
        s.angularVelocity[row] = 0f;
        s.inverseMass[row] = inverseMass;
        s.inverseInertia[row] = inverseInertia;
        s.friction[row] = 1f;
        s.restitution[row] = 0f;
        s.collisionMode[row] = 1;
        s.active[row] = true;
        s.nVertices[row] = polygon ? nVertices : 0;
        s.radius[row] = polygon ? 0f : radius;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            s.vertexX[w.vertex(shape, k)] = polygon ? vx[k] : 0f;
            s.vertexY[w.vertex(shape, k)] = polygon ? vy[k] : 0f;
        }
    }
}
