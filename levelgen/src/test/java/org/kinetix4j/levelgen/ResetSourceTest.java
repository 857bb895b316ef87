package org.kinetix4j.levelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.physics2d.CpuBackend;

/** The generator as a VectorEnv reset source, and what generation costs next to an episode. */
class ResetSourceTest {
    private static final int AGENTS = 256;
    private static final int EPISODE_STEPS = 256;

    @Test
    void shouldRunAVectorEnvOnFreshRandomLevelsFor256Steps() {
        LevelGenerator generator = LevelGenerator.of(LevelSize.M);
        try (CpuBackend backend = new CpuBackend(2);
                VectorEnv env = VectorEnv.builder(LevelSize.M.config(), generator.resetSource()).envCount(16)
                        .actionType(ActionType.CONTINUOUS).backend(backend).build()) {
            env.reset(7);
            SplittableRandom random = new SplittableRandom(1);
            int episodes = 0;
            for (int step = 0; step < 256; step++) {
                float[] actions = (float[]) ActionType.CONTINUOUS.sample(env.staticParams(), random, 16);
                StepResult r = env.step(actions);
                for (int e = 0; e < 16; e++) {
                    assertTrue(Float.isFinite(r.reward()[e]), "finite reward");
                    episodes += r.terminated()[e] || r.truncated()[e] ? 1 : 0;
                }
            }
            assertTrue(episodes >= 16, "every env ended at least one episode (256 steps), got " + episodes);
        }
    }

    @Test
    void shouldDrawTheSameLevelsForTheSameResetSeed() {
        LevelGenerator generator = LevelGenerator.of(LevelSize.S);
        try (VectorEnv a = VectorEnv.builder(LevelSize.S.config(), generator.resetSource()).envCount(4).build();
                VectorEnv b = VectorEnv.builder(LevelSize.S.config(), generator.resetSource()).envCount(4).build()) {
            a.reset(3);
            b.reset(3);
            for (int e = 0; e < 4; e++) {
                assertEquals(a.state().shapes.positionX[a.state().shapes.row(e, 4)],
                        b.state().shapes.positionX[b.state().shapes.row(e, 4)]);
            }
        }
    }

    /**
     * Prints generation time against one 256-step episode of 256 agents on the CPU backend (one thread each, so
     * the ratio is per core). Not asserted: timings depend on the machine. Target: generation &lt; 10% of an
     * episode.
     */
    @ParameterizedTest
    @EnumSource(value = LevelSize.class, names = {"S", "M", "L"})
    void shouldReportGenerationCostAgainstAnEpisode(LevelSize size) {
        LevelGenerator generator = LevelGenerator.of(size);
        for (int warm = 0; warm < 300; warm++) {
            generator.sample(warm);
        }
        long t0 = System.nanoTime();
        List<Level> levels = IntStream.range(0, AGENTS).mapToObj(i -> generator.sample(10_000 + i)).toList();
        double generateMs = (System.nanoTime() - t0) / 1e6;
        double episodeMs;
        try (CpuBackend backend = new CpuBackend(1);
                VectorEnv env = VectorEnv.builder(size.config(), (e, r) -> levels.get(e)).envCount(AGENTS)
                        .actionType(ActionType.CONTINUOUS).backend(backend).build()) {
            env.reset(0);
            float[] actions = new float[AGENTS * env.singleActionSpace().size()];
            for (int warm = 0; warm < 20; warm++) {
                env.step(actions);
            }
            long t1 = System.nanoTime();
            for (int step = 0; step < EPISODE_STEPS; step++) {
                env.step(actions);
            }
            episodeMs = (System.nanoTime() - t1) / 1e6;
        }
        System.out.printf(Locale.ROOT, "levelgen cost %s: %d levels %.1f ms (%.3f ms/level); %d-step episode of %d "
                + "agents %.1f ms; generation = %.1f%% of an episode%n", size, AGENTS, generateMs, generateMs / AGENTS,
                EPISODE_STEPS, AGENTS, episodeMs, 100 * generateMs / episodeMs);
    }
}
