package org.kinetix4j.env.action;

import java.util.Objects;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * Converts a batch of agent actions of any {@link ActionType} into the engine's raw action array (spec
 * kinetix.md §3).
 *
 * <p>Input layouts, env-major, with B = numMotorBindings + numThrusterBindings channels (motor channels first):
 * continuous {@code float[envCount·B]}, multi-discrete {@code int[envCount·B]}, discrete {@code int[envCount]}.
 * Each is first decoded into the B channel commands; multi-discrete motor 0 → 0, 1 → +1, 2 → −1, thruster
 * 0 → 0, 1 → 1; discrete a &lt; 2·NMB sets motor channel a/2 to −1 (a even) or +1 (a odd), a = 2·NMB is the
 * no-op, a &gt; 2·NMB sets thruster channel a − 2·NMB − 1 to 1; continuous is the identity.
 *
 * <p>Output: {@code float[envCount·(J + T)]}, per environment the J joint motor commands then the T thruster
 * commands, as {@link org.kinetix4j.physics2d.Backend#step} takes it. Per active joint j:
 * m_j = clip(motorChannel[motorBinding[j]], −1, 1), then +1 if motorAuto[j]; per active thruster t:
 * u_t = clip(thrusterChannel[thrusterBinding[t]], 0, 1). Inactive joints and thrusters get 0: the engine ignores
 * them, and their bindings need not be valid channels (two shipped levels keep binding 3 on an inactive thruster
 * with only two thruster channels).
 *
 * <p>Every call validates all of its input before writing anything, so a rejected batch leaves {@code raw}
 * untouched. Mapping allocates nothing and keeps no mutable state: one mapper may serve several threads.
 */
public final class ActionMapper {
    private final KinetixStaticParams params;
    private final int envCount;
    private final int numMotorBindings;
    private final int numThrusterBindings;
    private final int numJoints;
    private final int numThrusters;

    /**
     * A mapper for {@code envCount} environments of capacities {@code config} under the bindings of
     * {@code params}.
     *
     * @throws IllegalArgumentException if {@code config} and {@code params.physics()} differ in capacities, or a
     *                                  count is negative
     */
    public ActionMapper(StaticConfig config, KinetixStaticParams params, int envCount) {
        this.params = Objects.requireNonNull(params, "params");
        Objects.requireNonNull(config, "config");
        if (!BatchState.sameCapacities(config, params.physics())) {
            throw new IllegalArgumentException("config " + config + " does not match the static params' "
                    + params.physics());
        }
        if (params.numMotorBindings() < 0 || params.numThrusterBindings() < 0) {
            throw new IllegalArgumentException("numMotorBindings=" + params.numMotorBindings()
                    + " and numThrusterBindings=" + params.numThrusterBindings() + " must be >= 0");
        }
        if (envCount < 1) {
            throw new IllegalArgumentException("envCount=" + envCount + " must be >= 1");
        }
        this.envCount = envCount;
        this.numMotorBindings = params.numMotorBindings();
        this.numThrusterBindings = params.numThrusterBindings();
        this.numJoints = config.numJoints();
        this.numThrusters = config.numThrusters();
    }

    /** A mapper for {@code envCount} environments of {@code params}. */
    public ActionMapper(KinetixStaticParams params, int envCount) {
        this(params.physics(), params, envCount);
    }

    /** The static parameters this mapper was built for. */
    public KinetixStaticParams params() {
        return params;
    }

    /** Number of environments per batch. */
    public int envCount() {
        return envCount;
    }

    /** Channels B = numMotorBindings + numThrusterBindings. */
    public int channels() {
        return numMotorBindings + numThrusterBindings;
    }

    /** Values per environment in the raw array: J + T. */
    public int rawSizePerEnv() {
        return numJoints + numThrusters;
    }

    /** A zero raw action array for this mapper's batch. */
    public float[] newRawBuffer() {
        return new float[envCount * rawSizePerEnv()];
    }

    /** A batch of no-op actions of {@code type} ({@link ActionType#noOp}). */
    public Object noOp(ActionType type) {
        return type.noOp(params, envCount);
    }

    /**
     * Maps continuous actions ({@code float[envCount·B]}; any non-NaN value, out-of-range ones are clipped as in
     * the reference, ±infinity included).
     *
     * @throws IllegalArgumentException if an array has the wrong length, a value is NaN (the message names env,
     *                                  component and channel), the state and tables do not match this mapper, or
     *                                  an active entity's binding is not a channel; nothing is written then
     */
    public void mapContinuous(float[] actions, BatchState state, EnvTables tables, float[] raw) {
        checkContinuous(actions, tables, raw);
        checkActive(Objects.requireNonNull(state, "state"), tables);
        write(ActionType.CONTINUOUS, actions, null, state, tables, raw);
    }

    /**
     * Maps discrete actions ({@code int[envCount]}, each in 0..2·NMB + NTB).
     *
     * @throws IllegalArgumentException as {@link #mapContinuous}, or if an action is out of range (the message
     *                                  names env and value); nothing is written then
     */
    public void mapDiscrete(int[] actions, BatchState state, EnvTables tables, float[] raw) {
        checkDiscrete(actions, tables, raw);
        checkActive(Objects.requireNonNull(state, "state"), tables);
        write(ActionType.DISCRETE, null, actions, state, tables, raw);
    }

    /**
     * Maps multi-discrete actions ({@code int[envCount·B]}, motor components in 0..2, thruster components 0..1).
     *
     * @throws IllegalArgumentException as {@link #mapContinuous}, or if a component is out of range (the message
     *                                  names env, component, value and channel); nothing is written then
     */
    public void mapMultiDiscrete(int[] actions, BatchState state, EnvTables tables, float[] raw) {
        checkMultiDiscrete(actions, tables, raw);
        checkActive(Objects.requireNonNull(state, "state"), tables);
        write(ActionType.MULTI_DISCRETE, null, actions, state, tables, raw);
    }

    /**
     * {@link #mapContinuous(float[], BatchState, EnvTables, float[])} without the physics state, for callers that
     * only hold the tables: activeness is then unknown, so every joint and thruster whose binding is a valid
     * channel gets its command and one whose binding is out of range gets 0 (in a valid level only inactive
     * entities carry such bindings). The engine ignores commands to inactive entities, so stepping is the same.
     */
    public void mapContinuous(float[] actions, EnvTables tables, float[] raw) {
        checkContinuous(actions, tables, raw);
        write(ActionType.CONTINUOUS, actions, null, null, tables, raw);
    }

    /** {@link #mapDiscrete(int[], BatchState, EnvTables, float[])} without the state; see {@link #mapContinuous(float[], EnvTables, float[])}. */
    public void mapDiscrete(int[] actions, EnvTables tables, float[] raw) {
        checkDiscrete(actions, tables, raw);
        write(ActionType.DISCRETE, null, actions, null, tables, raw);
    }

    /** {@link #mapMultiDiscrete(int[], BatchState, EnvTables, float[])} without the state; see {@link #mapContinuous(float[], EnvTables, float[])}. */
    public void mapMultiDiscrete(int[] actions, EnvTables tables, float[] raw) {
        checkMultiDiscrete(actions, tables, raw);
        write(ActionType.MULTI_DISCRETE, null, actions, null, tables, raw);
    }

    private void checkContinuous(float[] actions, EnvTables tables, float[] raw) {
        checkLengths(ActionType.CONTINUOUS, Objects.requireNonNull(actions, "actions").length, tables, raw);
        int width = channels();
        for (int env = 0; env < envCount; env++) {
            for (int c = 0; c < width; c++) {
                if (Float.isNaN(actions[env * width + c])) {
                    throw new IllegalArgumentException("actions[" + env + "][" + c + "]=NaN is not a number ("
                            + channelName(c) + ")");
                }
            }
        }
    }

    private void checkDiscrete(int[] actions, EnvTables tables, float[] raw) {
        checkLengths(ActionType.DISCRETE, Objects.requireNonNull(actions, "actions").length, tables, raw);
        int max = 2 * numMotorBindings + numThrusterBindings;
        for (int env = 0; env < envCount; env++) {
            if (actions[env] < 0 || actions[env] > max) {
                throw new IllegalArgumentException("actions[" + env + "]=" + actions[env] + " is outside 0.." + max);
            }
        }
    }

    private void checkMultiDiscrete(int[] actions, EnvTables tables, float[] raw) {
        checkLengths(ActionType.MULTI_DISCRETE, Objects.requireNonNull(actions, "actions").length, tables, raw);
        int width = channels();
        for (int env = 0; env < envCount; env++) {
            for (int c = 0; c < width; c++) {
                int v = actions[env * width + c];
                int max = c < numMotorBindings ? 2 : 1;
                if (v < 0 || v > max) {
                    throw new IllegalArgumentException("actions[" + env + "][" + c + "]=" + v + " is outside 0.." + max
                            + " (" + channelName(c) + ")");
                }
            }
        }
    }

    private String channelName(int component) {
        return component < numMotorBindings ? "motor channel " + component
                : "thruster channel " + (component - numMotorBindings);
    }

    private void checkLengths(ActionType type, int actionLength, EnvTables tables, float[] raw) {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(raw, "raw");
        int width = type.componentsPerEnv(params);
        if (actionLength != envCount * width) {
            throw new IllegalArgumentException(type + " actions has " + actionLength + " values, expected envCount="
                    + envCount + " x " + width + " = " + envCount * width);
        }
        if (raw.length != envCount * rawSizePerEnv()) {
            throw new IllegalArgumentException("raw has " + raw.length + " values, expected envCount=" + envCount
                    + " x (numJoints + numThrusters)=" + rawSizePerEnv() + " = " + envCount * rawSizePerEnv());
        }
        if (tables.envCount != envCount || tables.config.numJoints() != numJoints
                || tables.config.numThrusters() != numThrusters) {
            throw new IllegalArgumentException("tables have " + tables.envCount + " envs, " + tables.config.numJoints()
                    + " joints and " + tables.config.numThrusters() + " thrusters, expected " + envCount + ", "
                    + numJoints + " and " + numThrusters);
        }
    }

    /** Checks the state's shape and that every active joint and thruster is bound to a channel. */
    private void checkActive(BatchState state, EnvTables tables) {
        if (state.envCount != envCount || state.config.numJoints() != numJoints
                || state.config.numThrusters() != numThrusters) {
            throw new IllegalArgumentException("state has " + state.envCount + " envs, " + state.config.numJoints()
                    + " joints and " + state.config.numThrusters() + " thrusters, expected " + envCount + ", "
                    + numJoints + " and " + numThrusters);
        }
        JointTable joints = state.joints;
        ThrusterTable thrusters = state.thrusters;
        for (int env = 0; env < envCount; env++) {
            for (int j = 0; j < numJoints; j++) {
                int binding = tables.motorBinding[tables.jointRow(env, j)];
                if (joints.active[joints.row(env, j)] && !validMotor(binding)) {
                    throw new IllegalArgumentException("env " + env + " joint " + j + " is active with motorBinding="
                            + binding + " outside 0.." + (numMotorBindings - 1));
                }
            }
            for (int t = 0; t < numThrusters; t++) {
                int binding = tables.thrusterBinding[tables.thrusterRow(env, t)];
                if (thrusters.active[thrusters.row(env, t)] && !validThruster(binding)) {
                    throw new IllegalArgumentException("env " + env + " thruster " + t
                            + " is active with thrusterBinding=" + binding + " outside 0.." + (numThrusterBindings - 1));
                }
            }
        }
    }

    private boolean validMotor(int binding) {
        return binding >= 0 && binding < numMotorBindings;
    }

    private boolean validThruster(int binding) {
        return binding >= 0 && binding < numThrusterBindings;
    }

    /**
     * The write pass; runs only after every check passed. Exactly one action array is non-null; {@code state} may
     * be null (then an entity counts as active when its binding is valid).
     */
    private void write(ActionType type, float[] continuous, int[] ints, BatchState state, EnvTables tables,
            float[] raw) {
        int rawWidth = rawSizePerEnv();
        for (int env = 0; env < envCount; env++) {
            int out = env * rawWidth;
            for (int j = 0; j < numJoints; j++) {
                int row = tables.jointRow(env, j);
                int binding = tables.motorBinding[row];
                boolean active = state == null ? validMotor(binding) : state.joints.active[state.joints.row(env, j)];
                float m = 0f;
                if (active) {
                    m = Math.clamp(channel(type, continuous, ints, env, binding), -1f, 1f);
                    if (tables.motorAuto[row]) {
                        m = 1f;
                    }
                }
                raw[out + j] = m;
            }
            for (int t = 0; t < numThrusters; t++) {
                int binding = tables.thrusterBinding[tables.thrusterRow(env, t)];
                boolean active = state == null ? validThruster(binding)
                        : state.thrusters.active[state.thrusters.row(env, t)];
                float u = 0f;
                if (active) {
                    u = Math.clamp(channel(type, continuous, ints, env, numMotorBindings + binding), 0f, 1f);
                }
                raw[out + numJoints + t] = u;
            }
        }
    }

    /** The decoded channel command {@code c} (motor channels first) of environment {@code env}. */
    private float channel(ActionType type, float[] continuous, int[] ints, int env, int c) {
        int width = channels();
        return switch (type) {
            case CONTINUOUS -> continuous[env * width + c];
            case MULTI_DISCRETE -> {
                int v = ints[env * width + c];
                if (c >= numMotorBindings) {
                    yield v;
                }
                // Reference order: index 1 is +1 and index 2 is −1 (the docs' "[0, −1, +1]" is wrong).
                yield v == 1 ? 1f : v == 2 ? -1f : 0f;
            }
            case DISCRETE -> {
                int a = ints[env];
                if (c < numMotorBindings) {
                    yield a < 2 * numMotorBindings && a / 2 == c ? (a % 2 == 0 ? -1f : 1f) : 0f;
                }
                yield a == 2 * numMotorBindings + 1 + (c - numMotorBindings) ? 1f : 0f;
            }
        };
    }
}
