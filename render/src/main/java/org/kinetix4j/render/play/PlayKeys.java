package org.kinetix4j.render.play;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_EQUAL;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_KP_ADD;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_KP_SUBTRACT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_MINUS;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_N;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_P;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_PERIOD;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_R;

/**
 * The viewer's control keys, shared by {@code ./kinetix play} and the editor's play mode (GLFW key codes):
 * P pause/resume, N or "." one agent step, R reset, + (or =) faster, − slower. The driving keys (arrows, 1–4)
 * go to the {@link KeyboardPolicy}.
 */
public final class PlayKeys {
    /** The keys as shown in help texts, two short lines. */
    public static final String[] HELP = {"arrows, 1-4: drive   P: pause   N: step", "R: reset   +/-: speed"};

    private PlayKeys() {
    }

    /**
     * Applies a key press to {@code session}; every press and release also reaches {@code keyboard}.
     *
     * @return whether the key was a control key
     */
    public static boolean handle(PlaySession session, KeyboardPolicy keyboard, int key, boolean pressed) {
        keyboard.key(key, pressed);
        if (!pressed) {
            return false;
        }
        switch (key) {
            case GLFW_KEY_P -> session.togglePause();
            case GLFW_KEY_N, GLFW_KEY_PERIOD -> session.agentStep();
            case GLFW_KEY_R -> session.reset();
            case GLFW_KEY_EQUAL, GLFW_KEY_KP_ADD -> session.faster();
            case GLFW_KEY_MINUS, GLFW_KEY_KP_SUBTRACT -> session.slower();
            default -> {
                return false;
            }
        }
        return true;
    }
}
