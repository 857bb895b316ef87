package org.kinetix4j.render.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_1;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_EQUAL;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_LEFT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_MINUS;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_N;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_P;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_R;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_RIGHT;

import org.junit.jupiter.api.Test;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.env.levels.LevelBuilder;
import org.kinetix4j.env.obs.ObservationType;

/** The viewer's controls and heads-up lines, without a window. */
class PlaySessionTest {
    /** A green ball above a blue floor: solved as soon as it lands. */
    private static Level ballOverGoalFloor() {
        LevelBuilder builder = new LevelBuilder(LevelSize.S).floor(Role.BLUE);
        builder.circle(2.5f, 0.8f, 0.2f, Role.GREEN);
        return builder.build("ball-over-goal");
    }

    @Test
    void shouldShowSolvedWhenTheEpisodeEndsAtTheGoal() {
        try (PlaySession session = new PlaySession(ballOverGoalFloor(), null, (env, action) -> { },
                ObservationType.SYMBOLIC_FLAT)) {
            for (int frame = 0; frame < 120 && session.lastEpisode() == null; frame++) {
                session.frame();
            }
            assertNotNull(session.lastEpisode(), "the ball should reach the blue floor within 2 s");
            assertTrue(session.lastEpisode().solved());
            assertEquals(1f, session.lastEpisode().episodeReturn(), 0.2f);
            assertTrue(session.statusLines()[2].contains("SOLVED"), session.statusLines()[2]);
            assertEquals(0, session.timestep(), "restarted from the level, as Kinetix's editor does");
        }
    }

    @Test
    void shouldPauseStepResetAndChangeSpeedFromTheKeys() {
        KeyboardPolicy keyboard = new KeyboardPolicy();
        try (PlaySession session = new PlaySession(ballOverGoalFloor(), null, keyboard,
                ObservationType.SYMBOLIC_FLAT)) {
            PlayKeys.handle(session, keyboard, GLFW_KEY_P, true);
            session.frame();
            session.frame();
            assertEquals(0, session.timestep(), "paused");
            PlayKeys.handle(session, keyboard, GLFW_KEY_N, true);
            assertEquals(1, session.timestep(), "single step while paused");
            PlayKeys.handle(session, keyboard, GLFW_KEY_P, true);
            PlayKeys.handle(session, keyboard, GLFW_KEY_EQUAL, true);
            PlayKeys.handle(session, keyboard, GLFW_KEY_EQUAL, true);
            session.frame();
            assertEquals(3, session.timestep(), "speed 4: two agent steps (of 2 physics steps) per frame");
            PlayKeys.handle(session, keyboard, GLFW_KEY_MINUS, true);
            assertEquals(2f, session.speed());
            PlayKeys.handle(session, keyboard, GLFW_KEY_R, true);
            assertEquals(0, session.timestep());
            assertNull(session.lastEpisode());
            assertTrue(session.statusLines()[3].contains("x2"), session.statusLines()[3]);
        }
    }

    @Test
    void shouldMapKinetixKeysToActionChannels() {
        KeyboardPolicy keyboard = new KeyboardPolicy();
        try (PlaySession session = new PlaySession(ballOverGoalFloor(), null, keyboard,
                ObservationType.SYMBOLIC_FLAT)) {
            float[] action = new float[6];
            keyboard.key(GLFW_KEY_LEFT, true);
            keyboard.key(GLFW_KEY_1, true);
            keyboard.act(session.env(), action);
            assertEquals(1f, action[0], "Left: motor channel 0 = +1");
            assertEquals(1f, action[4], "1: thruster channel 0");
            keyboard.key(GLFW_KEY_LEFT, false);
            keyboard.key(GLFW_KEY_RIGHT, true);
            java.util.Arrays.fill(action, 0f);
            keyboard.act(session.env(), action);
            assertEquals(-1f, action[0], "Right: motor channel 0 = -1");
        }
    }
}
