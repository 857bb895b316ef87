package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationBuilder;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Environment conformance (in the spirit of Gymnasium's env checker) and Kinetix's episode semantics: reward,
 * termination vs truncation, auto-reset modes, seeds.
 */
class VectorEnvTest {
    private static final EnvParams SPARSE = new EnvParams(EnvParams.defaults().physics(), 256, 100f, 0f, 4);

    private static VectorEnv env(Level level, AutoresetMode mode, int envs) {
        return VectorEnv.builder(level.state().config, ResetSource.fixed(level)).envCount(envs)
                .observationType(ObservationType.SYMBOLIC_FLAT).autoresetMode(mode).envParams(SPARSE).build();
    }

    private static int[] noOp(VectorEnv env) {
        return (int[]) env.actionType().noOp(env.staticParams(), env.envCount());
    }

    /** Observations compared by value: arrays element-wise, dictionaries entry by entry. */
    static boolean sameObservation(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            return ma.keySet().equals(mb.keySet()) && ma.keySet().stream().allMatch(k -> sameObservation(ma.get(k),
                    mb.get(k)));
        }
        return Objects.deepEquals(a, b);
    }

    @Test
    void shouldRewardGreenLandingOnBlueWithPlusOneAtTheContactStep() {
        try (VectorEnv env = env(TestLevels.dropOntoFloor(Role.BLUE), AutoresetMode.DISABLED, 1)) {
            env.reset(0);
            int contactAgentStep = (TestLevels.DROP_CONTACT_PHYSICS_STEP + 1) / 2;
            for (int k = 1; k < contactAgentStep; k++) {
                StepResult r = env.step(noOp(env));
                assertEquals(0f, r.reward()[0], "step " + k);
                assertFalse(r.terminated()[0], "step " + k);
            }
            StepResult r = env.step(noOp(env));
            assertEquals(1f, r.reward()[0]);
            assertTrue(r.terminated()[0]);
            assertFalse(r.truncated()[0]);
            assertTrue(r.info().goalReached[0]);
            assertEquals(contactAgentStep, r.info().episodeLength[0]);
            assertEquals(1f, r.info().episodeReturn[0]);
            assertTrue(r.info().episodeSolved[0]);
        }
    }

    @Test
    void shouldPunishGreenLandingOnRedWithMinusOne() {
        try (VectorEnv env = env(TestLevels.dropOntoFloor(Role.RED), AutoresetMode.DISABLED, 1)) {
            env.reset(0);
            StepResult r = null;
            int k = 0;
            while (k < 20 && (r == null || !r.terminated()[0])) {
                r = env.step(noOp(env));
                k++;
            }
            assertEquals((TestLevels.DROP_CONTACT_PHYSICS_STEP + 1) / 2, k);
            assertEquals(-1f, r.reward()[0]);
            assertFalse(r.info().goalReached[0]);
        }
    }

    @Test
    void shouldLetRedWinWhenGreenTouchesBlueAndRedTogether() {
        try (VectorEnv env = env(TestLevels.touchingBlueAndRed(), AutoresetMode.DISABLED, 1)) {
            env.reset(0);
            StepResult r = env.step(noOp(env));
            assertEquals(-1f, r.reward()[0]);
            assertTrue(r.terminated()[0]);
        }
    }

    @Test
    void shouldTruncateAtTheTimeLimitWithoutTerminating() {
        try (VectorEnv env = env(TestLevels.idle(), AutoresetMode.SAME_STEP, 1)) {
            env.reset(0);
            for (int k = 1; k <= 256; k++) {
                StepResult r = env.step(noOp(env));
                assertFalse(r.terminated()[0], "step " + k);
                assertEquals(k == 256, r.truncated()[0], "step " + k);
            }
            assertEquals(0, env.step(noOp(env)).info().timestep[0] - 1, "a new episode started");
        }
    }

    @Test
    void shouldResetInsideTheEndingStepAndKeepTheFinalObservationWithSameStep() {
        Level level = TestLevels.dropOntoFloor(Role.BLUE);
        try (VectorEnv env = env(level, AutoresetMode.SAME_STEP, 1)) {
            Object first = env.reset(0).observations().observation(0);
            int end = (TestLevels.DROP_CONTACT_PHYSICS_STEP + 1) / 2;
            StepResult r = null;
            for (int k = 1; k <= end; k++) {
                r = env.step(noOp(env));
            }
            assertTrue(r.terminated()[0]);
            assertTrue(r.info().hasFinalObservation[0]);
            assertTrue(sameObservation(first, r.observations().observation(0)), "returned obs is the reset obs");
            assertFalse(sameObservation(first, r.info().finalObservation.observation(0)),
                    "the final observation is the landed state");
            assertEquals(0, r.info().timestep[0]);
            StepResult next = env.step(noOp(env));
            assertFalse(next.info().hasFinalObservation[0]);
            assertEquals(1, next.info().timestep[0]);
            assertEquals(0f, next.reward()[0]);
        }
    }

    @Test
    void shouldReturnTheTerminalObservationThenResetOnTheNextStepWithNextStep() {
        Level level = TestLevels.dropOntoFloor(Role.BLUE);
        try (VectorEnv env = env(level, AutoresetMode.NEXT_STEP, 1)) {
            Object first = env.reset(0).observations().observation(0);
            int end = (TestLevels.DROP_CONTACT_PHYSICS_STEP + 1) / 2;
            StepResult r = null;
            for (int k = 1; k <= end; k++) {
                r = env.step(noOp(env));
            }
            assertTrue(r.terminated()[0]);
            assertFalse(sameObservation(first, r.observations().observation(0)), "terminal obs returned");
            StepResult reset = env.step(noOp(env));
            assertEquals(0f, reset.reward()[0]);
            assertFalse(reset.terminated()[0] || reset.truncated()[0]);
            assertEquals(0, reset.info().timestep[0]);
            assertTrue(sameObservation(first, reset.observations().observation(0)), "the reset observation");
        }
    }

    @Test
    void shouldResetOnlyMaskedEnvironmentsWhenAutoresetIsDisabled() {
        Level level = TestLevels.dropOntoFloor(Role.BLUE);
        try (VectorEnv env = env(level, AutoresetMode.DISABLED, 2)) {
            Object first = env.reset(0).observations().observation(1);
            for (int k = 0; k < 15; k++) {
                env.step(noOp(env));
            }
            Object before = env.observations().observation(0);
            env.reset(5, new boolean[] {false, true});
            assertTrue(sameObservation(before, env.observations().observation(0)), "env 0 untouched");
            assertTrue(sameObservation(first, env.observations().observation(1)), "env 1 reset");
            assertEquals(0, env.step(noOp(env)).info().timestep[1] - 1);
        }
    }

    @Test
    void shouldResetEachEnvironmentToTheLevelTheCallerChoseForIt() {
        Level blue = TestLevels.dropOntoFloor(Role.BLUE);
        Level red = TestLevels.dropOntoFloor(Role.RED);
        PerEnvironmentLevels curriculum = new PerEnvironmentLevels(2, blue);
        try (VectorEnv env = VectorEnv.builder(blue.state().config, curriculum).envCount(2)
                .observationType(ObservationType.SYMBOLIC_FLAT).autoresetMode(AutoresetMode.SAME_STEP)
                .envParams(SPARSE).build()) {
            env.reset(0);
            curriculum.set(1, red);
            float[] first = new float[2];
            float[] second = new float[2];
            for (int k = 0; k < 24; k++) {
                StepResult r = env.step(noOp(env));
                for (int e = 0; e < 2; e++) {
                    if (r.terminated()[e]) {
                        (first[e] == 0f ? first : second)[e] = r.reward()[e];
                    }
                }
            }
            assertEquals(1f, first[0], "env 0 plays the blue level");
            assertEquals(1f, first[1], "env 1's first episode was already under way on the blue level");
            assertEquals(1f, second[0]);
            assertEquals(-1f, second[1], "after its reset env 1 plays the level set for it");
            assertThrows(IndexOutOfBoundsException.class, () -> curriculum.set(2, red));
        }
    }

    static List<Level> sharedLevels(String size) {
        List<Level> levels = new ArrayList<>();
        for (var file : LevelTestFiles.levels(size)) {
            levels.add(LevelReader.read(file));
        }
        return levels;
    }

    @ParameterizedTest
    @EnumSource(ObservationType.class)
    void shouldPassTheEnvCheckerForEveryObservationAndActionType(ObservationType observationType) {
        List<Level> levels = sharedLevels("m");
        for (ActionType actionType : ActionType.values()) {
            checkEnv(levels, StaticConfig.medium(), observationType, actionType);
        }
    }

    private static VectorEnv checkerEnv(List<Level> levels, StaticConfig config, ObservationType o, ActionType a) {
        return VectorEnv.builder(config, ResetSource.sampled(levels)).envCount(6).observationType(o).actionType(a)
                .build();
    }

    private static void checkEnv(List<Level> levels, StaticConfig config, ObservationType o, ActionType a) {
        String label = o + "/" + a;
        List<Object> runA = rollout(checkerEnv(levels, config, o, a), 7, 40, label);
        List<Object> runB = rollout(checkerEnv(levels, config, o, a), 7, 40, label);
        assertEquals(runA.size(), runB.size());
        for (int i = 0; i < runA.size(); i++) {
            assertTrue(sameObservation(runA.get(i), runB.get(i)), label + ": same seed, same rollout (item " + i + ")");
        }
        List<Object> other = rollout(checkerEnv(levels, config, o, a), 8, 40, label);
        boolean diverged = false;
        for (int i = 0; i < runA.size() && !diverged; i++) {
            diverged = !sameObservation(runA.get(i), other.get(i));
        }
        assertTrue(diverged, label + ": another seed gives another rollout");
    }

    /** Reset + steps with sampled actions; checks spaces and flags on the way; returns obs and rewards seen. */
    private static List<Object> rollout(VectorEnv env, long seed, int steps, String label) {
        List<Object> seen = new ArrayList<>();
        try (env) {
            SplittableRandom random = new SplittableRandom(seed);
            StepResult r = env.reset(seed);
            ObservationBuilder obs = r.observations();
            for (int k = 0; k <= steps; k++) {
                for (int e = 0; e < env.envCount(); e++) {
                    Object o = obs.observation(e);
                    assertTrue(env.singleObservationSpace().contains(o), label + ": obs of env " + e + " in space");
                    assertFalse(r.terminated()[e] && r.truncated()[e], label + ": terminated and truncated");
                    seen.add(o);
                    seen.add(r.reward()[e]);
                }
                Object action = env.actionType().sample(env.staticParams(), random, env.envCount());
                r = action instanceof float[] f ? env.step(f) : env.step((int[]) action);
            }
        }
        return seen;
    }

    @Test
    void shouldRejectBadActionsWithoutChangingAnything() {
        Level level = TestLevels.dropOntoFloor(Role.BLUE);
        try (VectorEnv env = env(level, AutoresetMode.SAME_STEP, 2)) {
            assertThrows(IllegalStateException.class, () -> env.step(noOp(env)), "step before reset");
            env.reset(0);
            float[] before = env.state().shapes.positionY.clone();
            IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                    () -> env.step(new int[5]));
            assertTrue(wrongLength.getMessage().contains("12"), wrongLength.getMessage());
            int[] outOfRange = noOp(env);
            outOfRange[4] = 2;
            IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> env.step(outOfRange));
            assertTrue(range.getMessage().contains("[0][4]") || range.getMessage().contains("0][4"),
                    range.getMessage());
            assertThrows(IllegalArgumentException.class, () -> env.step(new float[12]), "wrong action type");
            assertArrayEquals(before, env.state().shapes.positionY, "no physics step was taken");
        }
    }

    @Test
    void shouldLoadStepAndRoundTripEverySharedLevel() {
        for (String size : List.of("s", "m", "l")) {
            List<Level> levels = sharedLevels(size);
            StaticConfig config = levels.get(0).state().config;
            try (VectorEnv env = VectorEnv.builder(config, ResetSource.roundRobin(levels))
                    .envCount(levels.size()).observationType(ObservationType.SYMBOLIC_FLAT).build()) {
                env.reset(3);
                SplittableRandom random = new SplittableRandom(3);
                for (int k = 0; k < 256; k++) {
                    env.step((int[]) env.actionType().sample(env.staticParams(), random, env.envCount()));
                }
                float[] obs = (float[]) env.observations().observation(0);
                for (int e = 0; e < env.envCount(); e++) {
                    for (float v : (float[]) env.observations().observation(e)) {
                        assertTrue(Float.isFinite(v), size + " env " + e + " observation finite");
                    }
                }
                assertTrue(obs.length > 0);
            }
        }
    }
}
