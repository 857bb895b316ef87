package org.kinetix4j.env;

/**
 * A level file that cannot be turned into a {@link Level}: malformed JSON, a missing field, a value of the wrong
 * JSON type, a non-finite number, an index out of range, or fewer entries than the capacities announce.
 *
 * <p>The message reads {@code level file=<file>, path=<json path>: expected <what>, got <value>}, where the JSON
 * path uses {@code .key} for object members and {@code [i]} for JSON-array elements, e.g.
 * {@code env_state.polygon[4].vertices.2.1} or {@code env_state.joint[0].a_index}.
 */
public final class LevelFormatException extends IllegalArgumentException {
    /** Path of the root of the document. */
    public static final String ROOT = "$";

    private final String file;
    private final String path;

    /**
     * A format error.
     *
     * @param file     the level file (or the name the caller gave the stream)
     * @param path     JSON path of the offending value, {@link #ROOT} for the whole document
     * @param expected what a valid file holds there, e.g. "a finite number"
     * @param got      what this file holds there, as JSON text (or a description such as "nothing")
     */
    public LevelFormatException(String file, String path, String expected, String got) {
        super("level file=" + file + ", path=" + path + ": expected " + expected + ", got " + got);
        this.file = file;
        this.path = path;
    }

    /**
     * A format error with a cause (e.g. a JSON syntax error).
     *
     * @param file    the level file
     * @param path    JSON path of the offending value, {@link #ROOT} for the whole document
     * @param message what is wrong
     * @param cause   the underlying exception
     */
    public LevelFormatException(String file, String path, String message, Throwable cause) {
        super("level file=" + file + ", path=" + path + ": " + message, cause);
        this.file = file;
        this.path = path;
    }

    /** The level file (or stream name) the error was found in. */
    public String file() {
        return file;
    }

    /** JSON path of the offending value. */
    public String path() {
        return path;
    }
}
