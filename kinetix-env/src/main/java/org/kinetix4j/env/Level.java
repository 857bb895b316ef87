package org.kinetix4j.env;

import java.util.Objects;
import org.kinetix4j.physics2d.BatchState;

/**
 * One Kinetix level as a plain value: its parameters and a one-environment physics state with its Kinetix
 * tables. Loading it into a batch slot is a copy ({@link #copyInto}).
 *
 * @param name         where it came from (file name), for messages
 * @param staticParams capacities and Kinetix static settings
 * @param envParams    physics and episode parameters
 * @param state        the level's physics state, one environment (env 0)
 * @param tables       the level's roles, densities and bindings, one environment (env 0)
 */
public record Level(String name, KinetixStaticParams staticParams, EnvParams envParams, BatchState state,
        EnvTables tables) {

    /** Checks that the parts agree on one environment of the same capacities. */
    public Level {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(staticParams, "staticParams");
        Objects.requireNonNull(envParams, "envParams");
        if (state.envCount != 1 || tables.envCount != 1) {
            throw new IllegalArgumentException("a Level holds exactly one environment");
        }
        if (!state.config.equals(staticParams.physics()) || !tables.config.equals(state.config)) {
            throw new IllegalArgumentException("level " + name + ": state, tables and static params disagree");
        }
    }

    /** The Kinetix size this level's capacities match (or CUSTOM). */
    public LevelSize size() {
        return LevelSize.of(state.config);
    }

    /**
     * Copies the level into environment {@code env} of a batch with the same capacities, parameters included.
     *
     * @throws IllegalArgumentException naming both sizes if the batch was built for other capacities
     */
    public void copyInto(BatchState batch, EnvTables batchTables, int env) {
        if (!BatchState.sameCapacities(batch.config, state.config)) {
            throw new IllegalArgumentException("level " + name + " has size " + describe(state) + " but the batch has "
                    + describe(batch));
        }
        state.copyEnv(0, batch, env);
        tables.copyEnv(0, batchTables, env);
    }

    private static String describe(BatchState s) {
        return LevelSize.of(s.config) + " (polygons=" + s.config.numPolygons() + ", circles=" + s.config.numCircles()
                + ", joints=" + s.config.numJoints() + ", thrusters=" + s.config.numThrusters() + ")";
    }
}
