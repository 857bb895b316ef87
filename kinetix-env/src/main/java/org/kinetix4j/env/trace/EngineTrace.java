package org.kinetix4j.env.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine trace in the format of {@code shared/golden/README.md} (JSON Lines: a header, then one line per
 * physics step with the action and every polygon then circle slot's [active, x, y, rotation, vx, vy, ω]) —
 * the format the golden Kinetix.js trajectories use and {@code kinetix simulate} writes.
 *
 * @param file   where it was read from
 * @param header the header line
 * @param steps  the step lines in file order
 */
public record EngineTrace(Path file, JsonNode header, List<Step> steps) {

    /** Values per slot in a step line: active, x, y, rotation, vx, vy, angular velocity. */
    public static final int SLOT_WIDTH = 7;

    /**
     * One physics step.
     *
     * @param t        step number, 1-based
     * @param action   the raw engine action (J motor entries, then T thruster entries)
     * @param terminal the engine's contact flag: +1 green touched blue, −1 green touched red, else 0
     * @param slots    per slot (polygons, then circles): active, x, y, rotation, vx, vy, ω
     */
    public record Step(int t, float[] action, int terminal, double[][] slots) {
    }

    /** Reads a trace file; the message of any failure names the file and line. */
    public static EngineTrace read(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new IllegalArgumentException(file + ": empty trace, expected a header line");
            }
            JsonNode header = mapper.readTree(first);
            List<Step> steps = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    steps.add(parseStep(mapper.readTree(line), file, lineNumber));
                }
            }
            return new EngineTrace(file, header, List.copyOf(steps));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace " + file + ": " + e.getMessage(), e);
        }
    }

    private static Step parseStep(JsonNode node, Path file, int lineNumber) {
        JsonNode slotsNode = node.get("slots");
        if (!node.has("t") || slotsNode == null || !slotsNode.isArray()) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": expected a step line with t and slots");
        }
        double[][] slots = new double[slotsNode.size()][];
        for (int i = 0; i < slots.length; i++) {
            JsonNode slot = slotsNode.get(i);
            if (slot.size() != SLOT_WIDTH) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": slots[" + i + "] has " + slot.size()
                        + " values, expected " + SLOT_WIDTH);
            }
            slots[i] = new double[SLOT_WIDTH];
            for (int k = 0; k < SLOT_WIDTH; k++) {
                slots[i][k] = slot.get(k).asDouble();
            }
        }
        return new Step(node.get("t").asInt(), floats(node.get("action")), node.path("terminal").asInt(0), slots);
    }

    /**
     * The action vectors to replay: the header's {@code action_sequence} when present (golden traces), else each
     * step line's {@code action}.
     */
    public List<float[]> actionSequence() {
        JsonNode sequence = header.get("action_sequence");
        List<float[]> actions = new ArrayList<>();
        if (sequence != null && sequence.isArray()) {
            for (JsonNode action : sequence) {
                actions.add(floats(action));
            }
        } else {
            for (Step step : steps) {
                actions.add(step.action());
            }
        }
        return actions;
    }

    private static float[] floats(JsonNode array) {
        if (array == null || !array.isArray()) {
            return new float[0];
        }
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }
}
