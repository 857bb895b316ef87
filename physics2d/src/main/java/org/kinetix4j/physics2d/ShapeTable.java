package org.kinetix4j.physics2d;

import java.util.Arrays;

/**
 * Every shape slot of every environment, polygons and circles in one table (Jax2D {@code RigidBody} ×2).
 *
 * <p>Layout: env-major, one row per <em>global</em> shape index, so the engine never branches on the shape kind:
 * <pre>
 *   row(env, shape) = env * N + shape          N = P + C
 *   shape 0 .. P-1      polygon slots (0..F-1 are floor, walls, ceiling)
 *   shape P .. P+C-1    circle slots (circle slot c has shape P + c)
 *   vertex(env, shape, k) = row * 4 + k       k = 0..3, local frame, clockwise
 * </pre>
 * Units: metres, radians, seconds; inverse mass kg⁻¹ (0 = fixated), inverse inertia (kg·m²)⁻¹.
 * Unused fields are zero: circles have no vertices and {@code nVertices = 0}; polygons have radius 0.
 */
public final class ShapeTable {
    /** Shape slots per environment (P + C). */
    public final int capacity;
    /** World position of the centre of mass, m, {@code [env][shape]}. */
    public final float[] positionX;
    /** World position of the centre of mass, m, {@code [env][shape]}. */
    public final float[] positionY;
    /** Rotation, rad, counter-clockwise, never wrapped, {@code [env][shape]}. */
    public final float[] rotation;
    /** Linear velocity, m/s, {@code [env][shape]}. */
    public final float[] velocityX;
    /** Linear velocity, m/s, {@code [env][shape]}. */
    public final float[] velocityY;
    /** Angular velocity, rad/s, {@code [env][shape]}. */
    public final float[] angularVelocity;
    /** Inverse mass, kg⁻¹, 0 = fixated (no gravity, no impulse response), {@code [env][shape]}. */
    public final float[] inverseMass;
    /** Inverse moment of inertia about the centre of mass, 0 = no rotational response. */
    public final float[] inverseInertia;
    /** Per-shape friction coefficient, combined as sqrt((0.4 f_a)² + (0.4 f_b)²). */
    public final float[] friction;
    /** Per-shape restitution, combined with min. */
    public final float[] restitution;
    /** Collision mode 0, 1 or 2 (spec §4.1). */
    public final int[] collisionMode;
    /** Whether the slot is in use. */
    public final boolean[] active;
    /** Live vertex count: 3 or 4 for polygons, 0 for circles. */
    public final int[] nVertices;
    /** Local-frame vertex x, m, {@code [env][shape][4]}; padding rows are read by the inertia routine. */
    public final float[] vertexX;
    /** Local-frame vertex y, m, {@code [env][shape][4]}. */
    public final float[] vertexY;
    /** Circle radius, m; 0 for polygons. */
    public final float[] radius;

    ShapeTable(int envCount, int capacity) {
        this.capacity = capacity;
        int n = envCount * capacity;
        positionX = new float[n];
        positionY = new float[n];
        rotation = new float[n];
        velocityX = new float[n];
        velocityY = new float[n];
        angularVelocity = new float[n];
        inverseMass = new float[n];
        inverseInertia = new float[n];
        friction = new float[n];
        restitution = new float[n];
        collisionMode = new int[n];
        active = new boolean[n];
        nVertices = new int[n];
        vertexX = new float[n * StaticConfig.VERTICES];
        vertexY = new float[n * StaticConfig.VERTICES];
        radius = new float[n];
    }

    /** Row of global shape index {@code shape} in environment {@code env}. */
    public int row(int env, int shape) {
        return env * capacity + shape;
    }

    /** Index of vertex row {@code k} of shape {@code shape} in environment {@code env}. */
    public int vertex(int env, int shape, int k) {
        return (env * capacity + shape) * StaticConfig.VERTICES + k;
    }

    /** Copies every field of row {@code fromRow} into row {@code toRow} of {@code to} (a slot move or copy). */
    public void copyRow(int fromRow, ShapeTable to, int toRow) {
        to.positionX[toRow] = positionX[fromRow];
        to.positionY[toRow] = positionY[fromRow];
        to.rotation[toRow] = rotation[fromRow];
        to.velocityX[toRow] = velocityX[fromRow];
        to.velocityY[toRow] = velocityY[fromRow];
        to.angularVelocity[toRow] = angularVelocity[fromRow];
        to.inverseMass[toRow] = inverseMass[fromRow];
        to.inverseInertia[toRow] = inverseInertia[fromRow];
        to.friction[toRow] = friction[fromRow];
        to.restitution[toRow] = restitution[fromRow];
        to.collisionMode[toRow] = collisionMode[fromRow];
        to.active[toRow] = active[fromRow];
        to.nVertices[toRow] = nVertices[fromRow];
        to.radius[toRow] = radius[fromRow];
        int v = StaticConfig.VERTICES;
        System.arraycopy(vertexX, fromRow * v, to.vertexX, toRow * v, v);
        System.arraycopy(vertexY, fromRow * v, to.vertexY, toRow * v, v);
    }

    void copyEnv(int fromEnv, ShapeTable to, int toEnv) {
        int s = fromEnv * capacity;
        int d = toEnv * capacity;
        System.arraycopy(positionX, s, to.positionX, d, capacity);
        System.arraycopy(positionY, s, to.positionY, d, capacity);
        System.arraycopy(rotation, s, to.rotation, d, capacity);
        System.arraycopy(velocityX, s, to.velocityX, d, capacity);
        System.arraycopy(velocityY, s, to.velocityY, d, capacity);
        System.arraycopy(angularVelocity, s, to.angularVelocity, d, capacity);
        System.arraycopy(inverseMass, s, to.inverseMass, d, capacity);
        System.arraycopy(inverseInertia, s, to.inverseInertia, d, capacity);
        System.arraycopy(friction, s, to.friction, d, capacity);
        System.arraycopy(restitution, s, to.restitution, d, capacity);
        System.arraycopy(collisionMode, s, to.collisionMode, d, capacity);
        System.arraycopy(active, s, to.active, d, capacity);
        System.arraycopy(nVertices, s, to.nVertices, d, capacity);
        System.arraycopy(radius, s, to.radius, d, capacity);
        int v = StaticConfig.VERTICES;
        System.arraycopy(vertexX, s * v, to.vertexX, d * v, capacity * v);
        System.arraycopy(vertexY, s * v, to.vertexY, d * v, capacity * v);
    }

    void clearEnv(int env) {
        int s = env * capacity;
        int e = s + capacity;
        for (float[] a : new float[][] {positionX, positionY, rotation, velocityX, velocityY, angularVelocity,
            inverseMass, inverseInertia, friction, restitution, radius}) {
            Arrays.fill(a, s, e, 0f);
        }
        Arrays.fill(collisionMode, s, e, 0);
        Arrays.fill(active, s, e, false);
        Arrays.fill(nVertices, s, e, 0);
        Arrays.fill(vertexX, s * StaticConfig.VERTICES, e * StaticConfig.VERTICES, 0f);
        Arrays.fill(vertexY, s * StaticConfig.VERTICES, e * StaticConfig.VERTICES, 0f);
    }
}
