package org.kinetix4j.env.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelTestFiles;
import org.kinetix4j.env.spaces.BoxSpace;
import org.kinetix4j.env.spaces.DiscreteSpace;
import org.kinetix4j.env.spaces.MultiDiscreteSpace;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

class ActionMapperTest {
    /** 4 joints bound to motor channels 0..3 and 2 thrusters bound to thruster channels 0..1. */
    private static final StaticConfig CONFIG = StaticConfig.of(5, 2, 4, 2);
    private static final KinetixStaticParams PARAMS = KinetixStaticParams.forConfig(CONFIG);
    private static final float SENTINEL = 42f;

    private final BatchState state;
    private final EnvTables tables;
    private final ActionMapper mapper;

    ActionMapperTest() {
        int envCount = 3;
        state = new BatchState(CONFIG, envCount);
        tables = new EnvTables(CONFIG, envCount);
        for (int env = 0; env < envCount; env++) {
            for (int j = 0; j < 4; j++) {
                state.joints.active[state.joints.row(env, j)] = true;
                tables.motorBinding[tables.jointRow(env, j)] = j;
            }
            for (int t = 0; t < 2; t++) {
                state.thrusters.active[state.thrusters.row(env, t)] = true;
                tables.thrusterBinding[tables.thrusterRow(env, t)] = t;
            }
        }
        mapper = new ActionMapper(CONFIG, PARAMS, envCount);
    }

    private static Level level(String sizeSlashName) {
        return LevelReader.read(LevelTestFiles.sharedDir().resolve("kinetix-levels").resolve(sizeSlashName + ".json"));
    }

    private float[] sentinelRaw() {
        float[] raw = mapper.newRawBuffer();
        Arrays.fill(raw, SENTINEL);
        return raw;
    }

    /** Env {@code env}'s 6 raw commands (4 joints, 2 thrusters). */
    private static float[] envRaw(float[] raw, int env) {
        return Arrays.copyOfRange(raw, env * 6, env * 6 + 6);
    }

    @Test
    void shouldDeclareTheSpecSpacesForEveryActionType() {
        assertEquals(BoxSpace.of(-1, 1, 6), ActionType.CONTINUOUS.space(PARAMS));
        assertEquals(new DiscreteSpace(11), ActionType.DISCRETE.space(PARAMS));
        assertEquals(new MultiDiscreteSpace(3, 3, 3, 3, 2, 2), ActionType.MULTI_DISCRETE.space(PARAMS));
        for (StaticConfig c : new StaticConfig[] {StaticConfig.small(), StaticConfig.medium(), StaticConfig.large()}) {
            assertEquals(6, ActionType.CONTINUOUS.space(KinetixStaticParams.forConfig(c)).size());
        }
        assertEquals(1, ActionType.DISCRETE.componentsPerEnv(PARAMS));
        assertEquals(6, ActionType.MULTI_DISCRETE.componentsPerEnv(PARAMS));
        assertEquals(ActionType.MULTI_DISCRETE, ActionType.parse("multi_discrete"));
        assertEquals("multi_discrete", ActionType.MULTI_DISCRETE.configName());
    }

    @Test
    void shouldMapEveryDiscreteActionToItsChannel() {
        float[][] expected = {
            {-1, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0},
            {0, -1, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0},
            {0, 0, -1, 0, 0, 0}, {0, 0, 1, 0, 0, 0},
            {0, 0, 0, -1, 0, 0}, {0, 0, 0, 1, 0, 0},
            {0, 0, 0, 0, 0, 0},
            {0, 0, 0, 0, 1, 0}, {0, 0, 0, 0, 0, 1},
        };
        float[] raw = mapper.newRawBuffer();
        for (int a = 0; a <= 10; a++) {
            mapper.mapDiscrete(new int[] {a, a, a}, state, tables, raw);
            for (int env = 0; env < 3; env++) {
                assertArrayEquals(expected[a], envRaw(raw, env), "action " + a);
            }
        }
        assertEquals(8, ActionType.discreteNoOp(PARAMS));
    }

    @Test
    void shouldMapMultiDiscreteOneToPlusOneAndTwoToMinusOne() {
        float[] raw = mapper.newRawBuffer();
        mapper.mapMultiDiscrete(new int[] {
            0, 1, 2, 1, 1, 0,
            2, 2, 0, 0, 0, 1,
            1, 0, 0, 2, 1, 1}, state, tables, raw);
        assertArrayEquals(new float[] {0, 1, -1, 1, 1, 0}, envRaw(raw, 0));
        assertArrayEquals(new float[] {-1, -1, 0, 0, 0, 1}, envRaw(raw, 1));
        assertArrayEquals(new float[] {1, 0, 0, -1, 1, 1}, envRaw(raw, 2));
    }

