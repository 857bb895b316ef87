package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The OpenCL parity build against the CPU backend: the same batches and action streams, every array of the state
 * compared after every step, tolerance {@link DifferentialCheck#PARITY_TOLERANCE} (bit for bit).
 */
@Tag("opencl")
class OpenClDifferentialTest {
    /** Envs per random batch: 4 configs × 768 = 3072 random scenes, plus the switch variants. */
    private static final int RANDOM_ENVS = 768;
    private static final int RANDOM_STEPS = 60;

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of("S", StaticConfig.small()),
                Arguments.of("M", StaticConfig.medium()),
                Arguments.of("L", StaticConfig.large()),
                Arguments.of("jax2d default", StaticConfig.jax2dDefault()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void shouldMatchCpuBitForBitOnRandomScenes(String name, StaticConfig config) {
        BatchState batch = SceneSampler.randomBatch(config, RANDOM_ENVS, name.hashCode());
        DifferentialCheck.Report report =
                DifferentialCheck.compare(OpenClDevice.backend(true), List.of(batch), RANDOM_STEPS, 11);
        System.out.println(report.summary());
        report.assertWithin(DifferentialCheck.PARITY_TOLERANCE);
        assertEquals(RANDOM_ENVS, report.environments());
    }

    @Test
    void shouldMatchCpuBitForBitOnHandMadeLevels() {
        List<BatchState> batches = HandMadeLevels.batches(4);
        DifferentialCheck.Report report =
                DifferentialCheck.compare(OpenClDevice.backend(true), batches, 200, 5);
        System.out.println(report.summary());
        report.assertWithin(DifferentialCheck.PARITY_TOLERANCE);
        assertTrue(report.environments() >= 4 * 50, "expected the ~57 hand-made levels, got "
                + report.environments() / 4);
    }

    @Test
    void shouldFlagNonFiniteEnvironmentsExactlyAsCpu() {
        // Jax2D's default sizes with up to 12 rod joints per scene: some scenes blow up to NaN/inf.
        BatchState batch = SceneSampler.randomBatch(StaticConfig.jax2dDefault(), 256, 99);
        DifferentialCheck.Report report =
                DifferentialCheck.compare(OpenClDevice.backend(true), List.of(batch), 80, 3);
        report.assertWithin(DifferentialCheck.PARITY_TOLERANCE);
        assertTrue(report.nonFiniteCpu() > 0, "the scenes should drive some environments non-finite: "
                + report.summary());
    }

    static Stream<Arguments> switchVariants() {
        return Stream.of(
                Arguments.of("M without padding quirk", StaticConfig.medium().withPaddingQuirk(false)),
                Arguments.of("L without warm starting", StaticConfig.large().withWarmStarting(false)),
                Arguments.of("S, 3 iterations, batch size 4", new StaticConfig(5, 2, 1, 1, 4, 3, 4, true, 4, true)),
                Arguments.of("no circles, no joints, no thrusters", new StaticConfig(7, 0, 0, 0, 4, 10, 16, true, 4,
                        true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("switchVariants")
    void shouldMatchCpuForEveryCompiledSwitch(String name, StaticConfig config) {
        BatchState batch = SceneSampler.randomBatch(config, 128, 21);
        DifferentialCheck.compare(OpenClDevice.backend(true), List.of(batch), 40, 8)
                .assertWithin(DifferentialCheck.PARITY_TOLERANCE);
    }

    @Test
    void shouldUsePerEnvironmentParameters() {
        BatchState batch = SceneSampler.randomBatch(StaticConfig.large(), 96, 4);
        SplittableRandom random = new SplittableRandom(4);
        for (int env = 0; env < batch.envCount; env++) {
            SimParams d = SimParams.defaults();
            batch.setParams(env, new SimParams((float) random.nextDouble(0.005, 0.03), d.slop() * 2,
                    (float) random.nextDouble(1, 3), d.baumgarteCoefficientJointsP(), d.baumgarteCoefficientFJointAV(),
                    d.baumgarteCoefficientRJointLimitAV(), (float) random.nextDouble(0.1, 0.4), d.jointStiffness(),
                    (float) random.nextDouble(3, 15), (float) random.nextDouble(5, 100), d.clipAngularVelocity(),
                    d.baseMotorSpeed(), (float) random.nextDouble(100, 900), d.baseThrusterPower() * 3,
                    d.motorDecayCoefficient(), d.motorJointLimit(), (float) random.nextDouble(0.1, 1)));
            batch.gravityY[env] = (float) random.nextDouble(-15, 0);
            batch.gravityX[env] = (float) random.nextDouble(-2, 2);
        }
        DifferentialCheck.compare(OpenClDevice.backend(true), List.of(batch), 60, 2)
                .assertWithin(DifferentialCheck.PARITY_TOLERANCE);
    }
}
