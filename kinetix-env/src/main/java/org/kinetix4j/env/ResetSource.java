package org.kinetix4j.env;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.function.Function;

/**
 * Where a reset gets its level from (spec kinetix.md §1.7): one fixed level, a list of levels, a caller-supplied
 * level per environment ({@link PerEnvironmentLevels}), or a generator. Implementations must be deterministic functions of the random
 * generator they are given (one per environment, derived from the reset seed).
 */
@FunctionalInterface
public interface ResetSource {

    /** The level environment {@code env} starts its next episode from; {@code random} is that env's generator. */
    Level next(int env, RandomGenerator random);

    /** Always the same level. */
    static ResetSource fixed(Level level) {
        Objects.requireNonNull(level, "level");
        return (env, random) -> level;
    }

    /** A level drawn uniformly from {@code levels} at every reset (Kinetix's list reset). */
    static ResetSource sampled(List<Level> levels) {
        List<Level> copy = nonEmpty(levels);
        return (env, random) -> copy.get(random.nextInt(copy.size()));
    }

    /**
     * The levels in turn, independently per environment: environment e starts at level {@code e mod n} and
     * advances by one at each of its resets.
     */
    static ResetSource roundRobin(List<Level> levels) {
        List<Level> copy = nonEmpty(levels);
        return new ResetSource() {
            /** Resets done so far per environment. */
            private int[] resets = new int[0];

            @Override
            public synchronized Level next(int env, RandomGenerator random) {
                if (env >= resets.length) {
                    resets = Arrays.copyOf(resets, Math.max(env + 1, 2 * resets.length));
                }
                return copy.get((env + resets[env]++) % copy.size());
            }
        };
    }

    /** A generated level per reset, e.g. {@code random -> generator.sample(random.nextLong())}. */
    static ResetSource generated(Function<RandomGenerator, Level> generator) {
        Objects.requireNonNull(generator, "generator");
        return (env, random) -> generator.apply(random);
    }

    private static List<Level> nonEmpty(List<Level> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("levels is empty: a reset source needs at least one level");
        }
        return List.copyOf(levels);
    }
}