    @Test
    void shouldPassContinuousThroughAndClipMotorsToPlusMinusOneAndThrustersToZeroOne() {
        float[] raw = mapper.newRawBuffer();
        float inf = Float.POSITIVE_INFINITY;
        mapper.mapContinuous(new float[] {
            0.25f, -0.5f, 1.5f, -3f, 0.75f, -0.25f,
            -inf, inf, 1f, -1f, 2f, inf,
            0f, 0f, 0f, 0f, -inf, 0.5f}, state, tables, raw);
        assertArrayEquals(new float[] {0.25f, -0.5f, 1f, -1f, 0.75f, 0f}, envRaw(raw, 0));
        assertArrayEquals(new float[] {-1f, 1f, 1f, -1f, 1f, 1f}, envRaw(raw, 1));
        assertArrayEquals(new float[] {0f, 0f, 0f, 0f, 0f, 0.5f}, envRaw(raw, 2));
    }

    @Test
    void shouldRouteEachChannelToEveryJointAndThrusterBoundToIt() {
        for (int env = 0; env < 3; env++) {
            tables.motorBinding[tables.jointRow(env, 0)] = 2;
            tables.motorBinding[tables.jointRow(env, 1)] = 2;
            tables.motorBinding[tables.jointRow(env, 3)] = 0;
            tables.thrusterBinding[tables.thrusterRow(env, 0)] = 1;
        }
        float[] raw = mapper.newRawBuffer();
        float[] actions = new float[18];
        for (int env = 0; env < 3; env++) {
            System.arraycopy(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f}, 0, actions, env * 6, 6);
        }
        mapper.mapContinuous(actions, state, tables, raw);
        for (int env = 0; env < 3; env++) {
            assertArrayEquals(new float[] {0.3f, 0.3f, 0.3f, 0.1f, 0.6f, 0.6f}, envRaw(raw, env));
        }
    }

    @Test
    void shouldForceMotorAutoJointsToPlusOneWhateverTheAgentDoes() {
        tables.motorAuto[tables.jointRow(1, 2)] = true;
        float[] raw = mapper.newRawBuffer();
        mapper.mapMultiDiscrete(new int[18], state, tables, raw);
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 0}, envRaw(raw, 1));
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0}, envRaw(raw, 0));
        mapper.mapDiscrete(new int[] {4, 4, 4}, state, tables, raw);
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 0}, envRaw(raw, 1), "auto overrides the agent's −1");
        assertArrayEquals(new float[] {0, 0, -1, 0, 0, 0}, envRaw(raw, 0));
        mapper.mapContinuous(new float[18], state, tables, raw);
        assertEquals(1f, raw[6 + 2]);
    }

    @Test
    void shouldEmitZeroForInactiveEntitiesEvenWithBindingsOutsideTheChannels() {
        state.joints.active[state.joints.row(0, 1)] = false;
        tables.motorBinding[tables.jointRow(0, 1)] = 9;
        tables.motorAuto[tables.jointRow(0, 1)] = true;
        state.thrusters.active[state.thrusters.row(0, 1)] = false;
        tables.thrusterBinding[tables.thrusterRow(0, 1)] = 3;
        float[] raw = mapper.newRawBuffer();
        float[] actions = new float[18];
        Arrays.fill(actions, 1f);
        mapper.mapContinuous(actions, state, tables, raw);
        assertArrayEquals(new float[] {1, 0, 1, 1, 1, 0}, envRaw(raw, 0));
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1}, envRaw(raw, 1));
    }

    @Test
    void shouldMapShippedLevelsWithAnInactiveThrusterBoundToChannelThree() {
        for (String name : new String[] {"s/h8_unicycle_balance", "m/h0_unicycle"}) {
            Level level = level(name);
            KinetixStaticParams params = level.staticParams();
            int t = params.physics().numThrusters();
            int j = params.physics().numJoints();
            boolean found = false;
            for (int i = 0; i < t; i++) {
                found |= level.tables().thrusterBinding[i] == 3 && !level.state().thrusters.active[i];
            }
            assertTrue(found, name + " keeps binding 3 on an inactive thruster");
            ActionMapper m = new ActionMapper(params, 1);
            float[] raw = m.newRawBuffer();
            m.mapMultiDiscrete(new int[] {1, 1, 1, 1, 1, 1}, level.state(), level.tables(), raw);
            for (int i = 0; i < j; i++) {
                assertEquals(level.state().joints.active[i] ? 1f : 0f, raw[i], name + " joint " + i);
            }
            for (int i = 0; i < t; i++) {
                assertEquals(level.state().thrusters.active[i] ? 1f : 0f, raw[j + i], name + " thruster " + i);
            }
            float[] stateless = m.newRawBuffer();
            m.mapMultiDiscrete(new int[] {1, 1, 1, 1, 1, 1}, level.tables(), stateless);
            for (int i = 0; i < t; i++) {
                if (level.tables().thrusterBinding[i] == 3) {
                    assertEquals(0f, stateless[j + i], "the stateless variant zeroes an out-of-range binding");
                }
            }
        }
    }

    @Test
    void shouldMapTheStatelessVariantLikeTheStatefulOneOnValidBindings() {
        SplittableRandom rng = new SplittableRandom(11);
        for (ActionType type : ActionType.values()) {
            for (int i = 0; i < 20; i++) {
                Object actions = type.sample(PARAMS, rng, 3);
                float[] a = mapper.newRawBuffer();
                float[] b = mapper.newRawBuffer();
                switch (type) {
                    case CONTINUOUS -> {
                        mapper.mapContinuous((float[]) actions, state, tables, a);
                        mapper.mapContinuous((float[]) actions, tables, b);
                    }
                    case DISCRETE -> {
                        mapper.mapDiscrete((int[]) actions, state, tables, a);
                        mapper.mapDiscrete((int[]) actions, tables, b);
                    }
                    case MULTI_DISCRETE -> {
                        mapper.mapMultiDiscrete((int[]) actions, state, tables, a);
                        mapper.mapMultiDiscrete((int[]) actions, tables, b);
                    }
                }
                assertArrayEquals(a, b);
            }
        }
    }

    @Test
    void shouldRejectOutOfRangeMultiDiscreteNamingEnvComponentValueAndChannel() {
        int[] actions = new int[18];
        actions[2 * 6 + 4] = 2;
        float[] raw = sentinelRaw();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mapper.mapMultiDiscrete(actions, state, tables, raw));
        assertEquals("actions[2][4]=2 is outside 0..1 (thruster channel 0)", e.getMessage());
        actions[2 * 6 + 4] = 0;
        actions[6 + 1] = 3;
        e = assertThrows(IllegalArgumentException.class, () -> mapper.mapMultiDiscrete(actions, state, tables, raw));
        assertEquals("actions[1][1]=3 is outside 0..2 (motor channel 1)", e.getMessage());
        actions[6 + 1] = -1;
        e = assertThrows(IllegalArgumentException.class, () -> mapper.mapMultiDiscrete(actions, tables, raw));
        assertEquals("actions[1][1]=-1 is outside 0..2 (motor channel 1)", e.getMessage());
        assertArrayEquals(sentinelRaw(), raw, "nothing written");
    }

    @Test
    void shouldRejectOutOfRangeDiscreteAndNanContinuousActions() {
        float[] raw = sentinelRaw();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mapper.mapDiscrete(new int[] {0, 11, 3}, state, tables, raw));
        assertEquals("actions[1]=11 is outside 0..10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> mapper.mapDiscrete(new int[] {0, 1, -1}, state, tables, raw));
        assertEquals("actions[2]=-1 is outside 0..10", e.getMessage());
        float[] continuous = new float[18];
        continuous[2 * 6 + 5] = Float.NaN;
        e = assertThrows(IllegalArgumentException.class,
                () -> mapper.mapContinuous(continuous, state, tables, raw));
        assertEquals("actions[2][5]=NaN is not a number (thruster channel 1)", e.getMessage());
        assertArrayEquals(sentinelRaw(), raw, "nothing written");
    }

    @Test
    void shouldRejectWrongLengthsNamingExpectedAndActual() {
        float[] raw = sentinelRaw();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mapper.mapMultiDiscrete(new int[17], state, tables, raw));
        assertEquals("MULTI_DISCRETE actions has 17 values, expected envCount=3 x 6 = 18", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> mapper.mapDiscrete(new int[18], state, tables, raw));
        assertEquals("DISCRETE actions has 18 values, expected envCount=3 x 1 = 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> mapper.mapContinuous(new float[18], state, tables, new float[17]));
        assertEquals("raw has 17 values, expected envCount=3 x (numJoints + numThrusters)=6 = 18", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> mapper.mapContinuous(new float[6], new BatchState(CONFIG, 1), new EnvTables(CONFIG, 1),
                        new float[6]));
        assertArrayEquals(sentinelRaw(), raw, "nothing written");
    }

    @Test
    void shouldRejectAnActiveEntityBoundOutsideTheChannelsWithoutWriting() {
        tables.thrusterBinding[tables.thrusterRow(2, 1)] = 2;
        float[] raw = sentinelRaw();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mapper.mapMultiDiscrete(new int[18], state, tables, raw));
        assertEquals("env 2 thruster 1 is active with thrusterBinding=2 outside 0..1", e.getMessage());
        tables.thrusterBinding[tables.thrusterRow(2, 1)] = 1;
        tables.motorBinding[tables.jointRow(1, 3)] = 4;
        e = assertThrows(IllegalArgumentException.class, () -> mapper.mapDiscrete(new int[3], state, tables, raw));
        assertEquals("env 1 joint 3 is active with motorBinding=4 outside 0..3", e.getMessage());
        assertArrayEquals(sentinelRaw(), raw, "nothing written, not even for the valid environment 0");
    }

    @Test
    void shouldMapNoOpsToZeroCommands() {
        float[] raw = sentinelRaw();
        mapper.mapContinuous((float[]) mapper.noOp(ActionType.CONTINUOUS), state, tables, raw);
        assertArrayEquals(new float[18], raw);
        Arrays.fill(raw, SENTINEL);
        int[] discrete = (int[]) mapper.noOp(ActionType.DISCRETE);
        assertArrayEquals(new int[] {8, 8, 8}, discrete);
        mapper.mapDiscrete(discrete, state, tables, raw);
        assertArrayEquals(new float[18], raw);
        Arrays.fill(raw, SENTINEL);
        mapper.mapMultiDiscrete((int[]) mapper.noOp(ActionType.MULTI_DISCRETE), state, tables, raw);
        assertArrayEquals(new float[18], raw);
    }

    @Test
    void shouldSampleActionsInsideTheirSpacesWithNonNegativeContinuousThrusters() {
        SplittableRandom rng = new SplittableRandom(12);
        for (ActionType type : ActionType.values()) {
            int width = type.componentsPerEnv(PARAMS);
            for (int i = 0; i < 200; i++) {
                Object batch = type.sample(PARAMS, rng, 2);
                for (int env = 0; env < 2; env++) {
                    Object one = batch instanceof float[] f ? Arrays.copyOfRange(f, env * width, env * width + width)
                            : Arrays.copyOfRange((int[]) batch, env * width, env * width + width);
                    assertTrue(type.space(PARAMS).contains(one), type + " " + one);
                    if (one instanceof float[] f) {
                        assertTrue(f[4] >= 0 && f[5] >= 0);
                    }
                }
            }
        }
    }

    @Test
    void shouldDriveTheShippedLevelsJointAndThrusterFromChannelZero() {
        Level level = level("s/h3_point_the_thruster");
        ActionMapper m = new ActionMapper(level.staticParams(), 1);
        float[] raw = m.newRawBuffer();
        m.mapContinuous(new float[] {-0.5f, 0.9f, 0.9f, 0.9f, 0.3f, 0.9f}, level.state(), level.tables(), raw);
        assertArrayEquals(new float[] {-0.5f, 0.3f}, raw);
    }

    @Test
    void shouldAllocateNothingWhileMapping() {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        int[] actions = new int[18];
        float[] raw = mapper.newRawBuffer();
        long id = Thread.currentThread().threadId();
        for (int i = 0; i < 20_000; i++) {
            actions[i % 18] = i % 2;
            mapper.mapMultiDiscrete(actions, state, tables, raw);
        }
        bean.getThreadAllocatedBytes(id);
        long before = bean.getThreadAllocatedBytes(id);
        for (int i = 0; i < 1000; i++) {
            actions[i % 18] = i % 2;
            mapper.mapMultiDiscrete(actions, state, tables, raw);
        }
        long after = bean.getThreadAllocatedBytes(id);
        assertEquals(0, after - before, "bytes allocated by 1000 mappings");
    }
}
