package org.kinetix4j.render.edit;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.ThrusterTable;

/** The per-thruster properties of the editor panel (spec kinetix.md §7.2, "thrusters"). */
public enum ThrusterProperty implements Property {
    /** Thrust at full command is power × 10 N. */
    POWER("power", 0f, 10f, 0.1f),
    /** Thrust direction relative to the parent shape, degrees (0 = +x). */
    DIRECTION("direction deg", -180f, 180f, 15f),
    /** Action channel firing it (0 yellow, 1 magenta). */
    BINDING("binding", 0, 1, 1);

    private final Range range;

    ThrusterProperty(String label, float min, float max, float step) {
        this.range = new Range(label, min, max, step);
    }

    @Override
    public Range range() {
        return range;
    }

    @Override
    public float get(BatchState state, EnvTables tables, int thruster) {
        ThrusterTable thrusters = state.thrusters;
        int row = thrusters.row(0, thruster);
        return switch (this) {
            case POWER -> thrusters.power[row];
            case DIRECTION -> (float) Math.toDegrees(thrusters.rotation[row]);
            case BINDING -> tables.thrusterBinding[tables.thrusterRow(0, thruster)];
        };
    }

    @Override
    public void set(LevelEdit edit, int thruster, float value) {
        edit.requireThruster(thruster);
        ThrusterTable thrusters = edit.state.thrusters;
        int row = edit.thrusterRow(thruster);
        switch (this) {
            case POWER -> thrusters.power[row] = value;
            case DIRECTION -> thrusters.rotation[row] = (float) Math.toRadians(value);
            case BINDING -> edit.tables.thrusterBinding[edit.tables.thrusterRow(0, thruster)] = Math.round(value);
        }
    }
}
