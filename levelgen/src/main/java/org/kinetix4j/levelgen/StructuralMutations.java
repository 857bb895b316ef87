package org.kinetix4j.levelgen;

/**
 * The mutators that add or remove entities or change roles and fixation (spec kinetix.md §6.6,
 * {@code ued/mutators.py}). Each is a no-op when its precondition fails, as in the reference.
 */
final class StructuralMutations {
    private StructuralMutations() {
    }

    /** {@code mutate_remove_joint}: a uniformly chosen active joint becomes inactive. */
    static void removeJoint(Rng key, WorkingLevel w) {
        float[] weights = new float[w.config.numJoints()];
        boolean any = false;
        for (int j = 0; j < weights.length; j++) {
            weights[j] = w.jointActive(j) ? 1f : 0f;
            any |= w.jointActive(j);
        }
        if (!any) {
            return;
        }
        int slot = key.split(2)[0].choice(weights);
        w.joints.active[w.joints.row(0, slot)] = false;
        w.recomputeCollisionMatrix();
    }

    /**
     * {@code mutate_remove_shape}: a uniformly chosen active non-static shape becomes inactive, with every joint
     * that names it and every thruster on it.
     */
    static void removeShape(Rng key, WorkingLevel w) {
        if (!w.shapesPresent()) {
            return;
        }
        int shape = key.split(2)[0].choice(w.activeNonStaticWeights());
        w.shapes.active[w.row(shape)] = false;
        for (int j = 0; j < w.config.numJoints(); j++) {
            int row = w.joints.row(0, j);
            if (w.joints.aShape[row] == shape || w.joints.bShape[row] == shape) {
                w.joints.active[row] = false;
            }
        }
        for (int t = 0; t < w.config.numThrusters(); t++) {
            int row = w.thrusters.row(0, t);
            if (w.thrusters.shape[row] == shape) {
                w.thrusters.active[row] = false;
            }
        }
        w.recomputeCollisionMatrix();
    }

    /**
     * {@code mutate_swap_role}: when the active non-static shapes carry at least two distinct roles, shape a is
     * chosen uniformly among them, shape b uniformly among those with a different role, and the roles swap.
     */
    static void swapRole(Rng key, WorkingLevel w) {
        int distinct = 0;
        for (int role = 0; role < 4; role++) {
            distinct += w.countRole(role, false) > 0 ? 1 : 0;
        }
        if (distinct < 2) {
            return;
        }
        Rng[] k = key.split(2);
        float[] weights = w.activeNonStaticWeights();
        int a = k[0].choice(weights);
        int roleA = w.role(a);
        for (int s = 0; s < weights.length; s++) {
            weights[s] = w.role(s) == roleA ? 0f : weights[s];
        }
        int b = k[1].choice(weights);
        w.setRole(a, w.role(b));
        w.setRole(b, roleA);
    }

    /** {@code mutate_remove_thruster}: a uniformly chosen active thruster becomes inactive. */
    static void removeThruster(Rng key, WorkingLevel w) {
        float[] weights = new float[w.config.numThrusters()];
        boolean any = false;
        for (int t = 0; t < weights.length; t++) {
            weights[t] = w.thrusterActive(t) ? 1f : 0f;
            any |= w.thrusterActive(t);
        }
        if (!any) {
            return;
        }
        int slot = key.split(2)[0].choice(weights);
        w.thrusters.active[w.thrusters.row(0, slot)] = false;
    }

    /**
     * {@code mutate_toggle_fixture}: a uniformly chosen active non-static shape is fixated (inverse mass and
     * inertia 0) or, if it was (inverse inertia 0), freed: both set to 1, then the masses are recomputed from the
     * densities, which gives it its real mass.
     */
    static void toggleFixture(Rng key, WorkingLevel w) {
        if (!w.shapesPresent()) {
            return;
        }
        int shape = key.split(2)[0].choice(w.activeNonStaticWeights());
        int row = w.row(shape);
        float value = w.shapes.inverseInertia[row] == 0f ? 1f : 0f;
        w.shapes.inverseMass[row] = value;
        w.shapes.inverseInertia[row] = value;
        w.recalculateMass();
    }
}
