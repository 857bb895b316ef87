package org.kinetix4j.levelgen;

import java.util.Objects;
import org.kinetix4j.env.Level;

/**
 * Kinetix's {@code permute_state} (spec kinetix.md §6.5): shuffles the circle slots, the non-static polygon slots,
 * the joint slots and the thruster slots, so a policy cannot rely on slot order. The level's physics is unchanged:
 * joints and thrusters follow their shapes (indices remapped), bindings and roles move with their slots, and the
 * collision matrix is recomputed. The floor, walls and ceiling keep slots 0..3.
 *
 * <p>As in the reference, a joint whose two shapes trade places keeps its (a, b) order, so after a permutation
 * {@code a < b} no longer holds for every polygon–polygon joint.
 */
public final class EntityPermutation {
    private EntityPermutation() {
    }

    /** The level with its entities permuted by a generator seeded with {@code seed}; the input is not modified. */
    public static Level permute(Level level, long seed) {
        Objects.requireNonNull(level, "level");
        WorkingLevel w = WorkingLevel.of(level);
        permute(new Rng(seed), w);
        return w.toLevel(level.name());
    }

    /** Permutes {@code w} in place with four child keys (circles, polygons, joints, thrusters). */
    static void permute(Rng key, WorkingLevel w) {
        Rng[] k = key.split(4);
        int p = w.numPolygons();
        int statics = w.numStatic();
        int[] circles = k[0].permutation(w.numCircles());
        int[] dynamicPolygons = k[1].permutation(p - statics);
        int[] joints = k[2].permutation(w.config.numJoints());
        int[] thrusters = k[3].permutation(w.config.numThrusters());

        // newToOld[new global index] = old global index; oldToNew is its inverse (the reference's argsort).
        int[] newToOld = new int[w.numShapes()];
        for (int i = 0; i < p; i++) {
            newToOld[i] = i < statics ? i : statics + dynamicPolygons[i - statics];
        }
        for (int c = 0; c < w.numCircles(); c++) {
            newToOld[p + c] = p + circles[c];
        }
        int[] oldToNew = new int[newToOld.length];
        for (int i = 0; i < newToOld.length; i++) {
            oldToNew[newToOld[i]] = i;
        }

        WorkingLevel old = new WorkingLevel(w.staticParams, w.envParams);
        old.copyFrom(w);
        for (int i = 0; i < newToOld.length; i++) {
            Rows.copyShape(old, newToOld[i], w, i);
        }
        for (int j = 0; j < joints.length; j++) {
            Rows.copyJoint(old, joints[j], w, j);
            int row = w.joints.row(0, j);
            w.joints.aShape[row] = oldToNew[w.joints.aShape[row]];
            w.joints.bShape[row] = oldToNew[w.joints.bShape[row]];
        }
        for (int t = 0; t < thrusters.length; t++) {
            Rows.copyThruster(old, thrusters[t], w, t);
            int row = w.thrusters.row(0, t);
            w.thrusters.shape[row] = oldToNew[w.thrusters.shape[row]];
        }
        w.recomputeCollisionMatrix();
    }
}
