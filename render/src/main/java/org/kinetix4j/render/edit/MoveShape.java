package org.kinetix4j.render.edit;

/**
 * Moves a shape by (dx, dy); its joints and thrusters go with it (their anchors are in the shape's frame).
 *
 * @param shape global shape index
 * @param dx    metres
 * @param dy    metres
 */
public record MoveShape(int shape, float dx, float dy) implements SlotCommand {
    @Override
    public String describe() {
        return "move shape";
    }

    @Override
    public void applyTo(LevelEdit edit) {
        edit.requireMovableShape(shape);
        int row = edit.shapeRow(shape);
        edit.shapes().positionX[row] += dx;
        edit.shapes().positionY[row] += dy;
    }
}
