package org.kinetix4j.render.ui;

/**
 * Where panels, the HUD and editor overlays draw: window pixels, origin top left, y down, colours
 * {@code 0xAARRGGBB}. The GL overlay implements it; tests may record the calls instead.
 */
public interface Canvas2D {
    /** A filled rectangle. */
    void rect(float x, float y, float width, float height, int argb);

    /** A straight line {@code width} pixels thick. */
    void line(float x0, float y0, float x1, float y1, float width, int argb);

    /** ASCII text with its top-left corner at (x, y). */
    void text(float x, float y, String text, int argb);

    /** Width of {@code text} in pixels. */
    float textWidth(String text);

    /** Height of a text line in pixels. */
    float lineHeight();
}
