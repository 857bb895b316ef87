package org.kinetix4j.env;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A reset source whose level is chosen by the caller, per environment (Kinetix's {@code override_reset_state}):
 * curriculum methods (PLR, ACCEL, SFL) set the level each environment replays, and every reset of that
 * environment — automatic or masked — starts from it until it is set again.
 */
public final class PerEnvironmentLevels implements ResetSource {
    private final Level[] levels;

    /** A source for {@code envCount} environments, all starting from {@code initial}. */
    public PerEnvironmentLevels(int envCount, Level initial) {
        Objects.requireNonNull(initial, "initial");
        if (envCount < 1) {
            throw new IllegalArgumentException("envCount=" + envCount + " must be >= 1");
        }
        levels = new Level[envCount];
        java.util.Arrays.fill(levels, initial);
    }

    /** Environment {@code env} starts its next episodes from {@code level}. */
    public synchronized void set(int env, Level level) {
        levels[checkEnv(env)] = Objects.requireNonNull(level, "level");
    }

    /** The level environment {@code env} resets to. */
    public synchronized Level get(int env) {
        return levels[checkEnv(env)];
    }

    @Override
    public synchronized Level next(int env, RandomGenerator random) {
        return levels[checkEnv(env)];
    }

    private int checkEnv(int env) {
        if (env < 0 || env >= levels.length) {
            throw new IndexOutOfBoundsException("env=" + env + " is outside 0.." + (levels.length - 1));
        }
        return env;
    }
}
