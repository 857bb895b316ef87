package org.kinetix4j.env;

import org.kinetix4j.physics2d.SimParams;

/**
 * Kinetix's dynamic parameters (EnvParams, spec kinetix.md §1.9): the physics parameters plus the episode and
 * rendering ones.
 *
 * @param physics          the Jax2D parameters
 * @param maxTimesteps     episode length in agent steps (256)
 * @param pixelsPerUnit    rendering scale (100)
 * @param denseRewardScale λ of the dense shaping term (0.1 in the code and the level files)
 * @param numShapeRoles    role one-hot width (4)
 */
public record EnvParams(SimParams physics, int maxTimesteps, float pixelsPerUnit, float denseRewardScale,
        int numShapeRoles) {

    /** Kinetix's defaults. */
    public static EnvParams defaults() {
        return new EnvParams(SimParams.defaults(), 256, 100f, 0.1f, 4);
    }
}
