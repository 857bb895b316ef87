package org.kinetix4j.render.play;

import org.kinetix4j.env.VectorEnv;

/**
 * Chooses the actions in {@code ./kinetix play} and in the editor's play mode: the keyboard, a scripted
 * controller or a trained agent. The CLI's {@code --policy CLASS} instantiates an implementation through its public
 * no-argument constructor.
 *
 * <p>The action is Kinetix's continuous one ({@code numMotorBindings + numThrusterBindings} = 6 values): motor
 * channels in [−1, 1], then thruster channels in [0, 1]. A multi-discrete agent maps its choices onto it exactly
 * (motor category 1 → +1, 2 → −1; thruster 1 → 1), as Kinetix's own conversion does.
 */
public interface Policy {
    /** Called when an episode starts (after a reset or an automatic restart). */
    default void episodeStarted(VectorEnv env) {
    }

    /**
     * Fills {@code action} for the next agent step of environment 0 of {@code env}, whose observation buffers
     * ({@code env.observations()}), state and tables describe the current frame. {@code action} is zeroed before.
     */
    void act(VectorEnv env, float[] action);
}
