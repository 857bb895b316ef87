package org.kinetix4j.render.edit;

/**
 * Copies a shape (geometry, physics, role, density; not its joints or thrusters) into the first free slot of its
 * kind, offset by (+0.1, +0.1) m: Kinetix's Ctrl+C.
 *
 * @param shape global shape index of the original
 */
public record DuplicateShape(int shape) implements SlotCommand {
    /** Offset of the copy from the original, m. */
    static final float OFFSET = 0.1f;

    @Override
    public String describe() {
        return "duplicate shape";
    }

    @Override
    public void applyTo(LevelEdit edit) {
        edit.requireMovableShape(shape);
        int first = edit.isPolygon(shape) ? edit.config.numStaticFixatedPolys() : edit.config.numPolygons();
        int end = edit.isPolygon(shape) ? edit.config.numPolygons() : edit.config.numShapes();
        int copy = -1;
        for (int s = first; s < end && copy < 0; s++) {
            copy = edit.shapes().active[edit.shapeRow(s)] ? -1 : s;
        }
        if (copy < 0) {
            throw new IllegalStateException("no free " + (edit.isPolygon(shape) ? "polygon" : "circle") + " slot");
        }
        edit.shapes().copyRow(edit.shapeRow(shape), edit.shapes(), edit.shapeRow(copy));
        edit.tables.copyShapeRow(edit.tables.shapeRow(0, shape), edit.tables, edit.tables.shapeRow(0, copy));
        edit.shapes().positionX[edit.shapeRow(copy)] += OFFSET;
        edit.shapes().positionY[edit.shapeRow(copy)] += OFFSET;
    }
}
