package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed level files: each must fail with a message naming the file, the JSON path and the expectation. */
class LevelReaderMalformedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BASE = LevelTestFiles.level("s/h2_one_wheel_car");

    @TempDir
    Path dir;

    /** Writes the base level edited by {@code edit} to a temp file; returns the file. */
    private Path edited(String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(BASE.toFile());
        edit.accept(root);
        Path file = dir.resolve(name + ".json");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    /** Writes the base level's text with one literal replacement (for tokens Jackson will not write). */
    private Path replaced(String name, String from, String to) throws IOException {
        String text = Files.readString(BASE, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "fixture text not found: " + from);
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
        return file;
    }

    private static LevelFormatException assertRejected(Path file, String path, String... expected) {
        LevelFormatException e = assertThrows(LevelFormatException.class, () -> LevelReader.read(file));
        String message = e.getMessage();
        assertTrue(message.contains("level file=" + file), message);
        assertTrue(message.contains("path=" + path + ":"), message);
        for (String fragment : expected) {
            assertTrue(message.contains(fragment), "missing \"" + fragment + "\" in: " + message);
        }
        assertEquals(file.toString(), e.file());
        assertEquals(path, e.path());
        return e;
    }

    private static ObjectNode polygon(ObjectNode root, int slot) {
        return (ObjectNode) root.get("env_state").get("polygon").get(slot);
    }

    private static ObjectNode joint(ObjectNode root, int slot) {
        return (ObjectNode) root.get("env_state").get("joint").get(slot);
    }

    @Test
    void shouldNameAMissingField() throws IOException {
        Path file = edited("missing", root -> polygon(root, 4).remove("inverse_mass"));
        assertRejected(file, "env_state.polygon[4].inverse_mass", "expected a required field",
                "got nothing (the field is missing)");
    }

    @Test
    void shouldNameAMissingStaticParameter() throws IOException {
        Path file = edited("missing_static", root -> ((ObjectNode) root.get("static_env_params")).remove("frame_skip"));
        assertRejected(file, "static_env_params.frame_skip", "expected a required field");
    }

    @Test
    void shouldNameAStringWhereANumberIsExpected() throws IOException {
        Path file = edited("string", root -> ((ObjectNode) polygon(root, 4).get("vertices").get("2")).put("1", "0.1"));
        assertRejected(file, "env_state.polygon[4].vertices.2.1", "expected a finite number, got \"0.1\"");
    }

    @Test
    void shouldRejectNaN() throws IOException {
        Path file = replaced("nan", "\"inverse_inertia\": 100.92247009277344", "\"inverse_inertia\": NaN");
        assertRejected(file, "env_state.polygon[4].inverse_inertia", "expected a finite number", "got NaN");
    }

    @Test
    void shouldRejectNaNWrittenAsAString() throws IOException {
        Path file = edited("nan_string", root -> ((ObjectNode) polygon(root, 4).get("position")).put("0", "NaN"));
        assertRejected(file, "env_state.polygon[4].position.0", "expected a finite number, got \"NaN\"");
    }

    @Test
    void shouldRejectAValueBeyondFloat32() throws IOException {
        Path file = edited("huge", root -> ((ObjectNode) polygon(root, 4).get("velocity")).put("1", 1e39));
        assertRejected(file, "env_state.polygon[4].velocity.1", "expected a finite number (within float32 range)",
                "got 1.0E39");
    }

    @Test
    void shouldRejectFewerPolygonsThanTheCapacity() throws IOException {
        Path file = edited("fewer", root -> ((ObjectNode) root.get("static_env_params")).put("num_polygons", 7));
        assertRejected(file, "env_state.polygon", "expected at least 7 entries (static_env_params.num_polygons=7)",
                "got 5 entries");
    }

    @Test
    void shouldRejectMoreCirclesThanTheCapacity() throws IOException {
        Path file = edited("more_circles", root -> {
            ArrayNode circles = (ArrayNode) root.get("env_state").get("circle");
            circles.add(circles.get(0).deepCopy());
        });
        assertRejected(file, "env_state.circle", "expected exactly 2 entries", "got 3 entries");
    }

    @Test
    void shouldRejectAJointIndexOutOfRange() throws IOException {
        Path file = edited("joint_index", root -> joint(root, 0).put("a_index", 7));
        assertRejected(file, "env_state.joint[0].a_index",
                "expected a global shape index in [0, 6] (polygons 0..4, circles 5..6)", "got 7");
    }

    @Test
    void shouldRejectANegativeThrusterIndex() throws IOException {
        Path file = edited("thruster_index",
                root -> ((ObjectNode) root.get("env_state").get("thruster").get(0)).put("object_index", -1));
        assertRejected(file, "env_state.thruster[0].object_index", "expected a global shape index in [0, 6]");
    }

    @Test
    void shouldRejectAnActivePolygonWithSevenVertices() throws IOException {
        Path file = edited("vertices", root -> polygon(root, 4).put("n_vertices", 7));
        assertRejected(file, "env_state.polygon[4].n_vertices", "expected 3 or 4 (an active polygon), got 7");
    }

    @Test
    void shouldRejectAFractionalInteger() throws IOException {
        Path file = edited("fraction", root -> polygon(root, 4).put("collision_mode", 1.5));
        assertRejected(file, "env_state.polygon[4].collision_mode", "expected 0, 1 or 2, got 1.5");
    }

    @Test
    void shouldRejectAnOutOfRangeBindingOfAnActiveJoint() throws IOException {
        Path file = edited("binding", root -> joint(root, 0).put("motor_binding", 4));
        assertRejected(file, "env_state.joint[0].motor_binding",
                "expected an action channel in [0, 3] (static_env_params.num_motor_bindings=4), got 4");
    }

    @Test
    void shouldRejectANumberWhereAFlagIsExpected() throws IOException {
        Path file = edited("flag", root -> joint(root, 0).put("motor_on", 2));
        assertRejected(file, "env_state.joint[0].motor_on", "expected a boolean, got 2");
    }

    @Test
    void shouldRejectAVectorOfTheWrongLength() throws IOException {
        Path file = edited("vector", root -> ((ObjectNode) joint(root, 0).get("a_relative_pos")).put("2", 0.0));
        assertRejected(file, "env_state.joint[0].a_relative_pos", "expected an array of 2 numbers");
    }

    @Test
    void shouldRejectAnIndexObjectWithAGap() throws IOException {
        Path file = edited("gap", root -> {
            ObjectNode position = (ObjectNode) polygon(root, 4).get("position");
            position.set("2", position.remove("1"));
        });
        assertRejected(file, "env_state.polygon[4].position", "expected an array of 2 numbers",
                "(a JSON array or an object with keys \"0\"..\"1\")");
    }

    @Test
    void shouldRejectAnUnsupportedVertexCapacity() throws IOException {
        Path file = edited("max_vertices",
                root -> ((ObjectNode) root.get("static_env_params")).put("max_polygon_vertices", 8));
        assertRejected(file, "static_env_params.max_polygon_vertices", "expected 4", "got 8");
    }

    @Test
    void shouldRejectANonPositiveTimeStep() throws IOException {
        Path file = edited("dt", root -> ((ObjectNode) root.get("env_params")).put("dt", 0.0));
        assertRejected(file, "env_params.dt", "expected a finite number > 0, got 0.0");
    }

    @Test
    void shouldRejectMalformedJson() throws IOException {
        Path file = replaced("syntax", "\"env_params\":", "\"env_params\"");
        assertRejected(file, LevelFormatException.ROOT, "malformed JSON at line");
    }

    @Test
    void shouldRejectADocumentThatIsNotAnObject() throws IOException {
        Path file = dir.resolve("array.json");
        Files.writeString(file, "[1, 2]");
        assertRejected(file, LevelFormatException.ROOT, "expected a JSON object", "got [1,2]");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertRejected(empty, LevelFormatException.ROOT, "got an empty document");
    }

    @Test
    void shouldReportAnUnreadableFileAsAnIoError() {
        assertThrows(UncheckedIOException.class, () -> LevelReader.read(dir.resolve("absent.json")));
    }
}
