package org.kinetix4j.env.obs;

import java.util.Objects;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/** Sizes and argument checks shared by the symbolic builders. */
abstract sealed class AbstractSymbolicObservation implements ObservationBuilder
        permits SymbolicFlatObservation, SymbolicFlatPaddedObservation, SymbolicEntityObservation {
    final StaticConfig config;
    final int numMotorBindings;
    final int numThrusterBindings;
    final int numShapeRoles;
    final int envCount;

    AbstractSymbolicObservation(StaticConfig config, int numMotorBindings, int numThrusterBindings,
            int numShapeRoles, int envCount) {
        this.config = Objects.requireNonNull(config, "config");
        if (numMotorBindings < 0 || numThrusterBindings < 0) {
            throw new IllegalArgumentException("numMotorBindings=" + numMotorBindings + " and numThrusterBindings="
                    + numThrusterBindings + " must be >= 0");
        }
        if (numShapeRoles < 0) {
            throw new IllegalArgumentException("numShapeRoles=" + numShapeRoles + " must be >= 0");
        }
        if (envCount < 1) {
            throw new IllegalArgumentException("envCount=" + envCount + " must be >= 1");
        }
        this.numMotorBindings = numMotorBindings;
        this.numThrusterBindings = numThrusterBindings;
        this.numShapeRoles = numShapeRoles;
        this.envCount = envCount;
    }

    @Override
    public final int envCount() {
        return envCount;
    }

    /** The capacities this builder was sized for. */
    public final StaticConfig config() {
        return config;
    }

    /** Motor action channels (joint one-hot width). */
    public final int numMotorBindings() {
        return numMotorBindings;
    }

    /** Thruster action channels (thruster one-hot width). */
    public final int numThrusterBindings() {
        return numThrusterBindings;
    }

    /** Role one-hot width (num_shape_roles, 4). */
    public final int numShapeRoles() {
        return numShapeRoles;
    }

    /** Validates a build call without allocating on the success path. */
    final void checkBuild(BatchState state, EnvTables tables, int env) {
        if (!BatchState.sameCapacities(state.config, config) || !BatchState.sameCapacities(tables.config, config)) {
            throw new IllegalArgumentException("state " + state.config + " / tables " + tables.config
                    + " do not have the builder's capacities " + config);
        }
        state.checkEnv(env);
        if (env >= tables.envCount) {
            throw new IndexOutOfBoundsException("env=" + env + " is outside the tables' 0.." + (tables.envCount - 1));
        }
        checkSlot(env);
    }

    final void checkSlot(int env) {
        if (env < 0 || env >= envCount) {
            throw new IndexOutOfBoundsException("env=" + env + " is outside the builder's 0.." + (envCount - 1));
        }
    }

    /** Checks that {@code target} is a builder of this class with the same sizes; returns it cast. */
    final <T extends AbstractSymbolicObservation> T checkTarget(ObservationBuilder target, Class<T> type,
            int env, int targetEnv) {
        if (!type.isInstance(target)) {
            throw new IllegalArgumentException("cannot copy a " + type() + " observation into "
                    + (target == null ? "null" : target.getClass().getSimpleName()));
        }
        T t = type.cast(target);
        if (!BatchState.sameCapacities(t.config, config) || t.numMotorBindings != numMotorBindings
                || t.numThrusterBindings != numThrusterBindings || t.numShapeRoles != numShapeRoles) {
            throw new IllegalArgumentException("cannot copy between observation sizes " + config + " and "
                    + t.config);
        }
        checkSlot(env);
        t.checkSlot(targetEnv);
        return t;
    }
}
