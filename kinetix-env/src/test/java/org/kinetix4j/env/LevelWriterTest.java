package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.StaticConfig;

/** Writes levels in Kinetix's JSON format and reads them back. */
class LevelWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<Path> allLevels() {
        List<Path> files = new ArrayList<>();
        for (String size : List.of("s", "m", "l")) {
            files.addAll(LevelTestFiles.levels(size));
        }
        assertEquals(57, files.size(), "the checkout ships 10 S, 24 M and 23 L levels");
        return files;
    }

    @Test
    void shouldReadBackEveryShippedLevelBitForBit() {
        for (Path file : allLevels()) {
            Level level = LevelReader.read(file);
            Path written = dir.resolve(file.getParent().getFileName() + "_" + file.getFileName());
            LevelWriter.write(level, written);
            Level again = LevelReader.read(written);
            assertEquals(written.toString(), again.name());
            LevelAssertions.assertSameLevel(level, again, file.toString());
            // Writing the re-read level gives the same text: the format is a fixed point.
            assertEquals(LevelWriter.toJson(level), LevelWriter.toJson(again), file.toString());
        }
    }

    @Test
    void shouldWriteTheKeySetsTypesAndValuesOfEveryOriginalFile() throws IOException {
        for (Path file : allLevels()) {
            JsonNode original = JSON.readTree(file.toFile());
            JsonNode written = JSON.readTree(LevelWriter.toJson(LevelReader.read(file)));
            assertSameShape(original, written, file.getParent().getFileName() + "/" + file.getFileName() + ":$");
        }
    }

    /**
     * Same key sets (and key order) at every object level, same list lengths, same leaf kinds (boolean, integer,
     * float) and the same values once cast to float32 (the files store the float64 defaults of env_params, e.g.
     * dt 0.016666666666666666, which the port holds as float32).
     */
    private static void assertSameShape(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), path + ": expected an object, got " + actual);
            assertEquals(keys(expected), keys(actual), path + ": keys");
            for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
                String key = it.next();
                assertSameShape(expected.get(key), actual.get(key), path + "." + key);
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), path + ": expected a list, got " + actual);
            assertEquals(expected.size(), actual.size(), path + ": length");
            for (int i = 0; i < expected.size(); i++) {
                assertSameShape(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isBoolean()) {
            assertTrue(actual.isBoolean(), path + ": expected a boolean, got " + actual);
            assertEquals(expected.booleanValue(), actual.booleanValue(), path);
        } else if (expected.isIntegralNumber()) {
            assertTrue(actual.isIntegralNumber(), path + ": expected an integer, got " + actual);
            assertEquals(expected.longValue(), actual.longValue(), path);
        } else if (expected.isFloatingPointNumber()) {
            assertTrue(actual.isFloatingPointNumber(), path + ": expected a float, got " + actual);
            assertEquals(Float.floatToRawIntBits((float) expected.doubleValue()),
                    Float.floatToRawIntBits((float) actual.doubleValue()),
                    path + ": expected " + expected + " got " + actual);
        } else {
            fail(path + ": unexpected JSON value " + expected);
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void shouldWriteFloat32ValuesAtFullDoublePrecision() {
        Level level = LevelReader.read(LevelTestFiles.level("s/h2_one_wheel_car"));
        String json = LevelWriter.toJson(level);
        // The floor's position y as Kinetix writes it, and the float32 1/60 (not the float64 of the file).
        assertTrue(json.contains("\"position\":{\"0\":2.5,\"1\":-4.800000190734863}"), json.substring(0, 200));
        assertTrue(json.contains("\"dt\":0.01666666753590107"), json);
        assertTrue(json.contains("\"clip_position\":15,"), json);
        assertTrue(json.contains("\"screen_dim\":{\"0\":500,\"1\":500}"), json);
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void shouldCaptureAnySlotOfABatchWithItsCurrentManifolds() throws IOException {
        StaticConfig config = StaticConfig.medium();
        BatchState batch = new BatchState(config, 3);
        EnvTables tables = new EnvTables(config, 3);
        List<Level> levels = List.of(LevelReader.read(LevelTestFiles.level("m/h1_car_left")),
                LevelReader.read(LevelTestFiles.level("m/h5_angry_birds")),
                LevelReader.read(LevelTestFiles.level("m/h7_car_flip")));
        for (int env = 0; env < 3; env++) {
            levels.get(env).copyInto(batch, tables, env);
        }
        SimParams slotParams = SimParams.defaults().withDt(1f / 50f);
        batch.setParams(1, slotParams);
        float[] actions = new float[3 * config.actionSize()];
        Arrays.fill(actions, 1f);
        try (CpuBackend backend = new CpuBackend(1)) {
            for (int step = 0; step < 20; step++) {
                backend.step(batch, actions);
            }
        }
        Level captured = Level.capture("captured", batch, tables, 1, levels.get(1).staticParams(),
                levels.get(1).envParams());
        assertEquals(slotParams, captured.envParams().physics(), "the slot's own physics parameters");
        assertEquals(slotParams, captured.state().params(0));
        // The capture is a copy: stepping the batch further does not change it.
        BatchState expected = new BatchState(config, 1);
        batch.copyEnv(1, expected, 0);
        try (CpuBackend backend = new CpuBackend(1)) {
            backend.step(batch, actions);
        }
        LevelAssertions.assertSameState(expected, captured.state(), "captured slot");

        JsonNode es = LevelWriter.toTree(captured).get("env_state");
        ManifoldTable rr = captured.state().polyPolyManifolds;
        ManifoldTable cr = captured.state().circlePolyManifolds;
        int activeContacts = 0;
        assertEquals(2 * config.numPolyPolyPairs(), es.get("acc_rr_manifolds").size());
        for (int point = 0; point < rr.pointsPerEnv; point++) {
            assertManifold(rr, point, es.get("acc_rr_manifolds").get(point), "rr " + point);
            activeContacts += rr.active[point] ? 1 : 0;
        }
        for (int point = 0; point < cr.pointsPerEnv; point++) {
            assertManifold(cr, point, es.get("acc_cr_manifolds").get(point), "cr " + point);
            activeContacts += cr.active[point] ? 1 : 0;
        }
        assertTrue(activeContacts > 0, "the level rests on the floor after 20 steps");
        assertEquals(captured.state().gravityY[0], (float) es.get("gravity").get("1").doubleValue());

        // Saved and re-read, everything but the warm-start manifolds (the reader zeroes them) comes back.
        Path file = dir.resolve("captured.json");
        LevelWriter.write(captured, file);
        Level again = LevelReader.read(file);
        assertEquals(captured.envParams(), again.envParams());
        LevelAssertions.assertSameArrays(captured.state().shapes, again.state().shapes, "shapes");
        LevelAssertions.assertSameArrays(captured.state().joints, again.state().joints, "joints");
        LevelAssertions.assertSameArrays(captured.state().thrusters, again.state().thrusters, "thrusters");
        LevelAssertions.assertSameArrays(captured.tables(), again.tables(), "tables");
        assertArrayEquals(captured.state().collisionMatrix, again.state().collisionMatrix);
        assertFalse(again.state().polyPolyManifolds.active[0] || again.state().circlePolyManifolds.active[0]);
    }

    private static void assertManifold(ManifoldTable m, int point, JsonNode o, String message) {
        assertEquals(m.active[point], o.get("active").booleanValue(), message);
        assertEquals(m.normalX[point], (float) o.get("normal").get("0").doubleValue(), message);
        assertEquals(m.normalY[point], (float) o.get("normal").get("1").doubleValue(), message);
        assertEquals(m.penetration[point], (float) o.get("penetration").doubleValue(), message);
        assertEquals(m.collisionPointX[point], (float) o.get("collision_point").get("0").doubleValue(), message);
        assertEquals(m.collisionPointY[point], (float) o.get("collision_point").get("1").doubleValue(), message);
        assertEquals(m.accImpulseNormal[point], (float) o.get("acc_impulse_normal").doubleValue(), message);
        assertEquals(m.accImpulseTangent[point], (float) o.get("acc_impulse_tangent").doubleValue(), message);
        assertEquals(m.restitutionVelocityTarget[point],
                (float) o.get("restitution_velocity_target").doubleValue(), message);
    }

    @Test
    void shouldRejectACaptureWhoseStaticParamsDoNotMatchTheBatch() {
        BatchState batch = new BatchState(StaticConfig.medium(), 2);
        EnvTables tables = new EnvTables(StaticConfig.medium(), 2);
        KinetixStaticParams small = KinetixStaticParams.forConfig(StaticConfig.small());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Level.capture("x", batch, tables, 0, small, EnvParams.defaults()));
        assertTrue(e.getMessage().contains("M (polygons=6") && e.getMessage().contains("S (polygons=5"),
                e.getMessage());
        KinetixStaticParams medium = KinetixStaticParams.forConfig(StaticConfig.medium());
        assertThrows(IndexOutOfBoundsException.class,
                () -> Level.capture("x", batch, tables, 2, medium, EnvParams.defaults()));
    }

    @Test
    void shouldReplaceAFileAtomicallyLeavingNoTemporaryFile() throws IOException {
        Path file = dir.resolve("level.json");
        LevelWriter.write(LevelReader.read(LevelTestFiles.level("s/h0_weak_thrust")), file);
        Level second = LevelReader.read(LevelTestFiles.level("s/h4_thrust_aim"));
        LevelWriter.write(second, file);
        assertEquals(List.of(file), listDir());
        assertEquals(LevelWriter.toJson(second), Files.readString(file));
        // Permissions as any new file gets (not the owner-only 0600 of Files.createTempFile).
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    @Test
    void shouldLeaveTheOldFileIntactWhenTheLevelCannotBeSerialised() throws IOException {
        Path file = dir.resolve("level.json");
        Level level = LevelReader.read(LevelTestFiles.level("s/h2_one_wheel_car"));
        LevelWriter.write(level, file);
        byte[] before = Files.readAllBytes(file);
        level.state().shapes.positionY[level.state().shapes.row(0, 5)] = Float.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LevelWriter.write(level, file));
        assertTrue(e.getMessage().contains("env_state.circle[0].position.1=NaN"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listDir());
    }

    @Test
    void shouldFailWithoutTouchingADirectoryInTheTargetsPlace() throws IOException {
        Path target = Files.createDirectory(dir.resolve("level.json"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "keep");
        Level level = LevelReader.read(LevelTestFiles.level("s/h2_one_wheel_car"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LevelWriter.write(level, target));
        assertTrue(e.getMessage().contains("level.json"), e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals("keep", Files.readString(inside));
        assertEquals(List.of(target), listDir());
    }

    @Test
    void shouldFailWhenTheDirectoryDoesNotExist() {
        Level level = LevelReader.read(LevelTestFiles.level("s/h2_one_wheel_car"));
        Path file = dir.resolve("missing").resolve("level.json");
        assertThrows(UncheckedIOException.class, () -> LevelWriter.write(level, file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void shouldLeaveTheOldFileIntactWhenTheDirectoryIsNotWritable() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("readonly"));
        Path file = sub.resolve("level.json");
        Level level = LevelReader.read(LevelTestFiles.level("s/h2_one_wheel_car"));
        LevelWriter.write(level, file);
        byte[] before = Files.readAllBytes(file);
        Level other = LevelReader.read(LevelTestFiles.level("s/h4_thrust_aim"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(sub), "running as root: permissions are not enforced");
            assertThrows(UncheckedIOException.class, () -> LevelWriter.write(other, file));
            assertArrayEquals(before, Files.readAllBytes(file));
            try (Stream<Path> files = Files.list(sub)) {
                assertEquals(List.of(file), files.toList());
            }
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertNotEquals(0, before.length);
    }

    private List<Path> listDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
