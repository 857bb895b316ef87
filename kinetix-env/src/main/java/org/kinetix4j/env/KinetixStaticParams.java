package org.kinetix4j.env;

import org.kinetix4j.physics2d.StaticConfig;

/**
 * Kinetix's static parameters (StaticEnvParams, spec kinetix.md §1.9): the engine capacities plus frame skip,
 * action bindings and screen settings.
 *
 * @param physics             the engine capacities and solver settings
 * @param frameSkip           physics steps per agent step (2 in every shipped level)
 * @param numMotorBindings    motor action channels (4)
 * @param numThrusterBindings thruster action channels (2)
 * @param screenWidth         screen width, px (500)
 * @param screenHeight        screen height, px (500)
 * @param downscale           pixel-observation downscale factor (4)
 * @param maxShapeSize        largest shape extent, m (2)
 */
public record KinetixStaticParams(StaticConfig physics, int frameSkip, int numMotorBindings,
        int numThrusterBindings, int screenWidth, int screenHeight, int downscale, float maxShapeSize) {

    /** The settings of Kinetix's env configs for the given capacities: frame skip 2, 4 + 2 bindings, 500 px. */
    public static KinetixStaticParams forConfig(StaticConfig physics) {
        return new KinetixStaticParams(physics, 2, 4, 2, 500, 500, 4, 2f);
    }
}
