package org.kinetix4j.render.edit;

import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.ShapeRef;

/**
 * Adds a dynamic circle (density 1, role none, collision mode 1), as Kinetix's circle tool commits it.
 *
 * @param x      centre x, m
 * @param y      centre y, m
 * @param radius radius, m
 */
public record AddCircle(float x, float y, float radius) implements SlotCommand {
    @Override
    public String describe() {
        return "add circle";
    }

    @Override
    public void applyTo(LevelEdit edit) {
        ShapeRef ref = edit.scene.addCircle(x, y, radius, BodyOptions.defaults().withCollisionMode(1));
        edit.tables.density[edit.tables.shapeRow(0, ref.shape())] = 1f;
        edit.tables.role[edit.tables.shapeRow(0, ref.shape())] = 0;
    }
}
