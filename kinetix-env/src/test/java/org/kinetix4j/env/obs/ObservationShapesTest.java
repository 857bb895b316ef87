package org.kinetix4j.env.obs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.action.ActionMapper;
import org.kinetix4j.env.action.ActionType;
import org.kinetix4j.env.spaces.BoxSpace;
import org.kinetix4j.env.spaces.DictSpace;
import org.kinetix4j.env.spaces.MultiBinarySpace;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.CpuBackend;

class ObservationShapesTest {

    @ParameterizedTest
    @CsvSource({"s/h2_one_wheel_car, 140, 6, 41", "m/h7_car_flip, 247, 10, 45", "l/h4_cartpole, 679, 21, 59"})
    void shouldHaveTheSpecFlatLengthAndPaddedShape(String name, int length, int rows, int width) {
        Level level = ObsFixtures.level(name);
        KinetixStaticParams params = level.staticParams();
        SymbolicFlatObservation flat = new SymbolicFlatObservation(params, 3);
        assertEquals(length, flat.length());
        assertEquals(3 * length, flat.buffer().length);
        assertEquals(BoxSpace.of(-10, 10, length), flat.singleObservationSpace());
        flat.build(level.state(), level.tables(), 0);
        assertEquals(length, ((float[]) flat.observation(0)).length);

        SymbolicFlatPaddedObservation padded = new SymbolicFlatPaddedObservation(params, 3);
        assertEquals(rows, padded.rows());
        assertEquals(width, padded.width());
        assertEquals(3 * rows * width, padded.buffer().length);
        assertArrayEquals(new int[] {rows, width}, padded.singleObservationSpace().shape());
    }

    @ParameterizedTest
    @CsvSource({"s/h2_one_wheel_car, 5, 2, 1, 1", "m/h7_car_flip, 6, 3, 2, 2", "l/h4_cartpole, 12, 4, 6, 2"})
    void shouldHaveTheSpecEntityShapes(String name, int p, int c, int j, int t) {
        Level level = ObsFixtures.level(name);
        int n = p + c;
        SymbolicEntityObservation entity = new SymbolicEntityObservation(level.staticParams(), 2);
        DictSpace space = assertInstanceOf(DictSpace.class, entity.singleObservationSpace());
        assertEquals(List.of("polygons", "circles", "joints", "thrusters", "polygon_mask", "circle_mask", "joint_mask",
                "thruster_mask", "joint_indexes", "thruster_indexes", "attention_mask"),
                List.copyOf(space.spaces().keySet()));
        assertArrayEquals(new int[] {p, 27}, space.get("polygons").shape());
        assertArrayEquals(new int[] {c, 19}, space.get("circles").shape());
        assertArrayEquals(new int[] {2 * j, 22}, space.get("joints").shape());
        assertArrayEquals(new int[] {t, 8}, space.get("thrusters").shape());
        assertEquals(new MultiBinarySpace(p), space.get("polygon_mask"));
        assertEquals(new MultiBinarySpace(c), space.get("circle_mask"));
        assertEquals(new MultiBinarySpace(2 * j), space.get("joint_mask"));
        assertEquals(new MultiBinarySpace(t), space.get("thruster_mask"));
        assertEquals(BoxSpace.ofInts(0, n - 1, 2 * j, 2), space.get("joint_indexes"));
        assertEquals(BoxSpace.ofInts(0, n - 1, t), space.get("thruster_indexes"));
        assertEquals(new MultiBinarySpace(4, n, n), space.get("attention_mask"));

        assertEquals(2 * p * 27, entity.polygons().length);
        assertEquals(2 * c * 19, entity.circles().length);
        assertEquals(2 * 2 * j * 22, entity.joints().length);
        assertEquals(2 * t * 8, entity.thrusters().length);
        assertEquals(2 * p, entity.polygonMask().length);
        assertEquals(2 * c, entity.circleMask().length);
        assertEquals(2 * 2 * j, entity.jointMask().length);
        assertEquals(2 * t, entity.thrusterMask().length);
        assertEquals(2 * 2 * j * 2, entity.jointIndexes().length);
        assertEquals(2 * t, entity.thrusterIndexes().length);
        assertEquals(2 * 4 * n * n, entity.attentionMask().length);
    }

    /** Every shipped level, at reset and after 30 random agent steps, gives observations inside their spaces. */
    @ParameterizedTest
    @ValueSource(strings = {"s", "m", "l"})
    void shouldKeepEveryObservationOfEveryShippedLevelInsideItsDeclaredSpace(String folder) {
        List<Path> files = ObsFixtures.levelFiles(folder);
        assertTrue(files.size() >= 10, folder + " has " + files.size() + " levels");
        SplittableRandom rng = new SplittableRandom(folder.hashCode());
        try (CpuBackend backend = new CpuBackend(1)) {
            for (Path file : files) {
                Level level = LevelReader.read(file);
                KinetixStaticParams params = level.staticParams();
                ObsFixtures.Batch batch = ObsFixtures.batch(level, 1);
                List<ObservationBuilder> builders = List.of(new SymbolicFlatObservation(params, 1),
                        new SymbolicFlatPaddedObservation(params, 1), new SymbolicEntityObservation(params, 1));
                ActionMapper mapper = new ActionMapper(params, 1);
                float[] raw = mapper.newRawBuffer();
                for (int step = 0; step <= 30; step++) {
                    for (ObservationBuilder builder : builders) {
                        builder.build(batch.state(), batch.tables(), 0);
                        Space space = builder.singleObservationSpace();
                        Object obs = builder.observation(0);
                        assertTrue(space.contains(obs), () -> file + " " + builder.type() + " " + describe(space, obs));
                    }
                    mapper.mapMultiDiscrete((int[]) ActionType.MULTI_DISCRETE.sample(params, rng, 1), batch.state(),
                            batch.tables(), raw);
                    for (int k = 0; k < params.frameSkip(); k++) {
                        backend.step(batch.state(), raw);
                    }
                }
            }
        }
    }

    private static String describe(Space space, Object obs) {
        if (space instanceof DictSpace dict && obs instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Space> e : dict.spaces().entrySet()) {
                if (!e.getValue().contains(map.get(e.getKey()))) {
                    sb.append(e.getKey()).append(" not in ").append(e.getValue()).append("; ");
                }
            }
            return sb.toString();
        }
        return space.toString();
    }
}
