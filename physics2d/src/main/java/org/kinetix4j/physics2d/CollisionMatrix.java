package org.kinetix4j.physics2d;

/**
 * Derives the collision matrix from joint connectivity (Jax2D {@code calculate_collision_matrix}, spec §6.6).
 *
 * <p>The reference ANDs matrix rows J×J times; that converges to "false iff the same shape, or both shapes in
 * one connected component of the graph of active joints", which a union-find computes directly.
 */
public final class CollisionMatrix {
    private CollisionMatrix() {
    }

    /** Rewrites {@code state.collisionMatrix} of environment {@code env} from its active joints. */
    public static void recompute(BatchState state, int env) {
        int n = state.config.numShapes();
        int[] component = new int[n];
        for (int i = 0; i < n; i++) {
            component[i] = i;
        }
        JointTable joints = state.joints;
        for (int slot = 0; slot < joints.capacity; slot++) {
            int row = joints.row(env, slot);
            if (joints.active[row]) {
                int a = find(component, joints.aShape[row]);
                int b = find(component, joints.bShape[row]);
                component[Math.max(a, b)] = Math.min(a, b);
            }
        }
        for (int i = 0; i < n; i++) {
            int ci = find(component, i);
            for (int k = 0; k < n; k++) {
                state.collisionMatrix[state.matrixIndex(env, i, k)] = ci != find(component, k);
            }
        }
    }

    private static int find(int[] component, int i) {
        int root = i;
        while (component[root] != root) {
            root = component[root];
        }
        return root;
    }
}
