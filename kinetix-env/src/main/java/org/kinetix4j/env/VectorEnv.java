package org.kinetix4j.env;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.kinetix4j.env.action.ActionMapper;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationBuilder;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.env.obs.Observations;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.Backends;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.HostView;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.Status;

/**
 * B Kinetix environments stepped together (spec kinetix.md §1), Gymnasium-shaped: {@link #reset(long)} and
 * {@link #step} write observations, rewards, {@code terminated}, {@code truncated} and the info into preallocated
 * buffers that a trainer can wrap without copying, and return the same {@link StepResult} every time.
 *
 * <p>One agent step = {@code frameSkip} physics steps with the same action (all of them run even if the first
 * ends the episode, as in Kinetix); reward −1 if green touched red, else +1 if green touched blue, at the first
 * substep that touched, plus the optional dense shaping term. {@code terminated} = goal, red or a non-finite
 * state; {@code truncated} = the episode reached {@code maxTimesteps} agent steps without terminating (Kinetix
 * merges the two into {@code done}).
 *
 * <p>Seeds: {@code reset(seed)} gives environment e its own generator, {@code new SplittableRandom(seed + e)};
 * every later reset of e (automatic or masked) draws from it, so a seed fixes every level choice of a run.
 */
public final class VectorEnv implements AutoCloseable {
    private final StaticConfig config;
    private final KinetixStaticParams staticParams;
    private final EnvParams envParams;
    private final int envCount;
    private final BatchState state;
    private final EnvTables tables;
    private final Backend backend;
    private final boolean ownsBackend;
    private final ActionType actionType;
    private final ActionMapper actionMapper;
    private final float[] engineActions;
    private final ObservationBuilder observations;
    private final AutoresetMode autoresetMode;
    private final ResetSource resetSource;
    private final SplittableRandom[] random;
    private final Map<Level, Level> fitted = new IdentityHashMap<>();

    private final int[] firstDoneReward;
    private final float[] substepDistance;
    private final float[] lastDistance;
    private final float[] runningReturn;
    private final int[] runningLength;
    private final boolean[] pendingReset;
    private final float[] reward;
    private final boolean[] terminated;
    private final boolean[] truncated;
    private final EpisodeInfo info;
    private final StepResult result;
    private boolean wasReset;
    /**
     * The host arrays of {@link #state} were written since the backend last took them (a reset, a level copied
     * into a slot): the next physics step first calls {@link Backend#hostStateChanged}. One flag for the whole
     * batch, so that a step that resets many environments costs one upload on a device backend, and none on
     * the CPU.
     */
    private boolean hostStateDirty = true;
    /**
     * The host arrays of {@link #state} hold every array, not only {@link HostView#ENV_READS}: false after a
     * physics step, which syncs only what the reward and observations read. A reset (which then hands the whole
     * batch back to the backend) and {@link #state()} first complete the host with one full sync.
     */
    private boolean hostStateComplete = true;

    private VectorEnv(Builder b) {
        this.config = b.config;
        this.staticParams = b.staticParams != null ? b.staticParams : KinetixStaticParams.forConfig(config);
        this.envParams = b.envParams;
        this.envCount = b.envCount;
        this.state = new BatchState(config, envCount);
        this.tables = new EnvTables(config, envCount);
        this.ownsBackend = b.backend == null;
        this.backend = b.backend != null ? b.backend
                : b.backendName != null ? Backends.create(b.backendName, Runtime.getRuntime().availableProcessors())
                : new CpuBackend();
        this.actionType = b.actionType;
        this.actionMapper = new ActionMapper(config, staticParams, envCount);
        this.engineActions = new float[envCount * config.actionSize()];
        this.observations = Observations.create(b.observationType, config, staticParams, envParams, envCount);
        this.autoresetMode = b.autoresetMode;
        this.resetSource = b.resetSource;
        this.random = new SplittableRandom[envCount];
        firstDoneReward = new int[envCount];
        substepDistance = new float[envCount];
        lastDistance = new float[envCount];
        runningReturn = new float[envCount];
        runningLength = new int[envCount];
        pendingReset = new boolean[envCount];
        reward = new float[envCount];
        terminated = new boolean[envCount];
        truncated = new boolean[envCount];
        ObservationBuilder finals = autoresetMode == AutoresetMode.SAME_STEP
                ? Observations.create(b.observationType, config, staticParams, envParams, envCount) : null;
        info = new EpisodeInfo(envCount, finals);
        result = new StepResult(observations, reward, terminated, truncated, info);
    }

