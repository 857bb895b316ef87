package org.kinetix4j.physics2d;

import java.util.Arrays;

/**
 * Contact points of one pair type (Jax2D {@code CollisionManifold}) for every environment; env-major:
 * {@code row(env, point) = env * pointsPerEnv + point}.
 *
 * <p>For polygon–polygon pairs each pair has two contact points, {@code point = pair * 2 + contactSlot}; for
 * circle–polygon and circle–circle pairs {@code point = pair}. After a step the table holds the manifolds that
 * step detected (at its start, after gravity) with their final accumulated impulses: the warm-start cache and
 * the manifolds Kinetix reads for reward. An inactive point has every field zero.
 */
public final class ManifoldTable {
    /** Contact points per environment. */
    public final int pointsPerEnv;
    /** Every float field, for bulk copies without allocation. */
    private final float[][] floatFields;
    /** Unit normal from the pair's first shape (a) to its second (b). */
    public final float[] normalX;
    /** Unit normal from the pair's first shape (a) to its second (b). */
    public final float[] normalY;
    /** Penetration depth, m, positive when overlapping. */
    public final float[] penetration;
    /** World contact point, m. */
    public final float[] collisionPointX;
    /** World contact point, m. */
    public final float[] collisionPointY;
    /** Geometric contact (overlap, both shapes active, collision modes compatible). */
    public final boolean[] active;
    /** Accumulated normal impulse, ≥ 0. */
    public final float[] accImpulseNormal;
    /** Accumulated friction impulse. */
    public final float[] accImpulseTangent;
    /** Normal velocity at detection times min(e_a, e_b). */
    public final float[] restitutionVelocityTarget;

    ManifoldTable(int envCount, int pointsPerEnv) {
        this.pointsPerEnv = pointsPerEnv;
        int n = envCount * pointsPerEnv;
        normalX = new float[n];
        normalY = new float[n];
        penetration = new float[n];
        collisionPointX = new float[n];
        collisionPointY = new float[n];
        active = new boolean[n];
        accImpulseNormal = new float[n];
        accImpulseTangent = new float[n];
        restitutionVelocityTarget = new float[n];
        floatFields = new float[][] {normalX, normalY, penetration, collisionPointX, collisionPointY, accImpulseNormal,
            accImpulseTangent, restitutionVelocityTarget};
    }

    /** Row of contact point {@code point} in environment {@code env}. */
    public int row(int env, int point) {
        return env * pointsPerEnv + point;
    }

    void copyEnv(int fromEnv, ManifoldTable to, int toEnv) {
        int s = fromEnv * pointsPerEnv;
        int d = toEnv * pointsPerEnv;
        float[][] src = floatFields;
        float[][] dst = to.floatFields;
        for (int i = 0; i < src.length; i++) {
            System.arraycopy(src[i], s, dst[i], d, pointsPerEnv);
        }
        System.arraycopy(active, s, to.active, d, pointsPerEnv);
    }

    void clearEnv(int env) {
        int s = env * pointsPerEnv;
        int e = s + pointsPerEnv;
        for (float[] a : floatFields) {
            Arrays.fill(a, s, e, 0f);
        }
        Arrays.fill(active, s, e, false);
    }
}
