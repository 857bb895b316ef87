package org.kinetix4j.env;

import org.kinetix4j.env.obs.ObservationBuilder;

/**
 * What {@link VectorEnv#step} and {@link VectorEnv#reset} return: views of the env's preallocated buffers,
 * indexed by environment. The same object is returned every time; its contents change with each call.
 *
 * @param observations the observation buffers
 * @param reward       reward of the step per environment
 * @param terminated   the episode ended by goal, red contact or a non-finite state
 * @param truncated    the episode reached its time limit without terminating
 * @param info         episode statistics and final observations
 */
public record StepResult(ObservationBuilder observations, float[] reward, boolean[] terminated, boolean[] truncated,
        EpisodeInfo info) {
}
