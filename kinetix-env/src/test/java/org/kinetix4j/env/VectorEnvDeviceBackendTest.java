package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.levels.LevelBuilder;
import org.kinetix4j.env.obs.ObservationBuilder;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.HostView;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * {@link VectorEnv} with a backend that, like a GPU backend, steps its own copy of the state: it takes the host
 * arrays only in {@link Backend#hostStateChanged} and gives its results back only in {@link Backend#syncToHost},
 * and for {@link HostView#ENV_READS} only those arrays, the host keeping stale solver caches until a full sync.
 * If the env forgot a call (after a reset, an auto-reset, before reading rewards), read an array the view leaves
 * behind, or handed stale caches back at a reset, its results would drift from the same env on the CPU backend;
 * they must be identical, resets and auto-resets included, and so must the whole state at the end.
 */
class VectorEnvDeviceBackendTest {
    private static final int ENVS = 8;
    private static final int AGENT_STEPS = 40;

    /** A CPU backend behind a private copy of the state, as a device backend keeps one. */
    static class CopyingBackend implements Backend {
        private final CpuBackend cpu = new CpuBackend(1);
        private BatchState device;
        int uploads;
        int fullSyncs;
        int envReadSyncs;

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
            fullSyncs++;
        }

        @Override
        public void syncToHost(BatchState state, HostView view) {
            if (view == HostView.ALL) {
                syncToHost(state);
                return;
            }
            copyEnvReads(device, state);
            envReadSyncs++;
        }

        /** Copies the arrays of {@link HostView#ENV_READS}, and nothing else, from the device's copy. */
        void copyEnvReads(BatchState from, BatchState to) {
            List<Object> source = HostView.envReads(from);
            List<Object> target = HostView.envReads(to);
            for (int i = 0; i < source.size(); i++) {
                System.arraycopy(source.get(i), 0, target.get(i), 0, Array.getLength(source.get(i)));
            }
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

    /** A device that forgets one array of {@link HostView#ENV_READS}, as a view missing an array the env reads. */
    static final class ForgetfulViewBackend extends CopyingBackend {
        private final int forgotten;

        ForgetfulViewBackend(int forgotten) {
            this.forgotten = forgotten;
        }

        @Override
        void copyEnvReads(BatchState from, BatchState to) {
            List<Object> source = HostView.envReads(from);
            List<Object> target = HostView.envReads(to);
            for (int i = 0; i < source.size(); i++) {
                if (i != forgotten) {
                    System.arraycopy(source.get(i), 0, target.get(i), 0, Array.getLength(source.get(i)));
                }
            }
        }
    }

    /**
     * A device whose full sync copies only {@link HostView#ENV_READS}: what an env that reset without completing
     * the host first would see. The upload after each reset then hands stale solver caches back for every env.
     */
    static final class StaleCachesBackend extends CopyingBackend {
        private boolean finalSync;

        @Override
        public void syncToHost(BatchState state) {
            if (finalSync) {
                super.syncToHost(state);
            } else {
                syncToHost(state, HostView.ENV_READS);
            }
        }
    }

    private static VectorEnv env(List<Level> levels, Backend backend, ObservationType observationType,
            AutoresetMode autoresetMode) {
        EnvParams shortEpisodes = new EnvParams(EnvParams.defaults().physics(), 6, 100f, 0.1f, 4);
        return VectorEnv.builder(levels.get(0).state().config, ResetSource.roundRobin(levels)).envCount(ENVS)
                .observationType(observationType).actionType(ActionType.MULTI_DISCRETE)
                .autoresetMode(autoresetMode).envParams(shortEpisodes).backend(backend).build();
    }

    /**
     * Runs the same actions through the env on the CPU backend and on {@code device}; asserts rewards, flags,
     * observations, final observations and info at every agent step, then (after the env's full sync) the whole
     * state. Returns how many episodes ended.
     */
    private static int assertSameAsCpu(CopyingBackend device, List<Level> levels, ObservationType observationType,
            AutoresetMode autoresetMode) {
        int episodeEnds = 0;
        try (CpuBackend cpuBackend = new CpuBackend(1);
                VectorEnv cpu = env(levels, cpuBackend, observationType, autoresetMode);
                VectorEnv copying = env(levels, device, observationType, autoresetMode)) {
            cpu.reset(5);
            copying.reset(5);
            SplittableRandom random = new SplittableRandom(6);
            for (int k = 1; k <= AGENT_STEPS; k++) {
                int[] actions = (int[]) ActionType.MULTI_DISCRETE.sample(cpu.staticParams(), random, ENVS);
                StepResult a = cpu.step(actions);
                StepResult b = copying.step(actions);
                String at = " at agent step " + k;
                assertArrayEquals(a.reward(), b.reward(), "reward" + at);
                assertArrayEquals(a.terminated(), b.terminated(), "terminated" + at);
                assertArrayEquals(a.truncated(), b.truncated(), "truncated" + at);
                LevelAssertions.assertSameArrays(a.info(), b.info(), "info" + at);
                assertSameObservations(a.observations(), b.observations(), "observation" + at);
                if (a.info().finalObservation != null) {
                    assertSameObservations(a.info().finalObservation, b.info().finalObservation,
                            "final observation" + at);
                }
                for (int env = 0; env < ENVS; env++) {
                    episodeEnds += a.terminated()[env] || a.truncated()[env] ? 1 : 0;
                }
                // Every third step one more env restarts, so that episodes end at different steps and most
                // resets leave other envs mid-episode, their solver caches on the device.
                boolean[] restart = new boolean[ENVS];
                restart[(k / 3) % ENVS] = k % 3 == 0;
                for (int env = 0; env < ENVS; env++) {
                    boolean ended = a.terminated()[env] || a.truncated()[env];
                    restart[env] |= autoresetMode == AutoresetMode.DISABLED && ended;
                }
                assertSameObservations(cpu.reset(100 + k, restart).observations(),
                        copying.reset(100 + k, restart).observations(), "observation after the restarts" + at);
            }
            if (device instanceof StaleCachesBackend stale) {
                stale.finalSync = true;
            }
            LevelAssertions.assertSameState(cpu.state(), copying.state(), "final state");
        }
        return episodeEnds;
    }

    private static void assertSameObservations(ObservationBuilder expected, ObservationBuilder actual,
            String message) {
        for (int env = 0; env < expected.envCount(); env++) {
            Object a = expected.observation(env);
            Object b = actual.observation(env);
            if (a instanceof Map<?, ?> map) {
                for (var entry : map.entrySet()) {
                    if (!Objects.deepEquals(entry.getValue(), ((Map<?, ?>) b).get(entry.getKey()))) {
                        fail(message + ", env " + env + ", " + entry.getKey());
                    }
                }
            } else if (!Objects.deepEquals(a, b)) {
                fail(message + ", env " + env);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ObservationType.class)
    void shouldGiveTheCpuResultsWhenTheBackendKeepsItsOwnState(ObservationType observationType) {
        CopyingBackend device = new CopyingBackend();
        int episodeEnds = assertSameAsCpu(device, VectorEnvTest.sharedLevels("m"), observationType,
                AutoresetMode.SAME_STEP);
        assertTrue(episodeEnds >= ENVS * 4, "auto-resets happened: " + episodeEnds);
        int frameSkip = KinetixStaticParams.forConfig(StaticConfig.medium()).frameSkip();
        // Every physics step syncs only what the env reads; a full sync only before the resets of a step (once,
        // however many envs reset) and for state(); one upload per step that followed a reset.
        assertEquals(AGENT_STEPS * frameSkip, device.envReadSyncs);
        assertTrue(device.fullSyncs >= 2 && device.fullSyncs <= AGENT_STEPS + 1, "full syncs " + device.fullSyncs);
        assertTrue(device.uploads >= 2 && device.uploads <= AGENT_STEPS + 1, "uploads " + device.uploads);
    }

    @ParameterizedTest
    @EnumSource(value = AutoresetMode.class, names = {"NEXT_STEP", "DISABLED"})
    void shouldGiveTheCpuResultsWithEveryWayOfResetting(AutoresetMode autoresetMode) {
        int episodeEnds = assertSameAsCpu(new CopyingBackend(), VectorEnvTest.sharedLevels("m"),
                ObservationType.SYMBOLIC_ENTITY, autoresetMode);
        assertTrue(episodeEnds >= ENVS * 4, "resets happened: " + episodeEnds);
    }

    /**
     * The comparison above has teeth: a view that forgets an array the env reads makes it fail. Positions and
     * velocities feed every symbolic observation, contact flags the reward and the entity observation's contact
     * mask, joint and thruster world positions the pixels. Status is read only when a step goes non-finite,
     * which these levels never do.
     */
    @Test
    void shouldNoticeAViewThatLeavesBehindAnArrayTheEnvReads() {
        List<Level> levels = new ArrayList<>(VectorEnvTest.sharedLevels("m"));
        levels.add(1, circlesTouching());
        BatchState names = new BatchState(StaticConfig.medium(), 1);
        List<Object> envReads = HostView.envReads(names);
        for (int forgotten = 0; forgotten < envReads.size(); forgotten++) {
            Object array = envReads.get(forgotten);
            if (array == names.status) {
                continue;
            }
            ObservationType observationType = array == names.joints.globalPositionX
                    || array == names.joints.globalPositionY || array == names.thrusters.globalPositionX
                    || array == names.thrusters.globalPositionY ? ObservationType.PIXELS
                    : ObservationType.SYMBOLIC_ENTITY;
            int index = forgotten;
            assertThrows(AssertionError.class, () -> assertSameAsCpu(new ForgetfulViewBackend(index), levels,
                    observationType, AutoresetMode.SAME_STEP),
                    "leaving HostView.envReads array " + index + " behind went unnoticed");
        }
    }

    /** And a reset that hands stale solver caches back to the device changes the other envs' trajectories. */
    @Test
    void shouldNoticeStaleCachesHandedBackAtAReset() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertSameAsCpu(new StaleCachesBackend(),
                VectorEnvTest.sharedLevels("m"), ObservationType.SYMBOLIC_FLAT, AutoresetMode.SAME_STEP));
        assertTrue(error.getMessage().contains("at agent step"), "diverged while stepping: " + error.getMessage());
    }

    /** Green falls onto a fixed blue circle: no shared level has a circle–circle contact to reward. */
    private static Level circlesTouching() {
        LevelBuilder builder = new LevelBuilder(LevelSize.M);
        builder.fixedCircle(2.5f, 1f, 0.4f, Role.BLUE);
        builder.circle(2.5f, 1.9f, 0.4f, Role.GREEN);
        return builder.build("circles touching");
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
