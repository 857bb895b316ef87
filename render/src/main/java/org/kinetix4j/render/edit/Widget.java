package org.kinetix4j.render.edit;

/**
 * One element of the editor panel: a button (with an action) or a label (without), in window pixels.
 *
 * @param x       left
 * @param y       top
 * @param width   width
 * @param height  height
 * @param text    what it shows
 * @param active  drawn highlighted (the current tool, a toggle that is on)
 * @param action  what a click does, or null for a label
 */
public record Widget(float x, float y, float width, float height, String text, boolean active, Runnable action) {
    /** Whether window point (px, py) is inside. */
    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }
}
