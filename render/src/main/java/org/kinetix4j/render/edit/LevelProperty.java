package org.kinetix4j.render.edit;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.physics2d.BatchState;

/** Properties of the level as a whole, shown when nothing is selected (spec kinetix.md §7.2, "nothing selected"). */
public enum LevelProperty implements Property {
    /** Vertical gravity, m/s² (Kinetix's panel: −20..0 in steps of 0.2). */
    GRAVITY("gravity y", -20f, 0f, 0.2f);

    private final Range range;

    LevelProperty(String label, float min, float max, float step) {
        this.range = new Range(label, min, max, step);
    }

    @Override
    public Range range() {
        return range;
    }

    /** {@inheritDoc} The index is ignored: there is one level. */
    @Override
    public float get(BatchState state, EnvTables tables, int index) {
        return state.gravityY[0];
    }

    /** {@inheritDoc} The index is ignored: there is one level. */
    @Override
    public void set(LevelEdit edit, int index, float value) {
        edit.state.gravityY[0] = value;
    }
}
