package org.kinetix4j.render.edit;

/**
 * Sets one property of a shape, joint or thruster to {@code value}, clamped to the property's range.
 *
 * @param index    the entity (global shape index, joint or thruster slot)
 * @param property which property
 * @param value    the new value (degrees for angles, 0/1 for toggles)
 */
public record SetProperty(int index, Property property, float value) implements SlotCommand {
    @Override
    public String describe() {
        return "set " + property.label() + " = " + property.format(Math.clamp(value, property.min(), property.max()));
    }

    @Override
    public void applyTo(LevelEdit edit) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(property.label() + "=" + value + " must be finite");
        }
        property.set(edit, index, Math.clamp(value, property.min(), property.max()));
    }
}
