package org.kinetix4j.levelgen;

import org.kinetix4j.physics2d.MassProperties;

/** Port of {@code mutate_add_shape} (spec kinetix.md §6.2 "Add free shape"). */
final class FreeShapes {
    /** Height of the floor's top surface, m: shapes are placed above it. */
    static final float FLOOR_TOP = 0.4f;

    private FreeShapes() {
    }

    /**
     * Adds one unjointed shape in the first free slot of a randomly chosen kind; a no-op without a free slot.
     *
     * @param forceNoFixate never fixate the new shape
     */
    static void add(Rng key, WorkingLevel w, GeneratorParams p, boolean forceNoFixate) {
        if (!w.spaceForShape()) {
            return;
        }
        Rng[] k = key.split(9);
        boolean spaceRect = w.firstFreePolygon() >= 0;
        boolean spaceCircle = w.firstFreeCircle() >= 0;
        boolean isRect = k[0].choice(spaceRect ? 1f : 0f, spaceCircle ? 1f : 0f) == 0;
        int role = ShapeSampling.pickRole(k[1], w, ShapeSampling.ALL_ROLES);
        boolean goal = role == 1 || role == 2;
        float maxSize = (goal ? p.goalBodySizeFactor() : 1f) * p.maxShapeSize();
        ShapeSampling.Dims dims = ShapeSampling.dimensions(k[2], isRect, p, maxSize);
        int nVertices = ShapeSampling.vertexCount(k[3], p);
        float[] vx = dims.vertexX();
        float[] vy = dims.vertexY();

        float[] position = placement(k[4], k[5], w, dims.boundingRadius(), role, p);
        float rotation = k[6].angle();
        float inverseMass = isRect ? MassProperties.polygonInverseMass(vx, vy, 0, nVertices, 1f)
                : MassProperties.circleInverseMass(dims.radius(), 1f);
        float inverseInertia = isRect ? MassProperties.polygonInverseInertia(vx, vy, 0, nVertices, 1f)
                : MassProperties.circleInverseInertia(dims.radius(), 1f);

        float fixateChance = Math.min(p.fixateChanceMin() + (1f / inverseMass) * p.fixateChanceScale(),
                p.fixateChanceMax());
        boolean fixated = k[7].uniform() < fixateChance && !forceNoFixate;
        // Fixated shapes, coloured ones especially, are pushed into the lower half where they act as terrain.
        float bottomBias = p.fixateShapeBottomBias() + p.fixateShapeBottomBiasSpecialRole() * (role != 0 ? 1f : 0f);
        boolean forceBottom = k[8].uniform() < bottomBias;
        float halfHeight = screenHeight(w) / 2f;
        if (fixated && forceBottom && position[1] >= halfHeight) {
            position[1] -= halfHeight;
        }

        int shape = isRect ? w.firstFreePolygon() : w.firstFreeCircle();
        ShapeSampling.writeShape(w, shape, position[0], position[1], rotation, vx, vy, nVertices, dims.radius(),
                fixated ? 0f : inverseMass, fixated ? 0f : inverseInertia);
        w.setRole(shape, role);
        w.recalculateMass();
    }

    /**
     * A position uniform in the visible area shrunk by the shape's bounding radius (above the floor); with
     * probability {@code goalBodyOppositeSideChance} green is kept in the left half and blue in the right half.
     */
    private static float[] placement(Rng sideKey, Rng positionKey, WorkingLevel w, float margin, int role,
            GeneratorParams p) {
        float width = screenWidth(w);
        float height = screenHeight(w);
        float minX = margin;
        float maxX = width - margin;
        float minY = margin + FLOOR_TOP;
        float maxY = height - margin;
        if (sideKey.uniform() < p.goalBodyOppositeSideChance()) {
            if (role == 1) {
                maxX -= width / 2f;
            } else if (role == 2) {
                minX += width / 2f;
            }
        }
        float ux = positionKey.uniform();
        float uy = positionKey.uniform();
        return new float[] {ux * (maxX - minX) + minX, uy * (maxY - minY) + minY};
    }

    /** Visible world width, m (screen px / pixels per unit = 5). */
    static float screenWidth(WorkingLevel w) {
        return w.staticParams.screenWidth() / w.envParams.pixelsPerUnit();
    }

    /** Visible world height, m. */
    static float screenHeight(WorkingLevel w) {
        return w.staticParams.screenHeight() / w.envParams.pixelsPerUnit();
    }
}
