package org.kinetix4j.render.play;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_1;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_2;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_3;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_4;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_DOWN;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_LEFT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_RIGHT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_UP;

import java.util.BitSet;
import org.kinetix4j.env.VectorEnv;

/**
 * Kinetix's play-mode keys (spec kinetix.md §7.2): Left → motor channel 0 = +1, Right → channel 0 = −1, Up →
 * channel 1 = +1, Down → channel 1 = −1; keys 1 and 2 fire thruster channels 0 and 1. Beyond Kinetix, keys 3
 * and 4 drive motor channels 2 and 3 forwards (the reference gives them to thruster channels that do not exist).
 *
 * <p>Keys are GLFW key codes (plain {@code int} constants, so this class needs no window and no native code).
 */
public final class KeyboardPolicy implements Policy {
    private final BitSet held = new BitSet();

    /** Records that {@code key} went down ({@code true}) or up. */
    public void key(int key, boolean down) {
        if (key >= 0) {
            held.set(key, down);
        }
    }

    /** Releases every key (e.g. when the window loses focus). */
    public void releaseAll() {
        held.clear();
    }

    @Override
    public void act(VectorEnv env, float[] action) {
        int motors = env.staticParams().numMotorBindings();
        action[0] = axis(GLFW_KEY_LEFT, GLFW_KEY_RIGHT);
        if (motors > 1) {
            action[1] = axis(GLFW_KEY_UP, GLFW_KEY_DOWN);
        }
        if (motors > 3) {
            action[2] = held.get(GLFW_KEY_3) ? 1f : 0f;
            action[3] = held.get(GLFW_KEY_4) ? 1f : 0f;
        }
        int thrusters = env.staticParams().numThrusterBindings();
        if (thrusters > 0) {
            action[motors] = held.get(GLFW_KEY_1) ? 1f : 0f;
        }
        if (thrusters > 1) {
            action[motors + 1] = held.get(GLFW_KEY_2) ? 1f : 0f;
        }
    }

    private float axis(int plus, int minus) {
        return (held.get(plus) ? 1f : 0f) - (held.get(minus) ? 1f : 0f);
    }
}
