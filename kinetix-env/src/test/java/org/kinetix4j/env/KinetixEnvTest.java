package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;

class KinetixEnvTest {
    @Test
    void shouldPlayAnEpisodeWithTheSingleEnvShape() {
        try (KinetixEnv env = KinetixEnv.of(TestLevels.dropOntoFloor(Role.BLUE), ObservationType.SYMBOLIC_FLAT,
                ActionType.DISCRETE)) {
            KinetixEnv.Reset reset = env.reset(0);
            assertTrue(env.observationSpace().contains(reset.observation()));
            assertEquals(0, reset.info().get("timestep"));
            int noOp = ActionType.discreteNoOp(env.vectorEnv().staticParams());
            KinetixEnv.Step step;
            int k = 0;
            do {
                step = env.step(noOp);
                k++;
                assertTrue(env.observationSpace().contains(step.observation()));
            } while (!step.terminated() && !step.truncated() && k < 50);
            assertEquals((TestLevels.DROP_CONTACT_PHYSICS_STEP + 1) / 2, k);
            assertTrue(step.terminated());
            assertFalse(step.truncated());
            assertEquals(true, step.info().get("goal_reached"));
            assertEquals(k, step.info().get("episode_length"));
            assertThrows(IllegalStateException.class, () -> env.step(noOp), "stepping a finished episode");
            env.reset(1);
            assertFalse(env.step(noOp).terminated());
        }
    }

    @Test
    void shouldTakeEachActionTypeItsOwnWay() {
        Level level = TestLevels.idle();
        try (KinetixEnv continuous = KinetixEnv.of(level, ObservationType.SYMBOLIC_ENTITY, ActionType.CONTINUOUS);
                KinetixEnv multi = KinetixEnv.of(level, ObservationType.PIXELS, ActionType.MULTI_DISCRETE)) {
            continuous.reset(0);
            multi.reset(0);
            assertEquals(0f, continuous.step(new float[6]).reward());
            assertTrue(multi.observationSpace().contains(multi.step(new int[6]).observation()));
            assertThrows(IllegalArgumentException.class, () -> multi.step(new float[6]));
        }
    }
}