    /** A builder for environments drawing their levels from {@code resetSource}. */
    public static Builder builder(StaticConfig config, ResetSource resetSource) {
        return new Builder(config, resetSource);
    }

    /**
     * Starts a new episode in every environment; environment e's generator becomes
     * {@code new SplittableRandom(seed + e)}.
     */
    public StepResult reset(long seed) {
        boolean[] all = new boolean[envCount];
        Arrays.fill(all, true);
        return reset(seed, all);
    }

    /**
     * Starts a new episode in the environments with {@code mask[env]} set (for {@link AutoresetMode#DISABLED});
     * the others keep their state. Their reward, flags and info entries are cleared.
     */
    public StepResult reset(long seed, boolean[] mask) {
        if (mask.length != envCount) {
            throw new IllegalArgumentException("mask has " + mask.length + " entries, expected envCount=" + envCount);
        }
        for (int env = 0; env < envCount; env++) {
            if (mask[env]) {
                random[env] = new SplittableRandom(seed + env);
                resetEnv(env);
                clearOutputs(env);
                observations.build(state, tables, env);
            }
        }
        wasReset = true;
        return result;
    }

    /** One agent step with continuous actions, {@code [env][numMotorBindings + numThrusterBindings]}. */
    public StepResult step(float[] actions) {
        requireReset();
        requireType(ActionType.CONTINUOUS);
        actionMapper.mapContinuous(actions, state, tables, engineActions);
        return advance();
    }

    /** One agent step with discrete ({@code [env]}) or multi-discrete ({@code [env][6]}) actions. */
    public StepResult step(int[] actions) {
        requireReset();
        if (actionType == ActionType.DISCRETE) {
            actionMapper.mapDiscrete(actions, state, tables, engineActions);
        } else {
            requireType(ActionType.MULTI_DISCRETE);
            actionMapper.mapMultiDiscrete(actions, state, tables, engineActions);
        }
        return advance();
    }

    private StepResult advance() {
        Arrays.fill(firstDoneReward, 0);
        for (int substep = 0; substep < staticParams.frameSkip(); substep++) {
            physicsStep();
            recordSubstep();
        }
        for (int env = 0; env < envCount; env++) {
            if (pendingReset[env]) {
                pendingReset[env] = false;
                resetEnv(env);
                clearOutputs(env);
            } else {
                finishStep(env);
            }
            observations.build(state, tables, env);
        }
        if (autoresetMode != AutoresetMode.DISABLED) {
            autoreset();
        }
        return result;
    }

    /**
     * One physics step of every environment, with the backend's copy of the state kept in step with the host's:
     * host writes since the last step go to the backend first, and the arrays the reward and observations read
     * come back before they read them; the solver's caches stay on a device until a reset or {@link #state()}
     * needs them. Both calls are no-ops on the CPU backend.
     */
    private void physicsStep() {
        if (hostStateDirty) {
            backend.hostStateChanged(state);
            hostStateDirty = false;
        }
        backend.step(state, engineActions);
        backend.syncToHost(state, HostView.ENV_READS);
        hostStateComplete = false;
    }

    /**
     * Brings every array of the state to the host (once after a physics step). Needed before writing the host
     * state: the backend takes the whole batch back afterwards, so caches left on the device would be replaced
     * by stale host copies in every other environment.
     */
    private void completeHostState() {
        if (!hostStateComplete) {
            backend.syncToHost(state);
            hostStateComplete = true;
        }
    }

    /** Reward of the first substep that touched, and the distance of that substep (else of the last). */
    private void recordSubstep() {
        for (int env = 0; env < envCount; env++) {
            if (firstDoneReward[env] != 0) {
                continue;
            }
            firstDoneReward[env] = ContactReward.sparseReward(state, tables, env);
            substepDistance[env] = GoalDistance.of(state, tables, env);
        }
    }

