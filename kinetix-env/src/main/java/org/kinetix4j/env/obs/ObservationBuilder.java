package org.kinetix4j.env.obs;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.BatchState;

/**
 * Builds one observation type for a batch of environments into buffers it owns, allocated once at construction
 * for a fixed environment count (spec kinetix.md §4).
 *
 * <p>{@link #build} runs every step for every environment, so implementations allocate nothing there and write
 * only environment {@code env}'s slice of their buffers: different environments may be built concurrently from
 * different threads.
 */
public interface ObservationBuilder {

    /** The observation type built. */
    ObservationType type();

    /** Number of environments the buffers hold. */
    int envCount();

    /** The space of one environment's observation; {@link #observation} values are members of it. */
    Space singleObservationSpace();

    /**
     * Writes the observation of environment {@code env} of {@code state} (with its Kinetix tables) into this
     * builder's slot {@code env}. Allocation-free.
     *
     * @throws IllegalArgumentException  if the state or tables do not have this builder's capacities
     * @throws IndexOutOfBoundsException if {@code env} is not a slot of this builder or of the state
     */
    void build(BatchState state, EnvTables tables, int env);

    /** Builds every environment of {@code state}, which must have {@link #envCount()} environments. */
    default void buildAll(BatchState state, EnvTables tables) {
        if (state.envCount != envCount()) {
            throw new IllegalArgumentException("state has " + state.envCount + " environments, builder has "
                    + envCount());
        }
        for (int env = 0; env < envCount(); env++) {
            build(state, tables, env);
        }
    }

    /**
     * Copies slot {@code env} of this builder into slot {@code targetEnv} of {@code target} (e.g. to keep a final
     * observation before an auto-reset overwrites it). Allocation-free.
     *
     * @throws IllegalArgumentException if {@code target} is not a builder of the same type and sizes
     */
    void copyEnv(int env, ObservationBuilder target, int targetEnv);

    /**
     * A fresh copy of slot {@code env} as a value of {@link #singleObservationSpace()}: a primitive array, or a map
     * of them for a dict space. Allocates; meant for tests, debugging and one-off use, not for the step loop.
     */
    Object observation(int env);
}
