package org.kinetix4j.env.obs;

import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/** Factory for the observation builders of every {@link ObservationType}. */
public final class Observations {
    private Observations() {
    }

    /**
     * A builder of {@code type} for {@code envCount} environments of capacities {@code config}, with the binding
     * counts of {@code staticParams} and the role count of {@code envParams}.
     *
     * @throws IllegalArgumentException      if {@code config} and {@code staticParams.physics()} differ in capacities
     */
    public static ObservationBuilder create(ObservationType type, StaticConfig config,
            KinetixStaticParams staticParams, EnvParams envParams, int envCount) {
        if (!BatchState.sameCapacities(config, staticParams.physics())) {
            throw new IllegalArgumentException("config " + config + " does not match the static params' "
                    + staticParams.physics());
        }
        int nmb = staticParams.numMotorBindings();
        int ntb = staticParams.numThrusterBindings();
        int roles = envParams.numShapeRoles();
        return switch (type) {
            case SYMBOLIC_FLAT -> new SymbolicFlatObservation(config, nmb, ntb, roles, envCount);
            case SYMBOLIC_FLAT_PADDED -> new SymbolicFlatPaddedObservation(config, nmb, ntb, roles, envCount);
            case SYMBOLIC_ENTITY -> new SymbolicEntityObservation(config, nmb, ntb, roles, envCount);
            case PIXELS -> new PixelObservation(staticParams, envParams, envCount);
        };
    }
}
