package org.kinetix4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.ResetSource;
import org.kinetix4j.env.StepResult;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationBuilder;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.BackendProvider;
import org.kinetix4j.physics2d.Backends;
import org.kinetix4j.physics2d.BatchState;

/**
 * {@code --backend} on every command that steps physics, and {@code VectorEnv.Builder.backend(name)}: unknown and
 * unavailable backends are usage errors (exit 2) that say why; the OpenCL backend (PoCL in CI; skipped where no
 * OpenCL device exists) gives the CPU backend's results exactly, through the env's resets and auto-resets too.
 */
class BackendSelectionTest {
    private static final Path SHARED = Path.of(System.getProperty("kinetix.shared.dir", "../../shared"));
    private static final Path LEVEL = SHARED.resolve("kinetix-levels/s/h2_one_wheel_car.json");

    @TempDir
    Path dir;

    private static String reason(String backend) {
        return Backends.providers().stream().filter(p -> p.name().equals(backend)).findFirst()
                .map(BackendProvider::unavailableReason).orElse(null);
    }

    private static void assumeOpenCl() {
        assumeTrue(Backends.names().contains("opencl") && reason("opencl") == null, "no OpenCL device here");
    }

    @Test
    void shouldListEveryBackendAndRejectAnUnknownOneWithStatus2() {
        assertTrue(Backends.names().containsAll(List.of("cpu", "opencl", "cuda", "auto")), Backends.names().toString());
        for (String command : List.of("simulate", "rollout", "bench")) {
            List<String> args = command.equals("bench")
                    ? List.of("bench", "--backend", "tpu")
                    : List.of(command, "--level", LEVEL.toString(), "--out", dir.resolve("o.jsonl").toString(),
                            "--backend", "tpu");
            if (command.equals("simulate")) {
                args = List.of(command, "--level", LEVEL.toString(), "--backend", "tpu");
            }
            CliRun result = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, result.code(), command + ": " + result.err());
            assertTrue(result.err().contains("--backend tpu") && result.err().contains("unknown backend")
                    && result.err().contains("cuda"), command + ": " + result.err());
        }
    }

    @Test
    void shouldSayWhyCudaIsUnavailableWithStatus2() {
        String reason = reason("cuda");
        assumeTrue(reason != null, "CUDA is available here");
        CliRun simulate = CliRun.of("simulate", "--level", LEVEL.toString(), "--backend", "cuda");
        assertEquals(2, simulate.code(), simulate.err());
        assertTrue(simulate.err().contains("CUDA backend unavailable: "), simulate.err());
        CliRun bench = CliRun.of("bench", "--backend", "cuda", "--size", "s", "--envs", "1");
        assertEquals(2, bench.code(), bench.err());
        assertTrue(bench.err().contains("CUDA backend unavailable: "), bench.err());
        assertThrows(IllegalStateException.class, () -> VectorEnv.builder(LevelReader.read(LEVEL).state().config,
                ResetSource.fixed(LevelReader.read(LEVEL))).backend("cuda"));
        assertThrows(IllegalArgumentException.class, () -> VectorEnv.builder(LevelReader.read(LEVEL).state().config,
                ResetSource.fixed(LevelReader.read(LEVEL))).backend("tpu"));
    }

    @Test
    void shouldSimulateOnOpenClWithTheCpuTrace() throws Exception {
        assumeOpenCl();
        Path cpu = dir.resolve("cpu.jsonl");
        Path opencl = dir.resolve("opencl.jsonl");
        assertEquals(0, CliRun.of("simulate", "--level", LEVEL.toString(), "--actions", "plus", "--steps", "40",
                "--envs", "8", "--trace", cpu.toString()).code());
        CliRun result = CliRun.of("simulate", "--level", LEVEL.toString(), "--actions", "plus", "--steps", "40",
                "--envs", "8", "--backend", "opencl", "--trace", opencl.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains(" on opencl "), result.out());
        List<String> a = Files.readAllLines(cpu);
        List<String> b = Files.readAllLines(opencl);
        assertEquals(a.size(), b.size());
        assertEquals(a.subList(1, a.size()), b.subList(1, b.size()), "every traced step (parity build)");
        assertTrue(b.get(0).contains("\"backend\":\"opencl\""), b.get(0));
    }

    /**
     * Rewards, flags, info and observations at every agent step, then (after the env's full sync) every array of
     * the state, bit for bit. The env copies back only what it reads after each physics step; restarting one env
     * every third step staggers the episodes, so most resets leave other envs mid-episode with their solver
     * caches on the device, and a reset that handed stale caches back would change their trajectories.
     */
    @ParameterizedTest
    @EnumSource(value = ObservationType.class, names = {"SYMBOLIC_ENTITY", "PIXELS"})
    void shouldRunTheEnvOnOpenClWithTheCpuResultsThroughAutoResets(ObservationType observationType) {
        assumeOpenCl();
        Level level = LevelReader.read(LEVEL);
        EnvParams shortEpisodes = new EnvParams(EnvParams.defaults().physics(), 7, 100f, 0.1f, 4);
        int envs = 6;
        try (VectorEnv cpu = env(level, shortEpisodes, envs, "cpu", observationType);
                VectorEnv opencl = env(level, shortEpisodes, envs, "opencl", observationType)) {
            assertEquals("opencl", opencl.backend().name());
            cpu.reset(3);
            opencl.reset(3);
            SplittableRandom random = new SplittableRandom(4);
            int episodeEnds = 0;
            for (int k = 1; k <= 40; k++) {
                int[] actions = (int[]) ActionType.MULTI_DISCRETE.sample(cpu.staticParams(), random, envs);
                StepResult a = cpu.step(actions);
                StepResult b = opencl.step(actions);
                String at = " at agent step " + k;
                assertArrayEquals(a.reward(), b.reward(), "reward" + at);
                assertArrayEquals(a.terminated(), b.terminated(), "terminated" + at);
                assertArrayEquals(a.truncated(), b.truncated(), "truncated" + at);
                assertArrayEquals(a.info().episodeReturn, b.info().episodeReturn, "episode return" + at);
                assertSameObservations(a.observations(), b.observations(), "observation" + at);
                assertSameObservations(a.info().finalObservation, b.info().finalObservation, "final obs" + at);
                for (int env = 0; env < envs; env++) {
                    episodeEnds += a.terminated()[env] || a.truncated()[env] ? 1 : 0;
                }
                boolean[] restart = new boolean[envs];
                restart[(k / 3) % envs] = k % 3 == 0;
                assertSameObservations(cpu.reset(100 + k, restart).observations(),
                        opencl.reset(100 + k, restart).observations(), "observation after restarts" + at);
            }
            assertTrue(episodeEnds >= envs * 3, "auto-resets happened: " + episodeEnds);
            assertSameState(cpu.state(), opencl.state());
        }
    }

    private static void assertSameObservations(ObservationBuilder expected, ObservationBuilder actual,
            String message) {
        for (int env = 0; env < expected.envCount(); env++) {
            Object a = expected.observation(env);
            Object b = actual.observation(env);
            if (a instanceof Map<?, ?> map) {
                for (var entry : map.entrySet()) {
                    assertTrue(Objects.deepEquals(entry.getValue(), ((Map<?, ?>) b).get(entry.getKey())),
                            message + ", env " + env + ", " + entry.getKey());
                }
            } else {
                assertTrue(Objects.deepEquals(a, b), message + ", env " + env);
            }
        }
    }

    /** Every array of the state and of its tables ({@link BatchState#arraysByName}), so that none is missed. */
    private static void assertSameState(BatchState expected, BatchState actual) {
        Map<String, Object> actualArrays = actual.arraysByName();
        expected.arraysByName().forEach((name, array) -> assertTrue(Objects.deepEquals(array,
                actualArrays.get(name)), "final state: " + name));
        assertTrue(actualArrays.size() >= 75, "arrays compared: " + actualArrays.size());
    }

    @Test
    void shouldRecordTheDeviceBuildInTheBenchCsv() throws Exception {
        assumeOpenCl();
        Path csv = dir.resolve("bench.csv");
        String before = System.getProperty("kinetix.gpu.build");
        try {
            System.setProperty("kinetix.gpu.build", "fast");
            CliRun result = CliRun.of("bench", "--backend", "opencl", "--size", "s", "--envs", "4", "--seconds",
                    "0.05", "--agent", "off", "--baseline-max-envs", "0", "--csv", csv.toString());
            assertEquals(0, result.code(), result.err());
        } finally {
            if (before == null) {
                System.clearProperty("kinetix.gpu.build");
            } else {
                System.setProperty("kinetix.gpu.build", before);
            }
        }
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("backend,build,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("opencl,fast,s,4,"), lines.get(1));
    }

    private static VectorEnv env(Level level, EnvParams params, int envs, String backend,
            ObservationType observationType) {
        return VectorEnv.builder(level.state().config, ResetSource.fixed(level)).envCount(envs)
                .observationType(observationType).actionType(ActionType.MULTI_DISCRETE)
                .envParams(params).backend(backend).build();
    }
}
