package org.kinetix4j.benchmarks.baseline;

/**
 * How a Kinetix scene is turned into a JBox2D world ({@link JBox2DWorld#convert}).
 *
 * @param massMode           whose mass properties the bodies get
 * @param skinCompensation   shrink every polygon by JBox2D's skin ({@code Settings.polygonRadius}, 1 cm), so that
 *                           polygon + skin covers the same area as the Kinetix polygon (JBox2D otherwise keeps
 *                           polygons 1 cm apart and circles 1 cm off polygons)
 * @param velocityIterations JBox2D velocity iterations per step (Jax2D does 10 sequential-impulse iterations)
 * @param positionIterations JBox2D position iterations per step (Jax2D has none: its joints correct positions
 *                           inside the velocity iterations and contacts use a Baumgarte bias)
 * @param continuousPhysics  JBox2D's time-of-impact sub-stepping; Jax2D has none, so off by default
 */
public record JBox2DOptions(MassMode massMode, boolean skinCompensation, int velocityIterations,
        int positionIterations, boolean continuousPhysics) {

    /** Whose mass properties the JBox2D bodies get. */
    public enum MassMode {
        /**
         * Ours, set with {@code Body.setMassData}: mass 1/m⁻¹, centre of mass at the body origin (Jax2D's vertex
         * mean), inertia 1/I⁻¹. The default: both engines then move the same bodies.
         */
        KINETIX,
        /**
         * JBox2D's own, from the fixture densities: the same mass for every polygon and circle (area × density),
         * but the centre of mass is the area centroid (Jax2D: the vertex mean; equal for triangles and
         * parallelograms), and a circle's inertia is the physical m·r²/2 (Jax2D: half of it, spec §6.2).
         */
        JBOX2D
    }

    /** Validates the iteration counts. */
    public JBox2DOptions {
        if (massMode == null) {
            throw new IllegalArgumentException("massMode must not be null");
        }
        if (velocityIterations < 1 || positionIterations < 0) {
            throw new IllegalArgumentException("velocityIterations=" + velocityIterations
                    + " must be >= 1 and positionIterations=" + positionIterations + " >= 0");
        }
    }

    /** The baseline's settings: our masses, skin compensated, 10 velocity and 3 position iterations, no TOI. */
    public static JBox2DOptions defaults() {
        return new JBox2DOptions(MassMode.KINETIX, true, 10, 3, false);
    }

    /** These options with another mass mode. */
    public JBox2DOptions withMassMode(MassMode mode) {
        return new JBox2DOptions(mode, skinCompensation, velocityIterations, positionIterations, continuousPhysics);
    }

    /** These options with skin compensation on or off. */
    public JBox2DOptions withSkinCompensation(boolean on) {
        return new JBox2DOptions(massMode, on, velocityIterations, positionIterations, continuousPhysics);
    }
}
