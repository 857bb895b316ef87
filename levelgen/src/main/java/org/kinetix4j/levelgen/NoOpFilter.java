package org.kinetix4j.levelgen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.CpuBackend;

/**
 * Kinetix's no-op filter for random levels (spec kinetix.md §6.4, used by SFL and PLR/ACCEL): draw twice as many
 * levels as needed, roll each out for 64 agent steps with the all-zero action, and keep n of them drawn without
 * replacement with weight 0.001 for levels that doing nothing already solves and 1 for the others. Solved levels
 * are strongly down-weighted, not excluded, as in the reference.
 *
 * <p>Optionally ({@code rejectUncontrollable}, not in the reference) levels without a usable motor or thruster
 * (spec §6.3: about 6.7% of S levels) get the same low weight.
 */
public final class NoOpFilter {
    /** Agent steps of the no-op rollout ({@code level_filter_n_steps}). */
    public static final int ROLLOUT_STEPS = 64;
    /** Levels drawn per level kept ({@code level_filter_sample_ratio}). */
    public static final int SAMPLE_RATIO = 2;
    /** Selection weight of a filtered-out level (others weigh 1). */
    public static final double FILTERED_WEIGHT = 0.001;
    /** A first-done reward above this counts as "solved by doing nothing". */
    private static final float SOLVED_REWARD = 0.5f;

    private NoOpFilter() {
    }

    /**
     * Whether each level is solved by doing nothing: rolled out with the zero action for {@link #ROLLOUT_STEPS}
     * agent steps, the reward of the first step that ends an episode exceeds 0.5 (a level that never ends within
     * the rollout counts as not solved). All levels must share one size.
     */
    public static boolean[] solvedByDoingNothing(List<Level> levels) {
        if (levels.isEmpty()) {
            return new boolean[0];
        }
        Level first = levels.getFirst();
        boolean[] solved = new boolean[levels.size()];
        boolean[] ended = new boolean[levels.size()];
        List<Level> copy = List.copyOf(levels);
        try (CpuBackend backend = new CpuBackend();
                VectorEnv env = VectorEnv.builder(first.state().config, (e, random) -> copy.get(e))
                        .envCount(copy.size()).staticParams(first.staticParams()).envParams(first.envParams())
                        .actionType(ActionType.CONTINUOUS).observationType(ObservationType.SYMBOLIC_FLAT)
                        .backend(backend).build()) {
            env.reset(0L);
            float[] zero = new float[copy.size() * env.singleActionSpace().size()];
            for (int step = 0; step < ROLLOUT_STEPS; step++) {
                StepResult r = env.step(zero);
                for (int i = 0; i < solved.length; i++) {
                    boolean done = r.terminated()[i] || r.truncated()[i];
                    if (done && !ended[i]) {
                        ended[i] = true;
                        solved[i] = r.reward()[i] > SOLVED_REWARD;
                    }
                }
            }
        }
        return solved;
    }

    /**
     * {@code n} filtered levels from {@code generator}: {@code 2n} levels from seeds drawn from {@code seed}, then
     * n of them without replacement (Gumbel top-k, as JAX's weighted choice without replacement), in order of
     * selection.
     *
     * @param rejectUncontrollable also down-weight levels with no usable motor or thruster
     */
    public static List<Level> sample(LevelGenerator generator, long seed, int n, boolean rejectUncontrollable) {
        Objects.requireNonNull(generator, "generator");
        if (n < 0) {
            throw new IllegalArgumentException("n=" + n + " must be >= 0");
        }
        Rng root = new Rng(seed);
        Rng seeds = root.split();
        Rng choice = root.split();
        long[] levelSeeds = new long[SAMPLE_RATIO * n];
        for (int i = 0; i < levelSeeds.length; i++) {
            levelSeeds[i] = seeds.nextLong();
        }
        List<Level> drawn = IntStream.range(0, levelSeeds.length).parallel()
                .mapToObj(i -> generator.sample(levelSeeds[i])).toList();
        boolean[] solved = solvedByDoingNothing(drawn);
        double[] score = new double[drawn.size()];
        for (int i = 0; i < score.length; i++) {
            boolean out = solved[i] || (rejectUncontrollable && !LevelSummary.of(drawn.get(i)).hasUsableControl());
            double u = Math.max(choice.uniform(), Float.MIN_VALUE);
            // Gumbel top-k: log w + Gumbel noise; the k largest are a weighted draw without replacement.
            score[i] = Math.log(out ? FILTERED_WEIGHT : 1.0) - Math.log(-Math.log(u));
        }
        Integer[] order = new Integer[score.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));
        List<Level> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            kept.add(drawn.get(order[i]));
        }
        return kept;
    }
}
