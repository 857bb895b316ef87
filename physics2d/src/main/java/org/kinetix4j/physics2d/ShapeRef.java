package org.kinetix4j.physics2d;

/**
 * Where a shape was put: its slot in its own kind's table and its global shape index.
 *
 * @param slot    local index: polygon slot 0..P-1 or circle slot 0..C-1
 * @param shape   global ("unified") index: the polygon slot, or P + circle slot; joints and thrusters use this
 * @param polygon whether the shape is a polygon
 */
public record ShapeRef(int slot, int shape, boolean polygon) {
}