    private void finishStep(int env) {
        info.timestep[env]++;
        int sparse = firstDoneReward[env];
        boolean nonFinite = Status.has(state.status[env], Status.NON_FINITE);
        terminated[env] = sparse != 0 || nonFinite;
        truncated[env] = !terminated[env] && info.timestep[env] >= envParams.maxTimesteps();
        float value = sparse;
        float distance = substepDistance[env];
        if (lastDistance[env] != -1f && envParams.denseRewardScale() != 0f) {
            float shaping = -(distance - lastDistance[env]) * envParams.denseRewardScale();
            value += Float.isFinite(shaping) ? shaping : 0f;
        }
        boolean done = terminated[env] || truncated[env];
        lastDistance[env] = done ? -1f : distance;
        reward[env] = value;
        info.goalReached[env] = sparse > 0;
        info.distance[env] = distance;
        info.episodeEnded[env] = done;
        info.hasFinalObservation[env] = false;
        runningReturn[env] += value;
        runningLength[env]++;
        if (done) {
            info.episodeReturn[env] = runningReturn[env];
            info.episodeLength[env] = runningLength[env];
            info.episodeSolved[env] = sparse > 0;
            runningReturn[env] = 0f;
            runningLength[env] = 0;
        }
    }

    private void autoreset() {
        for (int env = 0; env < envCount; env++) {
            if (!info.episodeEnded[env]) {
                continue;
            }
            if (autoresetMode == AutoresetMode.SAME_STEP) {
                observations.copyEnv(env, info.finalObservation, env);
                info.hasFinalObservation[env] = true;
                resetEnv(env);
                observations.build(state, tables, env);
            } else {
                pendingReset[env] = true;
            }
        }
    }

    private void resetEnv(int env) {
        completeHostState();
        Level level = fit(resetSource.next(env, random[env]));
        level.copyInto(state, tables, env);
        state.setParams(env, envParams.physics());
        hostStateDirty = true;
        info.timestep[env] = 0;
        lastDistance[env] = -1f;
        runningReturn[env] = 0f;
        runningLength[env] = 0;
        pendingReset[env] = false;
    }

    /** The level padded to this env's capacities (spec §5.4), cached per level instance. */
    private Level fit(Level level) {
        if (BatchState.sameCapacities(level.state().config, config)) {
            return level;
        }
        synchronized (fitted) {
            return fitted.computeIfAbsent(level, l -> l.expandTo(config));
        }
    }

    private void clearOutputs(int env) {
        reward[env] = 0f;
        terminated[env] = false;
        truncated[env] = false;
        info.goalReached[env] = false;
        info.distance[env] = 0f;
        info.episodeEnded[env] = false;
        info.hasFinalObservation[env] = false;
    }

    private void requireReset() {
        if (!wasReset) {
            throw new IllegalStateException("call reset(seed) before step");
        }
    }

    private void requireType(ActionType expected) {
        if (actionType != expected) {
            throw new IllegalArgumentException("this env takes " + actionType + " actions, not " + expected);
        }
    }

    /** Number of environments. */
    public int envCount() {
        return envCount;
    }

    /** The space of one environment's observation. */
    public Space singleObservationSpace() {
        return observations.singleObservationSpace();
    }

    /** The space of one environment's action. */
    public Space singleActionSpace() {
        return actionType.space(staticParams);
    }

    /** The info of the last reset or step (the same object as in every {@link StepResult}). */
    public EpisodeInfo info() {
        return info;
    }

    /** The action type this env takes. */
    public ActionType actionType() {
        return actionType;
    }

    /** The observation buffers (also in every {@link StepResult}). */
    public ObservationBuilder observations() {
        return observations;
    }

    /**
     * The physics state of every environment, as of the last reset or step, complete (on a device backend this
     * call copies back the solver caches that steps leave on the device, so call it again after stepping rather
     * than keeping the arrays from an earlier call). Read it freely; a caller that changes it mid-episode (its
     * business) calls {@link #stateChanged()} afterwards, so that a device backend takes the change.
     */
    public BatchState state() {
        completeHostState();
        return state;
    }

