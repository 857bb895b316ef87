package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.env.obs.SymbolicFlatObservation;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * {@link VectorEnv} with a backend that, like a GPU backend, steps its own copy of the state: it takes the host
 * arrays only in {@link Backend#hostStateChanged} and gives its results back only in {@link Backend#syncToHost}.
 * If the env forgot either call (after a reset, an auto-reset, before reading rewards), its results would drift
 * from the same env on the CPU backend; they must be identical, resets and auto-resets included.
 */
class VectorEnvDeviceBackendTest {

    /** A CPU backend behind a private copy of the state, as a device backend keeps one. */
    static final class CopyingBackend implements Backend {
        private final CpuBackend cpu = new CpuBackend(1);
        private BatchState device;
        int uploads;
        int downloads;

        @Override
        public String name() {
            return "copying";
        }

        @Override
        public void step(BatchState state, float[] actions) {
            if (device == null) {
                throw new IllegalStateException("stepped before hostStateChanged: the device holds no state");
            }
            cpu.step(device, actions);
        }

        @Override
        public void hostStateChanged(BatchState state) {
            device = copy(state, device);
            uploads++;
        }

        @Override
        public void syncToHost(BatchState state) {
            copy(device, state);
            downloads++;
        }

        private static BatchState copy(BatchState from, BatchState to) {
            BatchState target = to != null ? to : new BatchState(from.config, from.envCount);
            for (int env = 0; env < from.envCount; env++) {
                from.copyEnv(env, target, env);
            }
            return target;
        }

        @Override
        public void close() {
            cpu.close();
        }
    }

    private static VectorEnv env(List<Level> levels, Backend backend, int envs) {
        EnvParams shortEpisodes = new EnvParams(EnvParams.defaults().physics(), 9, 100f, 0.1f, 4);
        return VectorEnv.builder(StaticConfig.medium(), ResetSource.roundRobin(levels)).envCount(envs)
                .observationType(ObservationType.SYMBOLIC_FLAT).actionType(ActionType.MULTI_DISCRETE)
                .envParams(shortEpisodes).backend(backend).build();
    }

    @Test
    void shouldGiveTheCpuResultsWhenTheBackendKeepsItsOwnState() {
        List<Level> levels = VectorEnvTest.sharedLevels("m");
        int envs = 8;
        try (CpuBackend cpuBackend = new CpuBackend(1); CopyingBackend device = new CopyingBackend();
                VectorEnv cpu = env(levels, cpuBackend, envs); VectorEnv copying = env(levels, device, envs)) {
            cpu.reset(5);
            copying.reset(5);
            SplittableRandom random = new SplittableRandom(6);
            int episodeEnds = 0;
            for (int k = 1; k <= 30; k++) {
                int[] actions = (int[]) ActionType.MULTI_DISCRETE.sample(cpu.staticParams(), random, envs);
                StepResult a = cpu.step(actions);
                StepResult b = copying.step(actions);
                assertArrayEquals(a.reward(), b.reward(), "reward at agent step " + k);
                assertArrayEquals(a.terminated(), b.terminated(), "terminated at agent step " + k);
                assertArrayEquals(a.truncated(), b.truncated(), "truncated at agent step " + k);
                assertArrayEquals(((SymbolicFlatObservation) cpu.observations()).buffer(),
                        ((SymbolicFlatObservation) copying.observations()).buffer(), "observation at step " + k);
                for (int env = 0; env < envs; env++) {
                    episodeEnds += a.terminated()[env] || a.truncated()[env] ? 1 : 0;
                }
            }
            assertTrue(episodeEnds >= envs * 2, "auto-resets happened: " + episodeEnds);
            // One upload per step that followed a reset (not one per reset env), one download per physics step.
            assertEquals(30 * copying.staticParams().frameSkip(), device.downloads);
            assertTrue(device.uploads >= 1 && device.uploads <= 31, "uploads " + device.uploads);
        }
    }

    @Test
    void shouldCheckABackendNameWhenTheBuilderIsTold() {
        StaticConfig config = StaticConfig.medium();
        ResetSource source = ResetSource.roundRobin(VectorEnvTest.sharedLevels("m"));
        assertThrows(IllegalArgumentException.class, () -> VectorEnv.builder(config, source).backend("tpu"));
        try (VectorEnv env = VectorEnv.builder(config, source).envCount(2).backend("cpu").build()) {
            env.reset(1);
            env.step(new int[2 * 6]);
            assertEquals("cpu", env.backend().name());
        }
    }
}
