package org.kinetix4j.physics2d;

/**
 * Mass and inertia from density, exactly as Jax2D computes them (spec §6.2), quirks included: the circle inertia
 * is half the physical disc value, a polygon's centre is the mean of its live vertices, and the polygon inertia
 * walks edges {@code (i, (i+1) mod 4)} so a triangle's closing edge runs to its padding row.
 */
public final class MassProperties {
    /** float32 π, as JAX rounds Python's {@code math.pi}. */
    static final float PI = (float) Math.PI;

    private MassProperties() {
    }

    /** Port of {@code calc_inverse_mass_circle}: 1 / nz(r·r·π·ρ). */
    public static float circleInverseMass(float radius, float density) {
        float mass = radius * radius * PI * density;
        return 1f / Maths.nz(mass);
    }

    /** Port of {@code calc_inverse_inertia_circle}: 1 / nz(π·r⁴/4·ρ), half the physical value (quirk). */
    public static float circleInverseInertia(float radius, float density) {
        float r4 = (float) StrictMath.pow(radius, 4);
        float inertia = PI * r4 / 4f * density;
        return 1f / Maths.nz(inertia);
    }

    /**
     * Port of {@code calc_inverse_mass_polygon}'s mass: fan triangles (v0, v[t+1], v[t+2]) for t &lt; n − 2.
     *
     * @param vx four vertex rows' x (local frame); only the first {@code n} are live
     */
    public static float polygonInverseMass(float[] vx, float[] vy, int offset, int n, float density) {
        float total = 0f;
        for (int t = 0; t < StaticConfig.VERTICES - 2; t++) {
            float area = t < n - 2 ? triangleArea(vx, vy, offset, t) : 0f;
            total += area;
        }
        return 1f / Maths.nz(total * density);
    }

    private static float triangleArea(float[] vx, float[] vy, int offset, int t) {
        float x0 = vx[offset];
        float y0 = vy[offset];
        float ex = vx[offset + t + 1] - x0;
        float ey = vy[offset + t + 1] - y0;
        float width = Maths.length(ex, ey);
        float tx = ex / Maths.nz(width);
        float ty = ey / Maths.nz(width);
        float dot = (vx[offset + t + 2] - x0) * tx + (vy[offset + t + 2] - y0) * ty;
        float footX = x0 + dot * tx;
        float footY = y0 + dot * ty;
        float height = Maths.length(vx[offset + t + 2] - footX, vy[offset + t + 2] - footY);
        return width * height / 2f;
    }

    /** The polygon "centre of mass" of Jax2D: the arithmetic mean of the {@code n} live vertices, x part. */
    public static float vertexMeanX(float[] vx, int offset, int n) {
        return maskedSum(vx, offset, n) / n;
    }

    /** The polygon "centre of mass" of Jax2D: the arithmetic mean of the {@code n} live vertices, y part. */
    public static float vertexMeanY(float[] vy, int offset, int n) {
        return maskedSum(vy, offset, n) / n;
    }

    private static float maskedSum(float[] v, int offset, int n) {
        float sum = 0f;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            sum += k < n ? v[offset + k] : 0f;
        }
        return sum;
    }

    /**
     * Port of {@code calc_inverse_inertia_polygon}: Σ over edges i &lt; n of |(D/12)·(…)| with
     * p2 = v[i], p1 = v[(i+1) mod 4] — mod 4, not mod n (the triangle quirk).
     */
    public static float polygonInverseInertia(float[] vx, float[] vy, int offset, int n, float density) {
        float total = 0f;
        for (int i = 0; i < StaticConfig.VERTICES; i++) {
            int next = (i + 1) % StaticConfig.VERTICES;
            float p1x = vx[offset + next];
            float p1y = vy[offset + next];
            float p2x = vx[offset + i];
            float p2y = vy[offset + i];
            float d = p1x * p2y - p1y * p2x;
            float intX2 = p1x * p1x + p2x * p1x + p2x * p2x;
            float intY2 = p1y * p1y + p2y * p1y + p2y * p2y;
            float inertia = Math.abs(0.25f * d / 3.0f * (intX2 + intY2));
            total += i < n ? inertia : 0f;
        }
        return 1f / Maths.nz(total * density);
    }
}
