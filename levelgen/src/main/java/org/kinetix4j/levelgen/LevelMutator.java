package org.kinetix4j.levelgen;

import java.util.Objects;
import org.kinetix4j.env.Level;

/**
 * ACCEL's level mutator (Kinetix {@code make_mutate_env}, spec kinetix.md §6.6): {@code numEdits} edits, each an
 * operator drawn with the {@link Mutation#accelWeight ACCEL weights} of the level as it stands, then applied.
 * A pure function of (level, seed, edits, params).
 */
public final class LevelMutator {
    private static final Mutation[] OPERATORS = Mutation.values();

    private LevelMutator() {
    }

    /** {@code numEdits} ACCEL edits of {@code level} with default parameters; the input is not modified. */
    public static Level mutate(Level level, long seed, int numEdits) {
        return mutate(level, seed, numEdits, GeneratorParams.defaults());
    }

    /**
     * {@code numEdits} ACCEL edits of {@code level}; the input is not modified.
     *
     * @throws IllegalArgumentException if {@code numEdits} is negative
     */
    public static Level mutate(Level level, long seed, int numEdits, GeneratorParams params) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(params, "params");
        if (numEdits < 0) {
            throw new IllegalArgumentException("numEdits=" + numEdits + " must be >= 0");
        }
        WorkingLevel w = WorkingLevel.of(level);
        Rng rng = new Rng(seed);
        float[] weights = new float[OPERATORS.length];
        for (int edit = 0; edit < numEdits; edit++) {
            // Per edit the reference splits (rng, choose, apply) off its key; each gets its own child here.
            Rng choose = rng.split();
            Rng apply = rng.split();
            for (int i = 0; i < OPERATORS.length; i++) {
                weights[i] = OPERATORS[i].accelWeight(w);
            }
            OPERATORS[choose.choice(weights)].apply(apply, w, params);
        }
        return w.toLevel(level.name());
    }
}
