package org.kinetix4j.render.gl;

/** No OpenGL 3.3 context could be created; the message lists every way that was tried and why it failed. */
public final class GlUnavailableException extends RuntimeException {
    /** An exception with {@code message}. */
    public GlUnavailableException(String message) {
        super(message);
    }
}
