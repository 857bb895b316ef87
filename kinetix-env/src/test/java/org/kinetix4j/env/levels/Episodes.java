package org.kinetix4j.env.levels;

import org.kinetix4j.env.AutoresetMode;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.CpuBackend;

/** Runs one episode of a level under a controller. */
final class Episodes {
    /** Kinetix's episode length in agent steps. */
    static final int EPISODE_STEPS = 256;

    private Episodes() {
    }

    /**
     * How an episode ended.
     *
     * @param solved   green touched blue (+1)
     * @param failed   green touched red (−1) or the state became non-finite
     * @param steps    agent steps taken
     */
    record Outcome(boolean solved, boolean failed, int steps) {
        @Override
        public String toString() {
            return (solved ? "SOLVED" : failed ? "FAILED" : "TIMEOUT") + " after " + steps + " steps";
        }
    }

    /** Runs {@code controller} on {@code level} until the episode terminates or 256 agent steps have passed. */
    static Outcome run(Level level, Controller controller) {
        try (CpuBackend backend = new CpuBackend(1);
                VectorEnv env = VectorEnv.builder(level.state().config, ResetSource.fixed(level)).envCount(1)
                        .actionType(ActionType.MULTI_DISCRETE).observationType(ObservationType.SYMBOLIC_FLAT)
                        .autoresetMode(AutoresetMode.DISABLED).backend(backend).build()) {
            env.reset(0L);
            for (int step = 0; step < EPISODE_STEPS; step++) {
                StepResult result = env.step(controller.act(step, env.state(), env.tables()));
                if (result.terminated()[0]) {
                    boolean solved = result.info().goalReached[0];
                    return new Outcome(solved, !solved, step + 1);
                }
                if (result.truncated()[0]) {
                    return new Outcome(false, false, step + 1);
                }
            }
            return new Outcome(false, false, EPISODE_STEPS);
        }
    }
}
