package org.kinetix4j.levelgen;

import java.util.Objects;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Kinetix's random level sampler ({@code sample_kinetix_level}, spec kinetix.md §6.3) for sizes S, M, L or any
 * capacities with the four static polygons.
 *
 * <p><b>Determinism.</b> {@link #sample(long)} is a pure function of (seed, {@link GeneratorParams}, static and
 * env params): the same seed gives a bit-identical level on every run, thread and backend, and nothing is
 * shared between calls, so it may be called concurrently. The seed feeds a {@link java.util.SplittableRandom}
 * that is split once per operation in the reference's key-split order (floor, coin, shape A, shape B, control
 * choice, forced connected shape, alternative free shape, forced thruster, extra shapes, extra thrusters, swap,
 * permutation), so every operation draws from its own stream.
 *
 * <p><b>Parity target.</b> Distributional, not bitwise: JAX's threefry streams are not reproduced. The counts of
 * shapes, joints and thrusters, role and floor frequencies, fixation and control statistics match what the
 * spec's algorithm implies; {@code GeneratorStatisticsTest} checks them over 10,000 seeds with explained
 * tolerances and {@code levelgen/stats/} holds the measured histograms.
 *
 * <p>Deliberate differences, none observable by physics, reward or observations: circles store no vertices and
 * polygons radius 0 (the reference leaves meaningless leftovers there), and the output's warm-start contact
 * caches are empty, as a loaded level's are.
 */
public final class LevelGenerator {
    /** Shape slots taken by A, B and the control shape before the extra shapes (the reference's "− 3"). */
    private static final int GUARANTEED_SHAPES = 3;

    private final GeneratorParams params;
    private final KinetixStaticParams staticParams;
    private final EnvParams envParams;

    /**
     * A generator for levels of {@code staticParams}' capacities.
     *
     * @throws IllegalArgumentException if the capacities cannot hold the floor, walls and ceiling in slots 0..3
     *                                  plus the three guaranteed shapes, or lack a joint or thruster slot for the
     *                                  control guarantee
     */
    public LevelGenerator(GeneratorParams params, KinetixStaticParams staticParams, EnvParams envParams) {
        this.params = Objects.requireNonNull(params, "params");
        this.staticParams = Objects.requireNonNull(staticParams, "staticParams");
        this.envParams = Objects.requireNonNull(envParams, "envParams");
        StaticConfig c = staticParams.physics();
        if (c.numStaticFixatedPolys() != 4 || c.numPolygons() < 4) {
            throw new IllegalArgumentException("numStaticFixatedPolys=" + c.numStaticFixatedPolys() + ", numPolygons="
                    + c.numPolygons() + ": the generator needs the floor, walls and ceiling in polygon slots 0..3");
        }
        if (c.numShapes() - c.numStaticFixatedPolys() < GUARANTEED_SHAPES) {
            throw new IllegalArgumentException("numPolygons + numCircles - 4=" + (c.numShapes() - 4)
                    + " must be >= 3: a level needs a green, a blue and a controlled shape");
        }
        if (c.numJoints() < 1 || c.numThrusters() < 1) {
            throw new IllegalArgumentException("numJoints=" + c.numJoints() + ", numThrusters=" + c.numThrusters()
                    + ": the control guarantee needs at least one joint and one thruster slot");
        }
    }

    /** The reference generator for a Kinetix size: default parameters, frame skip 2, Kinetix's env params. */
    public static LevelGenerator of(LevelSize size) {
        return new LevelGenerator(GeneratorParams.defaults(), KinetixStaticParams.forConfig(size.config()),
                EnvParams.defaults());
    }

    /** Shorthand for {@code new LevelGenerator(params, forConfig(size), defaults).sample(seed)}. */
    public static Level sample(long seed, GeneratorParams params, LevelSize size) {
        return new LevelGenerator(params, KinetixStaticParams.forConfig(size.config()), EnvParams.defaults())
                .sample(seed);
    }

    /** The generator's parameters. */
    public GeneratorParams params() {
        return params;
    }

    /** The static parameters (capacities) of the levels it makes. */
    public KinetixStaticParams staticParams() {
        return staticParams;
    }

    /** The env parameters stored in the levels it makes. */
    public EnvParams envParams() {
        return envParams;
    }

