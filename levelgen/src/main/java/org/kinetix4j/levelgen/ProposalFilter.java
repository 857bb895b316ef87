package org.kinetix4j.levelgen;

import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.ManifoldTable;

/**
 * The generator's "least-collision selection" (spec kinetix.md §6.2): make n proposals of one addition, count each
 * proposal's contacts with collision detection alone (every pair, floor and walls included, the collision matrix
 * ignored; a polygon pair counts up to its two contact points), add a penalty for invisible connected shapes,
 * and keep the first proposal with the smallest score. Holds two scratch levels, reused across additions.
 */
final class ProposalFilter {
    /** One proposal: applies the addition to {@code level} and returns its score penalty (0 if none). */
    @FunctionalInterface
    interface Addition {
        float apply(Rng key, WorkingLevel level);
    }

    private final int proposals;
    private WorkingLevel best;
    private WorkingLevel candidate;

    /** A filter making {@code proposals} proposals per addition for levels shaped like {@code like}. */
    ProposalFilter(int proposals, WorkingLevel like) {
        this.proposals = proposals;
        if (proposals > 1) {
            best = new WorkingLevel(like.staticParams, like.envParams);
            candidate = new WorkingLevel(like.staticParams, like.envParams);
        }
    }

    /** Applies the best of the proposals of {@code addition} to {@code level}. */
    void add(Rng key, WorkingLevel level, Addition addition) {
        Rng[] keys = key.split(proposals);
        if (proposals == 1) {
            // One proposal is the result whatever its score: no need to detect anything.
            addition.apply(keys[0], level);
            return;
        }
        float bestScore = Float.POSITIVE_INFINITY;
        for (Rng k : keys) {
            candidate.copyFrom(level);
            float score = addition.apply(k, candidate) + contacts(candidate);
            if (score < bestScore) {
                bestScore = score;
                WorkingLevel t = best;
                best = candidate;
                candidate = t;
            }
        }
        level.copyFrom(best);
    }

    /** Active contact points of the level as it stands (detection only; fills the scratch's manifold tables). */
    static int contacts(WorkingLevel level) {
        CpuBackend.detectCollisions(level.state, 0);
        return countActive(level.state.polyPolyManifolds) + countActive(level.state.circlePolyManifolds)
                + countActive(level.state.circleCircleManifolds);
    }

    private static int countActive(ManifoldTable m) {
        int n = 0;
        for (int i = 0; i < m.pointsPerEnv; i++) {
            n += m.active[i] ? 1 : 0;
        }
        return n;
    }
}
