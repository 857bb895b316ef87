package org.kinetix4j.env.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelTestFiles;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Replays the multi-discrete actions of every env-level golden trace of {@code shared/golden/env/{s,m}}
 * (Kinetix.js's agent-play loop: frame skip 2, reset to the loaded level after a done step) through a one-env
 * {@link VectorEnv} with SAME_STEP auto-reset and the padding quirk off (Kinetix.js has none), and compares the
 * sparse reward and episode end of every agent step.
 *
 * <p>Exceptions are allowed only for traces whose engine-level twin ({@code golden/engine/...}, same level and
 * program) diverges through a Kinetix.js difference that {@code GoldenEngineTraceTest} attributes (K2, K3); each
 * is listed with its reason, and everything else must match step for step.
 */
class GoldenEnvTraceTest {
    /**
     * Traces whose physics leaves Kinetix.js's through a documented Kinetix.js bug before their first episode
     * end (see GoldenEngineTraceTest's table): K3 = incident vertices string-sorted against the right wall,
     * K2 = stale circle–polygon warm start on re-formed contacts.
     */
    private static final List<String> KNOWN_DIVERGENT = List.of();

    /** Dense rewards agree to this on a step, m·λ; float32 vs float64 distances differ by ~1e-6 m. */
    private static final double DENSE_TOLERANCE = 1e-4;

    @Test
    void shouldReproduceRewardAndEpisodeEndOfEveryEnvGoldenTrace() throws IOException {
        List<String> unexplained = replay(0f);
        assertTrue(unexplained.isEmpty(), "unexplained mismatches: " + unexplained);
    }

    /**
     * With Python Kinetix's dense shaping (λ = 0.1, the level files' value) the reward must match the harness's
     * {@code harness_py_reward} (sparse + −Δdistance·λ computed on Kinetix.js's float64 states) within 1e-4 on at
     * least 95 % of the 16,320 agent steps. Measured: 96.4 %. The misses are runs of steps in traces whose physics
     * leaves Kinetix.js's (the engine-level table of GoldenEngineTraceTest): m/h10 and m/h18 thrust-right (K3,
     * right-wall incident vertices), s/h8_unicycle_balance (K2, stale circle–polygon warm start), and cars and
     * unicycles whose landing contacts flip order with the last bit (K8); the shaping term differentiates
     * positions, so it shows a divergence of 1e-3 m as a reward error of 1e-4.
     */
    @Test
    void shouldReproducePythonKinetixDenseRewardOnNearlyEveryStep() throws IOException {
        List<String> mismatches = replay(0.1f);
        System.out.println("dense-reward steps off by more than " + DENSE_TOLERANCE + ": " + mismatches.size()
                + " of " + (136 * 120));
        java.util.Map<String, Long> perTrace = new java.util.TreeMap<>();
        mismatches.forEach(m -> perTrace.merge(m.substring(0, m.indexOf(' ')), 1L, Long::sum));
        System.out.println("dense-reward mismatching steps per trace: " + perTrace);
        assertTrue(mismatches.size() <= 0.05 * 136 * 120, "dense mismatches " + mismatches.size());
    }

    private List<String> replay(float denseRewardScale) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String size : List.of("s", "m")) {
            try (Stream<Path> listing = Files.list(LevelTestFiles.sharedDir().resolve("golden/env").resolve(size))) {
                listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        assertEquals(136, files.size());
        List<String> mismatches = new ArrayList<>();
        int episodesEnded = 0;
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            ObjectMapper mapper = new ObjectMapper();
            JsonNode header = mapper.readTree(lines.get(0));
            Level level = LevelReader.read(LevelTestFiles.sharedDir().resolve("kinetix-levels")
                    .resolve(header.get("level").asText()));
            StaticConfig config = level.state().config.withPaddingQuirk(false);
            EnvParams params = new EnvParams(level.envParams().physics(), 256, 100f, denseRewardScale, 4);
            String name = file.getParent().getFileName() + "/" + file.getFileName();
            try (CpuBackend backend = new CpuBackend(1);
                    VectorEnv env = VectorEnv.builder(config, ResetSource.fixed(level)).envCount(1)
                            .observationType(ObservationType.SYMBOLIC_FLAT).actionType(ActionType.MULTI_DISCRETE)
                            .envParams(params).backend(backend).build()) {
                env.reset(0);
                int[] action = new int[6];
                for (int k = 1; k < lines.size(); k++) {
                    JsonNode line = mapper.readTree(lines.get(k));
                    JsonNode md = line.get("multi_discrete");
                    for (int i = 0; i < 6; i++) {
                        action[i] = md.get(i).asInt();
                    }
                    StepResult result = env.step(action);
                    boolean expectedDone = line.get("done").asBoolean();
                    episodesEnded += expectedDone ? 1 : 0;
                    boolean done = result.terminated()[0] || result.truncated()[0];
                    float reward = result.reward()[0];
                    if (denseRewardScale != 0f) {
                        double expected = line.get("harness_py_reward").asDouble();
                        if (Math.abs(reward - expected) > DENSE_TOLERANCE || done != expectedDone) {
                            mismatches.add(name + " step " + line.get("k").asInt() + ": reward " + reward
                                    + ", expected " + expected);
                        }
                        continue;
                    }
                    int expectedReward = line.get("reward").asInt();
                    if (reward != expectedReward || done != expectedDone) {
                        mismatches.add(String.format(Locale.ROOT, "%s step %d: reward %s done %s, expected %d %s",
                                name, line.get("k").asInt(), reward, done, expectedReward, expectedDone));
                        break;
                    }
                }
            }
        }
        if (denseRewardScale == 0f) {
            System.out.println("env golden traces: " + files.size() + ", episode ends in the traces: "
                    + episodesEnded + ", traces with a reward/done mismatch: " + mismatches.size());
            mismatches.forEach(System.out::println);
            return mismatches.stream().filter(m -> KNOWN_DIVERGENT.stream().noneMatch(m::startsWith)).toList();
        }
        return mismatches;
    }
}
