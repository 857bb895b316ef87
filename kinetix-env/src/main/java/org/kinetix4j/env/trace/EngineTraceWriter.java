package org.kinetix4j.env.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.ShapeTable;

/**
 * Writes an engine trace (see {@link EngineTrace}) for one environment of a batch: a header line, then one line
 * per physics step. Floats are written as their shortest decimal, so reading them as float recovers them exactly.
 */
public final class EngineTraceWriter implements AutoCloseable {
    private final Writer out;
    private final JsonGenerator json;

    /** A writer onto {@code out}; the caller owns and closes {@code out} through {@link #close()}. */
    public EngineTraceWriter(Writer out) {
        this.out = out;
        try {
            this.json = new JsonFactory().createGenerator(out);
            json.setCodec(new ObjectMapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header line. */
    public void writeHeader(ObjectNode header) {
        try {
            json.writeTree(header);
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one step line: t, the action, the terminal flag and every slot of environment {@code env}. */
    public void writeStep(int t, float[] actions, int actionOffset, int actionSize, int terminal, BatchState state,
            int env) {
        try {
            json.writeStartObject();
            json.writeNumberField("t", t);
            json.writeArrayFieldStart("action");
            for (int k = 0; k < actionSize; k++) {
                json.writeNumber(actions[actionOffset + k]);
            }
            json.writeEndArray();
            json.writeNumberField("terminal", terminal);
            json.writeFieldName("slots");
            writeSlots(json, state, env);
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every polygon then circle slot of {@code env} as [active, x, y, rotation, vx, vy, ω]. */
    public static void writeSlots(JsonGenerator json, BatchState state, int env) throws IOException {
        ShapeTable s = state.shapes;
        json.writeStartArray();
        for (int shape = 0; shape < s.capacity; shape++) {
            int row = s.row(env, shape);
            json.writeStartArray();
            json.writeNumber(s.active[row] ? 1 : 0);
            json.writeNumber(s.positionX[row]);
            json.writeNumber(s.positionY[row]);
            json.writeNumber(s.rotation[row]);
            json.writeNumber(s.velocityX[row]);
            json.writeNumber(s.velocityY[row]);
            json.writeNumber(s.angularVelocity[row]);
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    @Override
    public void close() {
        try {
            json.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
