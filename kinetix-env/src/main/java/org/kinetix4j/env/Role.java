package org.kinetix4j.env;

/** Shape roles (spec kinetix.md §1.3) with their codes in level files and their colours. */
public enum Role {
    /** No role: grey. */
    NONE(0, 160, 160, 160),
    /** The shape to deliver: green. */
    GREEN(1, 0, 204, 0),
    /** The goal: blue. */
    BLUE(2, 0, 102, 204),
    /** Death objects: red. */
    RED(3, 255, 102, 102);

    /** Integer code in level files and observations. */
    public final int code;
    /** Colour, 0–255. */
    public final int red;
    /** Colour, 0–255. */
    public final int green;
    /** Colour, 0–255. */
    public final int blue;

    Role(int code, int red, int green, int blue) {
        this.code = code;
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** The role with code {@code code}. */
    public static Role of(int code) {
        if (code < 0 || code >= values().length) {
            throw new IllegalArgumentException("role=" + code + " must be 0..3");
        }
        return values()[code];
    }
}
