package org.kinetix4j.render.edit;

/** The editor's tools, in panel and mouse-wheel order; digit keys 0–7 choose them when nothing is selected. */
public enum Tool {
    /** Select, drag to move, Shift-drag to rotate, Ctrl-drag to resize. */
    SELECT("select"),
    /** Click the centre, click again at the radius. */
    CIRCLE("circle"),
    /** Click one corner, click the opposite corner. */
    RECTANGLE("rectangle"),
    /** Click three vertices. */
    TRIANGLE("triangle"),
    /** Click 3 or 4 vertices of a convex polygon; Enter (or a click on the first vertex) closes a triangle. */
    POLYGON("polygon"),
    /** Click where two shapes overlap: a motorised hinge. */
    REVOLUTE_JOINT("revolute joint"),
    /** Click where two shapes overlap: a weld. */
    FIXED_JOINT("fixed joint"),
    /** Click on a shape to place, move to aim (thrust points away from the mouse), click to finish. */
    THRUSTER("thruster");

    private final String label;

    Tool(String label) {
        this.label = label;
    }

    /** Name in the panel. */
    public String label() {
        return label;
    }

    /** The next tool (mouse wheel), wrapping around; {@code direction} is +1 or −1. */
    public Tool cycle(int direction) {
        Tool[] all = values();
        return all[Math.floorMod(ordinal() + direction, all.length)];
    }
}
