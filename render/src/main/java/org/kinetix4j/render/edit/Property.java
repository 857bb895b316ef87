package org.kinetix4j.render.edit;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.physics2d.BatchState;

/**
 * One editable property of a shape, joint or thruster, with the range and step its panel row offers. Values are
 * floats; toggles use 0 and 1, angles are shown and set in degrees.
 */
public interface Property {
    /**
     * What a panel row shows and offers for a property, kept in one value so that each property enum stores it
     * the same way instead of repeating the fields and their accessors.
     *
     * @param label label in the panel
     * @param min   smallest value
     * @param max   largest value
     * @param step  change per click of the panel's − and + buttons
     */
    record Range(String label, float min, float max, float step) {
    }

    /** Label, range and step of this property. */
    Range range();

    /** Label in the panel. */
    default String label() {
        return range().label();
    }

    /** Smallest value. */
    default float min() {
        return range().min();
    }

    /** Largest value. */
    default float max() {
        return range().max();
    }

    /** Change per click of the panel's − and + buttons. */
    default float step() {
        return range().step();
    }

    /** Whether the value is on/off (0 or 1). */
    default boolean toggle() {
        return false;
    }

    /** The value for entity {@code index} of environment 0. */
    float get(BatchState state, EnvTables tables, int index);

    /** Sets the value, already clamped to [min, max], on entity {@code index}. */
    void set(LevelEdit edit, int index, float value);

    /** The value as the panel shows it. */
    default String format(float value) {
        if (toggle()) {
            return value != 0f ? "on" : "off";
        }
        return step() >= 1f ? String.valueOf(Math.round(value)) : String.format("%.2f", value);
    }
}
