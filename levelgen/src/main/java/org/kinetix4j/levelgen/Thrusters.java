package org.kinetix4j.levelgen;

import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.ThrusterTable;

/** Port of {@code mutate_add_thruster} (spec kinetix.md §6.2 "Add thruster"). */
final class Thrusters {
    private Thrusters() {
    }

    /** Adds a thruster to a random active non-fixated shape; a no-op without such a shape or a free slot. */
    static void add(Rng key, WorkingLevel w, GeneratorParams p) {
        float[] weights = new float[w.numShapes()];
        boolean any = false;
        for (int s = 0; s < w.numShapes(); s++) {
            boolean ok = w.active(s) && !w.fixated(s);
            weights[s] = ok ? 1f : 0f;
            any |= ok;
        }
        int slot = w.firstFreeThruster();
        if (!any || slot < 0) {
            return;
        }
        Rng[] k = key.split(10);
        int shape = k[0].choice(weights);
        ShapeTable s = w.shapes;
        int row = w.row(shape);
        float[] anchor = new float[2];
        if (w.isPolygon(shape)) {
            ShapeSampling.pointOnPolygon(k[1], s.vertexX, s.vertexY, w.vertex(shape, 0), s.nVertices[row], anchor);
        } else {
            ShapeSampling.pointOnCircle(k[2], s.radius[row], 0f, anchor);
        }
        float sign = k[3].uniform() > 0.5f ? 1f : -1f;
        float dx = sign * anchor[0];
        float dy = sign * anchor[1];
        if (dx * dx + dy * dy == 0f) {
            dx = 1f;
            dy = 0f;
        }
        // Mostly along the line through the centroid, so the thrust pushes without spinning the parent.
        float rotation = k[4].uniform() < p.thrusterAlignComProb() ? (float) StrictMath.atan2(dy, dx)
                : k[5].angle();
        float powerScale = k[6].uniform() * 1.5f + 0.5f;
        float inverseMass = s.inverseMass[row];
        float power = 1f / (inverseMass == 0f ? 1f : inverseMass) * p.thrusterPowerMultiplier() * powerScale;
        int binding = k[7].randint(0, w.staticParams.numThrusterBindings());

        ThrusterTable t = w.thrusters;
        int tr = t.row(0, slot);
        float c = Maths.cos(s.rotation[row]);
        float sn = Maths.sin(s.rotation[row]);
        t.shape[tr] = shape;
        t.relativePositionX[tr] = anchor[0];
        t.relativePositionY[tr] = anchor[1];
        t.rotation[tr] = rotation;
        t.power[tr] = power;
        t.globalPositionX[tr] = s.positionX[row] + (c * anchor[0] - sn * anchor[1]);
        t.globalPositionY[tr] = s.positionY[row] + (sn * anchor[0] + c * anchor[1]);
        t.active[tr] = true;
        w.tables.thrusterBinding[w.tables.thrusterRow(0, slot)] = binding;
    }
}