    /**
     * A reset source for {@code VectorEnv} that samples a fresh level at every reset, seeded from the
     * environment's own generator (so {@code VectorEnv.reset(seed)} fixes every level of a run). No no-op filter,
     * as Kinetix's random reset.
     */
    public ResetSource resetSource() {
        return ResetSource.generated(random -> sample(random.nextLong()));
    }

    /** Shorthand for {@code new LevelGenerator(params, staticParams, EnvParams.defaults()).resetSource()}. */
    public static ResetSource resetSource(GeneratorParams params, KinetixStaticParams staticParams) {
        return new LevelGenerator(params, staticParams, EnvParams.defaults()).resetSource();
    }

    /** The level of {@code seed}; its name is {@code generated-<size>-<seed>}. */
    public Level sample(long seed) {
        WorkingLevel w = WorkingLevel.emptyScene(staticParams, envParams);
        build(new Rng(seed), w);
        String size = LevelSize.of(staticParams.physics()).name().toLowerCase(java.util.Locale.ROOT);
        return w.toLevel("generated-" + size + "-" + seed);
    }

    /** The reference's exact sequence (spec §6.3), one child key per step. */
    private void build(Rng root, WorkingLevel w) {
        Rng[] k = root.split(12);
        StaticConfig c = staticParams.physics();
        // S (P + C <= 7): one proposal per addition (the reference cites an XLA bug) and nothing is fixated.
        boolean small = c.numShapes() <= 7;
        ProposalFilter filter = new ProposalFilter(small ? 1 : params.addShapeNProposals(), w);

        int floorRole = k[0].choice(params.floorRoleWeights());
        w.setRole(0, floorRole);
        // At most one of A and B may be fixated; with a blue floor, A (then green) never is.
        boolean protectFirst = k[1].uniform() < 0.5f || floorRole == 2;
        addFree(filter, k[2], w, protectFirst || small);
        addFree(filter, k[3], w, !protectFirst || small);

        int control = k[4].randint(0, 3);
        boolean motor = control != 1;
        boolean thruster = control != 0;
        if (motor) {
            addConnected(filter, k[5], w, true);
        } else {
            addFree(filter, k[6], w, small);
        }
        if (thruster) {
            Thrusters.add(k[7], w, params);
        }
        addExtraShapes(filter, k[8], w, Math.max(0, c.numShapes() - GUARANTEED_SHAPES - c.numStaticFixatedPolys()),
                small);
        addExtraThrusters(k[9], w, c.numThrusters() - 1);
        // Removes the left/right bias of green and blue placement; never with a coloured floor.
        if (k[10].uniform() < 0.5f && floorRole == 0) {
            swapGreenAndBlue(w);
        }
        EntityPermutation.permute(k[11], w);
    }

    private void addFree(ProposalFilter filter, Rng key, WorkingLevel w, boolean forceNoFixate) {
        filter.add(key, w, (k, level) -> {
            FreeShapes.add(k, level, params, forceNoFixate);
            return 0f;
        });
    }

    private void addConnected(ProposalFilter filter, Rng key, WorkingLevel w, boolean forceRevolute) {
        filter.add(key, w, (k, level) -> ConnectedShapes.add(k, level, params, forceRevolute) ? 0f
                : params.connectNoVisibilityBias());
    }

    private void addExtraShapes(ProposalFilter filter, Rng key, WorkingLevel w, int count, boolean small) {
        Rng[] keys = key.split(count);
        for (Rng each : keys) {
            Rng[] k = each.split(3);
            int kind = k[0].choice(params.addConnectedShapeChance(), params.addShapeChance(),
                    params.addNoShapeChance());
            if (kind == 0) {
                addConnected(filter, k[1], w, false);
            } else if (kind == 1) {
                addFree(filter, k[2], w, small);
            }
        }
    }

    private void addExtraThrusters(Rng key, WorkingLevel w, int count) {
        Rng[] keys = key.split(Math.max(0, count));
        for (Rng each : keys) {
            Rng[] k = each.split(3);
            if (k[0].uniform() < params.addThrusterChance()) {
                Thrusters.add(k[1], w, params);
            }
        }
    }

    private static void swapGreenAndBlue(WorkingLevel w) {
        for (int s = 0; s < w.numShapes(); s++) {
            int role = w.role(s);
            w.setRole(s, role == 1 ? 2 : role == 2 ? 1 : role);
        }
    }
}
