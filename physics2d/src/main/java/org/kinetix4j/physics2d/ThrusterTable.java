package org.kinetix4j.physics2d;

import java.util.Arrays;

/**
 * Every thruster slot of every environment (Jax2D {@code Thruster}), env-major:
 * {@code row(env, slot) = env * T + slot}.
 */
public final class ThrusterTable {
    /** Thruster slots per environment. */
    public final int capacity;
    /** Every float field, for bulk copies without allocation. */
    private final float[][] floatFields;
    /** Global shape index of the parent shape. */
    public final int[] shape;
    /** Offset from the parent's centre of mass in its local frame, m. */
    public final float[] relativePositionX;
    /** Offset from the parent's centre of mass in its local frame, m. */
    public final float[] relativePositionY;
    /** Thrust direction relative to the parent's rotation, rad. */
    public final float[] rotation;
    /** Multiplier of baseThrusterPower. */
    public final float[] power;
    /** World position, refreshed at the end of every step, m. */
    public final float[] globalPositionX;
    /** World position, refreshed at the end of every step, m. */
    public final float[] globalPositionY;
    /** Whether the slot is in use. */
    public final boolean[] active;

    ThrusterTable(int envCount, int capacity) {
        this.capacity = capacity;
        int n = envCount * capacity;
        shape = new int[n];
        relativePositionX = new float[n];
        relativePositionY = new float[n];
        rotation = new float[n];
        power = new float[n];
        globalPositionX = new float[n];
        globalPositionY = new float[n];
        active = new boolean[n];
        floatFields = new float[][] {relativePositionX, relativePositionY, rotation, power, globalPositionX,
            globalPositionY};
    }

    /** Row of thruster slot {@code slot} in environment {@code env}. */
    public int row(int env, int slot) {
        return env * capacity + slot;
    }

    /** Copies every field of row {@code fromRow} into row {@code toRow} of {@code to}, shape indices as they are. */
    public void copyRow(int fromRow, ThrusterTable to, int toRow) {
        for (int i = 0; i < floatFields.length; i++) {
            to.floatFields[i][toRow] = floatFields[i][fromRow];
        }
        to.active[toRow] = active[fromRow];
        to.shape[toRow] = shape[fromRow];
    }

    void copyEnv(int fromEnv, ThrusterTable to, int toEnv) {
        int s = fromEnv * capacity;
        int d = toEnv * capacity;
        float[][] src = floatFields;
        float[][] dst = to.floatFields;
        for (int i = 0; i < src.length; i++) {
            System.arraycopy(src[i], s, dst[i], d, capacity);
        }
        System.arraycopy(shape, s, to.shape, d, capacity);
        System.arraycopy(active, s, to.active, d, capacity);
    }

    void clearEnv(int env) {
        int s = env * capacity;
        int e = s + capacity;
        for (float[] a : floatFields) {
            Arrays.fill(a, s, e, 0f);
        }
        Arrays.fill(shape, s, e, 0);
        Arrays.fill(active, s, e, false);
    }
}
