package org.kinetix4j.render.play;

import java.util.Arrays;
import java.util.Objects;
import org.kinetix4j.env.AutoresetMode;
import org.kinetix4j.env.EpisodeInfo;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;

/**
 * A level being played, frame by frame, independent of any window: a one-environment {@link VectorEnv} with
 * Kinetix's reward and automatic restart, plus the viewer's controls (pause, single step, reset, speed).
 *
 * <p>Timing: at speed 1 one frame advances one physics step (dt = 1/60 s), so 60 frames per second is real
 * time; an agent step (frame skip, 2 physics steps in Kinetix's levels) is taken every {@code frameSkip} frames.
 * Speeds run from 1/8 to 16 in factors of two.
 */
public final class PlaySession implements AutoCloseable {
    private static final float MIN_SPEED = 0.125f;
    private static final float MAX_SPEED = 16f;

    private final VectorEnv env;
    private final Policy policy;
    private final float[] action;
    private final int frameSkip;
    private final float agentStepSeconds;
    private boolean paused;
    private float speed = 1f;
    private float pendingPhysicsSteps;
    private float episodeReturn;
    private float lastReward;
    private long seed;
    private EpisodeSummary lastEpisode;

    /** What the previous episode ended with. */
    public record EpisodeSummary(boolean solved, float episodeReturn, int length) {
    }

    /**
     * Plays {@code level} on the backend named {@code backend} ({@code cpu}, {@code opencl}, … or null for the
     * default CPU backend), with {@code policy} choosing the actions.
     */
    public PlaySession(Level level, String backend, Policy policy, ObservationType observationType) {
        Objects.requireNonNull(level, "level");
        this.policy = Objects.requireNonNull(policy, "policy");
        VectorEnv.Builder builder = VectorEnv.builder(level.state().config, ResetSource.fixed(level)).envCount(1)
                .observationType(observationType).actionType(ActionType.CONTINUOUS)
                .autoresetMode(AutoresetMode.SAME_STEP).staticParams(level.staticParams())
                .envParams(level.envParams());
        if (backend != null) {
            builder.backend(backend);
        }
        this.env = builder.build();
        this.action = new float[level.staticParams().numMotorBindings() + level.staticParams().numThrusterBindings()];
        this.frameSkip = level.staticParams().frameSkip();
        this.agentStepSeconds = frameSkip * level.envParams().physics().dt();
        reset();
    }

    /** Restarts the episode from the level. */
    public void reset() {
        env.reset(seed++);
        pendingPhysicsSteps = 0f;
        episodeReturn = 0f;
        lastReward = 0f;
        policy.episodeStarted(env);
    }

    /** Advances one display frame: {@code speed} physics steps' worth of agent steps, unless paused. */
    public void frame() {
        if (paused) {
            return;
        }
        pendingPhysicsSteps += speed;
        while (pendingPhysicsSteps >= frameSkip) {
            pendingPhysicsSteps -= frameSkip;
            agentStep();
        }
    }

    /** One agent step now, paused or not (the single-step key). */
    public void agentStep() {
        Arrays.fill(action, 0f);
        policy.act(env, action);
        StepResult result = env.step(action);
        lastReward = result.reward()[0];
        episodeReturn += lastReward;
        EpisodeInfo info = env.info();
        if (info.episodeEnded[0]) {
            lastEpisode = new EpisodeSummary(info.episodeSolved[0], info.episodeReturn[0], info.episodeLength[0]);
            episodeReturn = 0f;
            policy.episodeStarted(env);
        }
    }

    /** Pauses or resumes. */
    public void togglePause() {
        paused = !paused;
    }

    /** Whether the simulation is paused. */
    public boolean paused() {
        return paused;
    }

    /** Doubles the speed (at most 16× real time). */
    public void faster() {
        speed = Math.min(MAX_SPEED, speed * 2f);
    }

    /** Halves the speed (at least 1/8 real time). */
    public void slower() {
        speed = Math.max(MIN_SPEED, speed / 2f);
    }

    /** Speed relative to real time. */
    public float speed() {
        return speed;
    }

    /** Agent steps taken in the current episode. */
    public int timestep() {
        return env.info().timestep[0];
    }

    /** Simulated time of the current episode, seconds. */
    public float episodeSeconds() {
        return timestep() * agentStepSeconds;
    }

    /** Reward of the last agent step. */
    public float lastReward() {
        return lastReward;
    }

    /** Sum of rewards in the current episode. */
    public float episodeReturn() {
        return episodeReturn;
    }

    /** The previous episode's outcome, or null before the first one ends. */
    public EpisodeSummary lastEpisode() {
        return lastEpisode;
    }

    /** The environment (state, tables, observations) to draw or inspect. */
    public VectorEnv env() {
        return env;
    }

    /** The heads-up lines: time, reward, solved, speed, pause. */
    public String[] statusLines() {
        String episode = lastEpisode == null ? "-"
                : (lastEpisode.solved() ? "SOLVED" : "not solved") + String.format(" (return %.2f, %d steps)",
                        lastEpisode.episodeReturn(), lastEpisode.length());
        return new String[] {
            String.format("t = %.2f s  step %d/%d", episodeSeconds(), timestep(), env.envParams().maxTimesteps()),
            String.format("reward %+.3f  return %+.3f", lastReward, episodeReturn),
            "last episode: " + episode,
            String.format("speed x%s%s", speedText(), paused ? "  PAUSED" : ""),
        };
    }

    private String speedText() {
        return speed >= 1f ? String.valueOf((int) speed) : "1/" + (int) (1f / speed);
    }

    @Override
    public void close() {
        env.close();
    }
}
