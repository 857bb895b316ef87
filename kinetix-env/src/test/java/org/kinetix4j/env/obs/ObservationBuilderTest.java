package org.kinetix4j.env.obs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;

/** Builder behaviour shared by the three symbolic observations: allocation, copying, factories, checks. */
class ObservationBuilderTest {
    private final Level large = ObsFixtures.level("l/h4_cartpole");

    private List<ObservationBuilder> builders(KinetixStaticParams params, int envCount) {
        return List.of(new SymbolicFlatObservation(params, envCount),
                new SymbolicFlatPaddedObservation(params, envCount), new SymbolicEntityObservation(params, envCount));
    }

    @Test
    void shouldAllocateNothingWhileBuilding() {
        ObsFixtures.Batch b = ObsFixtures.batch(large, 4);
        try (CpuBackend backend = new CpuBackend(1)) {
            backend.step(b.state(), new float[4 * b.state().config.actionSize()]);
        }
        ThreadMXBean bean = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        for (ObservationBuilder builder : builders(large.staticParams(), 4)) {
            for (int i = 0; i < 20_000; i++) {
                builder.build(b.state(), b.tables(), i & 3);
            }
            bean.getThreadAllocatedBytes(thread);
            long before = bean.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 1000; i++) {
                builder.build(b.state(), b.tables(), i & 3);
            }
            long after = bean.getThreadAllocatedBytes(thread);
            assertEquals(0, after - before, builder.type() + ": bytes allocated by 1000 builds after warm-up");
        }
    }

    @Test
    void shouldCopyAnEnvironmentsObservationIntoAnotherBuildersSlot() {
        ObsFixtures.Batch b = ObsFixtures.batch(large, 2);
        b.state().shapes.velocityX[b.state().shapes.row(1, 4)] = 1.25f;
        List<ObservationBuilder> source = builders(large.staticParams(), 2);
        List<ObservationBuilder> target = builders(large.staticParams(), 3);
        for (int k = 0; k < source.size(); k++) {
            ObservationBuilder from = source.get(k);
            ObservationBuilder to = target.get(k);
            from.buildAll(b.state(), b.tables());
            from.copyEnv(1, to, 2);
            ObsFixtures.assertSameObservation(from.observation(1), to.observation(2));
            to.build(b.state(), b.tables(), 0);
            ObsFixtures.assertSameObservation(from.observation(0), to.observation(0));
        }
    }

    @Test
    void shouldRefuseToCopyBetweenDifferentTypesOrSizes() {
        List<ObservationBuilder> large2 = builders(large.staticParams(), 2);
        List<ObservationBuilder> small2 = builders(KinetixStaticParams.forConfig(StaticConfig.small()), 2);
        for (int k = 0; k < 3; k++) {
            ObservationBuilder from = large2.get(k);
            ObservationBuilder otherType = large2.get((k + 1) % 3);
            ObservationBuilder otherSize = small2.get(k);
            assertThrows(IllegalArgumentException.class, () -> from.copyEnv(0, otherType, 0));
            assertThrows(IllegalArgumentException.class, () -> from.copyEnv(0, otherSize, 0));
            assertThrows(IndexOutOfBoundsException.class, () -> from.copyEnv(0, from, 2));
        }
    }

    @Test
    void shouldRejectStatesOfOtherCapacitiesAndEnvironmentsOutOfRange() {
        Level small = ObsFixtures.level("s/h2_one_wheel_car");
        for (ObservationBuilder builder : builders(large.staticParams(), 2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> builder.build(small.state(), small.tables(), 0));
            assertTrue(e.getMessage().contains("capacities"), e.getMessage());
            ObsFixtures.Batch three = ObsFixtures.batch(large, 3);
            assertThrows(IndexOutOfBoundsException.class, () -> builder.build(three.state(), three.tables(), 2));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> builder.build(large.state(), large.tables(), 1), "state has one env");
            assertThrows(IllegalArgumentException.class, () -> builder.buildAll(three.state(), three.tables()));
        }
    }

    @Test
    void shouldCreateBuildersThroughBothFactories() {
        KinetixStaticParams params = large.staticParams();
        StaticConfig config = params.physics();
        assertInstanceOf(SymbolicFlatObservation.class,
                Observations.create(ObservationType.SYMBOLIC_FLAT, config, params, EnvParams.defaults(), 2));
        assertInstanceOf(SymbolicFlatPaddedObservation.class,
                Observations.create(ObservationType.SYMBOLIC_FLAT_PADDED, config, params, EnvParams.defaults(), 2));
        ObservationBuilder entity =
                Observations.create(ObservationType.SYMBOLIC_ENTITY, config, params, EnvParams.defaults(), 2);
        assertEquals(ObservationType.SYMBOLIC_ENTITY, entity.type());
        assertEquals(2, entity.envCount());
        ObservationBuilder pixels = Observations.create(ObservationType.PIXELS, config, params, EnvParams.defaults(), 2);
        assertInstanceOf(PixelObservation.class, pixels);
        assertEquals(125 * 125 * 3, ((PixelObservation) pixels).imageSize(), "125 x 125 x 3 at downscale 4");
        assertThrows(IllegalArgumentException.class, () -> Observations.create(ObservationType.SYMBOLIC_FLAT,
                StaticConfig.small(), params, EnvParams.defaults(), 2));
        for (ObservationType type : ObservationType.values()) {
            assertEquals(type, type.newBuilder(params, 1).type());
            assertEquals(type, ObservationType.parse(type.configName()));
        }
    }

    @Test
    void shouldWidenTheRoleOneHotWithTheRoleCount() {
        EnvParams fiveRoles = new EnvParams(EnvParams.defaults().physics(), 256, 100f, 0.1f, 5);
        KinetixStaticParams params = large.staticParams();
        SymbolicFlatObservation flat = (SymbolicFlatObservation) Observations.create(ObservationType.SYMBOLIC_FLAT,
                params.physics(), params, fiveRoles, 1);
        assertEquals(679 + 9 + 4, flat.length(), "one more column per polygon row (9) and circle row (4)");
        SymbolicEntityObservation entity = new SymbolicEntityObservation(params.physics(), 4, 2, 5, 1);
        assertEquals(28, entity.polygonWidth());
        assertEquals(20, entity.circleWidth());
    }

    @Test
    void shouldBuildEveryEnvironmentIndependently() {
        ObsFixtures.Batch b = ObsFixtures.batch(large, 3);
        BatchState s = b.state();
        EnvTables t = b.tables();
        s.shapes.positionX[s.shapes.row(1, 4)] += 0.5f;
        for (ObservationBuilder builder : builders(large.staticParams(), 3)) {
            builder.buildAll(s, t);
            Object env0 = builder.observation(0);
            ObsFixtures.assertSameObservation(env0, builder.observation(2));
            builder.build(s, t, 1);
            ObsFixtures.assertSameObservation(env0, builder.observation(0));
        }
    }
}