    /**
     * Tells the env that the caller wrote {@link #state()}: the next step hands the host arrays to the backend
     * ({@link Backend#hostStateChanged}) before stepping. Not needed on the CPU backend, harmless there.
     */
    public void stateChanged() {
        hostStateDirty = true;
    }

    /** The backend that steps the physics (its {@link Backend#name()} says which). */
    public Backend backend() {
        return backend;
    }

    /** The Kinetix tables (roles, bindings) of every environment. */
    public EnvTables tables() {
        return tables;
    }

    /** The capacities of every environment. */
    public StaticConfig config() {
        return config;
    }

    /** The static Kinetix parameters (frame skip, bindings). */
    public KinetixStaticParams staticParams() {
        return staticParams;
    }

    /** The episode parameters. */
    public EnvParams envParams() {
        return envParams;
    }

    @Override
    public void close() {
        if (ownsBackend) {
            backend.close();
        }
    }

    /** Options of a {@link VectorEnv}, Kinetix's defaults unless set. */
    public static final class Builder {
        private final StaticConfig config;
        private final ResetSource resetSource;
        private int envCount = 1;
        private ObservationType observationType = ObservationType.SYMBOLIC_ENTITY;
        private ActionType actionType = ActionType.MULTI_DISCRETE;
        private AutoresetMode autoresetMode = AutoresetMode.SAME_STEP;
        private EnvParams envParams = EnvParams.defaults();
        private KinetixStaticParams staticParams;
        private Backend backend;
        private String backendName;

        private Builder(StaticConfig config, ResetSource resetSource) {
            this.config = Objects.requireNonNull(config, "config");
            this.resetSource = Objects.requireNonNull(resetSource, "resetSource");
        }

        /** Number of environments (default 1). */
        public Builder envCount(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("envCount=" + count + " must be >= 1");
            }
            this.envCount = count;
            return this;
        }

        /** Observation type (default symbolic-entity, as Kinetix's training configs). */
        public Builder observationType(ObservationType type) {
            this.observationType = Objects.requireNonNull(type, "observationType");
            return this;
        }

        /** Action type (default multi-discrete). */
        public Builder actionType(ActionType type) {
            this.actionType = Objects.requireNonNull(type, "actionType");
            return this;
        }

        /** Auto-reset mode (default SAME_STEP, as Kinetix). */
        public Builder autoresetMode(AutoresetMode mode) {
            this.autoresetMode = Objects.requireNonNull(mode, "autoresetMode");
            return this;
        }

        /** Physics and episode parameters (default Kinetix's). */
        public Builder envParams(EnvParams params) {
            this.envParams = Objects.requireNonNull(params, "envParams");
            return this;
        }

        /** Frame skip, bindings and screen settings (default {@link KinetixStaticParams#forConfig}). */
        public Builder staticParams(KinetixStaticParams params) {
            if (!BatchState.sameCapacities(params.physics(), config)) {
                throw new IllegalArgumentException("staticParams are for " + params.physics() + ", not " + config);
            }
            this.staticParams = params;
            return this;
        }

        /**
         * The backend to step with, owned by the caller (default a {@link CpuBackend} on every processor, closed
         * with the env). Replaces an earlier {@link #backend(String)}.
         */
        public Builder backend(Backend stepper) {
            this.backend = Objects.requireNonNull(stepper, "backend");
            this.backendName = null;
            return this;
        }

        /**
         * The backend to step with, by name as {@link Backends#create} takes it ({@code cpu}, {@code opencl},
         * {@code cuda}, {@code auto}); the env creates it (CPU threads: every processor) and closes it. The GPU
         * backends come from the {@code kinetix4j-gpu} module when it is on the class path. Checked here:
         *
         * @throws IllegalArgumentException for an unknown name, listing the known ones
         * @throws IllegalStateException    when the backend cannot run on this machine, saying why
         */
        public Builder backend(String name) {
            Backends.check(Objects.requireNonNull(name, "backend"));
            this.backendName = name;
            this.backend = null;
            return this;
        }

        /** Builds the environments; call {@link VectorEnv#reset(long)} before stepping. */
        public VectorEnv build() {
            return new VectorEnv(this);
        }
    }
}
