package org.kinetix4j.env.spaces;

/** Element type of a {@link Space}, and the Java primitive array its values are held in. */
public enum DType {
    /** 32-bit float, held in {@code float[]}. */
    FLOAT32("float32"),
    /** 32-bit signed integer, held in {@code int[]}. */
    INT32("int32"),
    /** Boolean, held in {@code boolean[]}. */
    BOOL("bool");

    private final String numpyName;

    DType(String numpyName) {
        this.numpyName = numpyName;
    }

    /** The NumPy name ("float32", "int32", "bool"), as Gymnasium prints it. */
    public String numpyName() {
        return numpyName;
    }
}
