package org.kinetix4j.render.play;

import java.util.Arrays;
import org.kinetix4j.env.VectorEnv;

/** A scripted controller: every motor channel at +1 and every thruster firing, every step (a smoke test). */
public final class FullThrottlePolicy implements Policy {
    /** The controller (no state). */
    public FullThrottlePolicy() {
    }

    @Override
    public void act(VectorEnv env, float[] action) {
        Arrays.fill(action, 1f);
    }
}
