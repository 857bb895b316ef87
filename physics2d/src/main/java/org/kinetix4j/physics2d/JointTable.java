package org.kinetix4j.physics2d;

import java.util.Arrays;

/**
 * Every joint slot of every environment (Jax2D {@code Joint}), env-major: {@code row(env, slot) = env * J + slot}.
 *
 * <p>{@code aShape}/{@code bShape} are global shape indices (polygons 0..P-1, circles P..P+C-1). Relative
 * positions are in each body's local frame, relative to its centre of mass.
 */
public final class JointTable {
    /** Joint slots per environment. */
    public final int capacity;
    /** Every float field, for bulk copies without allocation. */
    private final float[][] floatFields;
    /** Every flag field, for bulk copies without allocation. */
    private final boolean[][] flagFields;
    /** Global shape index of body a. */
    public final int[] aShape;
    /** Global shape index of body b. */
    public final int[] bShape;
    /** Anchor in a's local frame, m. */
    public final float[] aRelativePosX;
    /** Anchor in a's local frame, m. */
    public final float[] aRelativePosY;
    /** Anchor in b's local frame, m. */
    public final float[] bRelativePosX;
    /** Anchor in b's local frame, m. */
    public final float[] bRelativePosY;
    /** Joint point written by the solver (pre-integration); (256, 256) before the first step. */
    public final float[] globalPositionX;
    /** Joint point written by the solver (pre-integration); (256, 256) before the first step. */
    public final float[] globalPositionY;
    /** Whether the slot is in use. */
    public final boolean[] active;
    /** Accumulated linear impulse (warm start). */
    public final float[] accImpulseX;
    /** Accumulated linear impulse (warm start). */
    public final float[] accImpulseY;
    /** Accumulated angular impulse (fixed joints only). */
    public final float[] accRImpulse;
    /** Multiplier of baseMotorSpeed. */
    public final float[] motorSpeed;
    /** Multiplier of baseMotorPower. */
    public final float[] motorPower;
    /** Whether the motor is on. */
    public final boolean[] motorOn;
    /** Whether the revolute limits are enabled (with or without motor). */
    public final boolean[] motorHasJointLimits;
    /** Lower limit on rot_b − rot_a − rotation, rad. */
    public final float[] minRotation;
    /** Upper limit on rot_b − rot_a − rotation, rad. */
    public final float[] maxRotation;
    /** Fixed (weld) joint rather than revolute. */
    public final boolean[] isFixedJoint;
    /** Reference relative angle rot_b − rot_a, rad. */
    public final float[] rotation;

    JointTable(int envCount, int capacity) {
        this.capacity = capacity;
        int n = envCount * capacity;
        aShape = new int[n];
        bShape = new int[n];
        aRelativePosX = new float[n];
        aRelativePosY = new float[n];
        bRelativePosX = new float[n];
        bRelativePosY = new float[n];
        globalPositionX = new float[n];
        globalPositionY = new float[n];
        active = new boolean[n];
        accImpulseX = new float[n];
        accImpulseY = new float[n];
        accRImpulse = new float[n];
        motorSpeed = new float[n];
        motorPower = new float[n];
        motorOn = new boolean[n];
        motorHasJointLimits = new boolean[n];
        minRotation = new float[n];
        maxRotation = new float[n];
        isFixedJoint = new boolean[n];
        rotation = new float[n];
        floatFields = new float[][] {aRelativePosX, aRelativePosY, bRelativePosX, bRelativePosY, globalPositionX,
            globalPositionY, accImpulseX, accImpulseY, accRImpulse, motorSpeed, motorPower, minRotation,
            maxRotation, rotation};
        flagFields = new boolean[][] {active, motorOn, motorHasJointLimits, isFixedJoint};
    }

    /** Row of joint slot {@code slot} in environment {@code env}. */
    public int row(int env, int slot) {
        return env * capacity + slot;
    }

    /** Copies every field of row {@code fromRow} into row {@code toRow} of {@code to}, shape indices as they are. */
    public void copyRow(int fromRow, JointTable to, int toRow) {
        for (int i = 0; i < floatFields.length; i++) {
            to.floatFields[i][toRow] = floatFields[i][fromRow];
        }
        for (int i = 0; i < flagFields.length; i++) {
            to.flagFields[i][toRow] = flagFields[i][fromRow];
        }
        to.aShape[toRow] = aShape[fromRow];
        to.bShape[toRow] = bShape[fromRow];
    }

    void copyEnv(int fromEnv, JointTable to, int toEnv) {
        int s = fromEnv * capacity;
        int d = toEnv * capacity;
        float[][] src = floatFields;
        float[][] dst = to.floatFields;
        for (int i = 0; i < src.length; i++) {
            System.arraycopy(src[i], s, dst[i], d, capacity);
        }
        boolean[][] srcFlags = flagFields;
        boolean[][] dstFlags = to.flagFields;
        for (int i = 0; i < srcFlags.length; i++) {
            System.arraycopy(srcFlags[i], s, dstFlags[i], d, capacity);
        }
        System.arraycopy(aShape, s, to.aShape, d, capacity);
        System.arraycopy(bShape, s, to.bShape, d, capacity);
    }

    void clearEnv(int env) {
        int s = env * capacity;
        int e = s + capacity;
        for (float[] a : floatFields) {
            Arrays.fill(a, s, e, 0f);
        }
        for (boolean[] a : flagFields) {
            Arrays.fill(a, s, e, false);
        }
        Arrays.fill(aShape, s, e, 0);
        Arrays.fill(bShape, s, e, 0);
        Arrays.fill(globalPositionX, s, e, 256f);
        Arrays.fill(globalPositionY, s, e, 256f);
    }
}
