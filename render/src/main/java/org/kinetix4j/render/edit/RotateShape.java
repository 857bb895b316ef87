package org.kinetix4j.render.edit;

/**
 * Rotates a shape about its centre by {@code angle} radians (counter-clockwise).
 *
 * @param shape global shape index
 * @param angle radians
 */
public record RotateShape(int shape, float angle) implements SlotCommand {
    @Override
    public String describe() {
        return "rotate shape";
    }

    @Override
    public void applyTo(LevelEdit edit) {
        edit.requireMovableShape(shape);
        edit.shapes().rotation[edit.shapeRow(shape)] += angle;
    }
}
