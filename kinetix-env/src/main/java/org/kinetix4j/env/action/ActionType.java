package org.kinetix4j.env.action;

import java.util.Arrays;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.spaces.BoxSpace;
import org.kinetix4j.env.spaces.DiscreteSpace;
import org.kinetix4j.env.spaces.MultiDiscreteSpace;
import org.kinetix4j.env.spaces.Space;

/**
 * Kinetix's three action types (spec kinetix.md §3). Each is a different encoding of the same "unified" vector of
 * B = numMotorBindings + numThrusterBindings channel commands (B = 6 for S, M and L alike); {@link ActionMapper}
 * turns it into the engine's per-joint and per-thruster commands.
 */
public enum ActionType {
    /** Box [−1, 1]^B, one float per channel. */
    CONTINUOUS,
    /**
     * One integer in 0..2·NMB + NTB: a &lt; 2·NMB drives motor channel a/2 at −1 (a even) or +1 (a odd);
     * a = 2·NMB is the no-op; a &gt; 2·NMB fires thruster channel a − 2·NMB − 1.
     */
    DISCRETE,
    /** B integers: motor channels in {0, 1, 2} (0 → 0, 1 → +1, 2 → −1), thruster channels in {0, 1}. */
    MULTI_DISCRETE;

    /** Kinetix's name: "continuous", "discrete" or "multi_discrete". */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses Kinetix's name ("multi_discrete", "multidiscrete", any case; also the enum names). */
    public static ActionType parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replace("-", "_")) {
            case "continuous" -> CONTINUOUS;
            case "discrete" -> DISCRETE;
            case "multi_discrete", "multidiscrete" -> MULTI_DISCRETE;
            default -> throw new IllegalArgumentException("action type=" + text
                    + " must be one of continuous, discrete, multi_discrete");
        };
    }

    /** The space of one environment's action. */
    public Space space(KinetixStaticParams params) {
        int nmb = params.numMotorBindings();
        int ntb = params.numThrusterBindings();
        return switch (this) {
            case CONTINUOUS -> BoxSpace.of(-1, 1, nmb + ntb);
            case DISCRETE -> new DiscreteSpace(2 * nmb + ntb + 1);
            case MULTI_DISCRETE -> {
                int[] nvec = new int[nmb + ntb];
                Arrays.fill(nvec, 0, nmb, 3);
                Arrays.fill(nvec, nmb, nmb + ntb, 2);
                yield new MultiDiscreteSpace(nvec);
            }
        };
    }

    /** Values per environment in a batched action array: B for continuous and multi-discrete, 1 for discrete. */
    public int componentsPerEnv(KinetixStaticParams params) {
        return this == DISCRETE ? 1 : params.numMotorBindings() + params.numThrusterBindings();
    }

    /** The discrete action that does nothing: 2·NMB (8 with the defaults). */
    public static int discreteNoOp(KinetixStaticParams params) {
        return 2 * params.numMotorBindings();
    }

    /**
     * A batch of {@code envCount} no-op actions: a zero {@code float[envCount·B]} for continuous, a zero
     * {@code int[envCount·B]} for multi-discrete, an {@code int[envCount]} filled with 2·NMB for discrete.
     */
    public Object noOp(KinetixStaticParams params, int envCount) {
        int size = envCount * componentsPerEnv(params);
        return switch (this) {
            case CONTINUOUS -> new float[size];
            case MULTI_DISCRETE -> new int[size];
            case DISCRETE -> {
                int[] actions = new int[size];
                Arrays.fill(actions, discreteNoOp(params));
                yield actions;
            }
        };
    }

    /**
     * A batch of {@code envCount} random actions drawn as Kinetix's sampling helper does (spec §3): each
     * multi-discrete component uniformly, continuous motors U(−1, 1) and thrusters |U(−1, 1)|, discrete
     * uniformly. Returns {@code float[]} for continuous, {@code int[]} otherwise, laid out as {@link #noOp}.
     */
    public Object sample(KinetixStaticParams params, RandomGenerator rng, int envCount) {
        int nmb = params.numMotorBindings();
        int width = componentsPerEnv(params);
        return switch (this) {
            case CONTINUOUS -> {
                float[] actions = new float[envCount * width];
                for (int i = 0; i < actions.length; i++) {
                    float u = (float) rng.nextDouble(-1, 1);
                    actions[i] = i % width < nmb ? u : Math.abs(u);
                }
                yield actions;
            }
            case DISCRETE, MULTI_DISCRETE -> {
                Space space = space(params);
                int[] actions = new int[envCount * width];
                for (int env = 0; env < envCount; env++) {
                    System.arraycopy((int[]) space.sample(rng), 0, actions, env * width, width);
                }
                yield actions;
            }
        };
    }
}
