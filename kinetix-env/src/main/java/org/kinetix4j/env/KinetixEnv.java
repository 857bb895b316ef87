package org.kinetix4j.env;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.CpuBackend;

/**
 * One Kinetix environment with Gymnasium's familiar single-env shape: {@code reset(seed) → (obs, info)},
 * {@code step(a) → (obs, reward, terminated, truncated, info)}. A thin wrapper over a one-environment
 * {@link VectorEnv} without auto-reset: after an episode ends, call {@link #reset} again.
 *
 * <p>Observations are returned as copies (a {@code float[]} or a map of arrays, as
 * {@link #observationSpace()} describes); for zero-copy batched stepping use {@link VectorEnv}.
 */
public final class KinetixEnv implements AutoCloseable {
    private final VectorEnv env;
    private boolean needsReset = true;

    /** What {@link #reset} returns. */
    public record Reset(Object observation, Map<String, Object> info) {
    }

    /** What {@link #step} returns. */
    public record Step(Object observation, float reward, boolean terminated, boolean truncated,
            Map<String, Object> info) {
    }

    private KinetixEnv(VectorEnv env) {
        this.env = env;
    }

    /** An environment playing {@code level} (padded to its own size) on the calling thread. */
    public static KinetixEnv of(Level level, ObservationType observationType, ActionType actionType) {
        return of(ResetSource.fixed(level), level, observationType, actionType);
    }

    /**
     * An environment whose resets draw levels from {@code source}; {@code sizeOf} fixes the capacities and static
     * parameters. Steps run on the calling thread (a one-thread CPU backend has no pool to close).
     */
    public static KinetixEnv of(ResetSource source, Level sizeOf, ObservationType observationType,
            ActionType actionType) {
        VectorEnv env = VectorEnv.builder(sizeOf.state().config, source).envCount(1)
                .observationType(observationType).actionType(actionType).autoresetMode(AutoresetMode.DISABLED)
                .staticParams(sizeOf.staticParams()).backend(new CpuBackend(1)).build();
        return new KinetixEnv(env);
    }

    /** Starts an episode; the same seed gives the same episode. */
    public Reset reset(long seed) {
        env.reset(seed);
        needsReset = false;
        return new Reset(env.observations().observation(0), info());
    }

    /** One agent step with a continuous action (6 values). */
    public Step step(float[] action) {
        requireEpisode();
        return toStep(env.step(action));
    }

    /** One agent step with a multi-discrete action (6 values). */
    public Step step(int[] action) {
        requireEpisode();
        return toStep(env.step(action));
    }

    /** One agent step with a discrete action (0..10). */
    public Step step(int action) {
        requireEpisode();
        return toStep(env.step(new int[] {action}));
    }

    private Step toStep(StepResult result) {
        boolean terminated = result.terminated()[0];
        boolean truncated = result.truncated()[0];
        needsReset = terminated || truncated;
        return new Step(result.observations().observation(0), result.reward()[0], terminated, truncated, info());
    }

    private Map<String, Object> info() {
        Map<String, Object> map = new LinkedHashMap<>();
        EpisodeInfo i = env.info();
        map.put("goal_reached", i.goalReached[0]);
        map.put("distance", i.distance[0]);
        map.put("timestep", i.timestep[0]);
        if (i.episodeEnded[0]) {
            map.put("episode_return", i.episodeReturn[0]);
            map.put("episode_length", i.episodeLength[0]);
            map.put("episode_solved", i.episodeSolved[0]);
        }
        return map;
    }

    private void requireEpisode() {
        if (needsReset) {
            throw new IllegalStateException("the episode has ended (or never started): call reset(seed) first");
        }
    }

    /** The observation space. */
    public Space observationSpace() {
        return env.singleObservationSpace();
    }

    /** The action space. */
    public Space actionSpace() {
        return env.singleActionSpace();
    }

    /** The underlying one-environment vector env (its state, tables and buffers). */
    public VectorEnv vectorEnv() {
        return env;
    }

    @Override
    public void close() {
        env.close();
    }
}
