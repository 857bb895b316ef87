package org.kinetix4j.render.edit;

/**
 * Adds a thruster on {@code shape} at a world point, pushing along world angle {@code direction} (stored relative
 * to the shape's rotation), binding 0.
 *
 * @param shape     parent shape (global index)
 * @param x         anchor x, m
 * @param y         anchor y, m
 * @param direction thrust direction in the world, radians (0 = +x)
 * @param power     thrust at full command is power × 10 N; Kinetix's tool uses the parent's mass (1 if fixated)
 */
public record AddThruster(int shape, float x, float y, float direction, float power) implements SlotCommand {
    @Override
    public String describe() {
        return "add thruster";
    }

    @Override
    public void applyTo(LevelEdit edit) {
        edit.requireShape(shape);
        float[] local = AddJoint.toLocal(edit.shapes(), edit.shapeRow(shape), x, y);
        float rotation = direction - edit.shapes().rotation[edit.shapeRow(shape)];
        int slot = edit.scene.addThruster(shape, local[0], local[1], rotation, power);
        edit.tables.thrusterBinding[edit.tables.thrusterRow(0, slot)] = 0;
    }

    /** Kinetix's default power for a thruster on {@code shape}: its mass, or 1 when it is fixated. */
    public static float defaultPower(LevelEdit edit, int shape) {
        return edit.fixated(shape) ? 1f : edit.mass(shape);
    }
}
