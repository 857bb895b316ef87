package org.kinetix4j.render.edit;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;

/** The per-joint properties of the editor panel (spec kinetix.md §7.2, "joints"). */
public enum JointProperty implements Property {
    /** Fixed (weld) joint instead of a revolute one. */
    FIXED_JOINT("fixed joint", 0, 1, 1),
    /** Motor on. */
    MOTOR_ON("motor", 0, 1, 1),
    /** Motor speed (× 6 rad/s at full command). */
    SPEED("motor speed", -3f, 3f, 0.25f),
    /** Motor power. */
    POWER("motor power", 0f, 3f, 0.25f),
    /** Action channel driving the motor (0..3; colour yellow, magenta, cyan, orange). */
    BINDING("binding", 0, 3, 1),
    /** Motor always on at +1, whatever the agent does. */
    AUTO("auto", 0, 1, 1),
    /** Joint limits on. */
    LIMITS("limits", 0, 1, 1),
    /** Lower limit of rot_b − rot_a, degrees. */
    MIN_ANGLE("min angle deg", -180f, 180f, 5f),
    /** Upper limit of rot_b − rot_a, degrees. */
    MAX_ANGLE("max angle deg", -180f, 180f, 5f);

    private final Range range;

    JointProperty(String label, float min, float max, float step) {
        this.range = new Range(label, min, max, step);
    }

    @Override
    public Range range() {
        return range;
    }

    @Override
    public boolean toggle() {
        return this == FIXED_JOINT || this == MOTOR_ON || this == AUTO || this == LIMITS;
    }

    @Override
    public float get(BatchState state, EnvTables tables, int joint) {
        JointTable joints = state.joints;
        int row = joints.row(0, joint);
        return switch (this) {
            case FIXED_JOINT -> joints.isFixedJoint[row] ? 1f : 0f;
            case MOTOR_ON -> joints.motorOn[row] ? 1f : 0f;
            case SPEED -> joints.motorSpeed[row];
            case POWER -> joints.motorPower[row];
            case BINDING -> tables.motorBinding[tables.jointRow(0, joint)];
            case AUTO -> tables.motorAuto[tables.jointRow(0, joint)] ? 1f : 0f;
            case LIMITS -> joints.motorHasJointLimits[row] ? 1f : 0f;
            case MIN_ANGLE -> (float) Math.toDegrees(joints.minRotation[row]);
            case MAX_ANGLE -> (float) Math.toDegrees(joints.maxRotation[row]);
        };
    }

    @Override
    public void set(LevelEdit edit, int joint, float value) {
        edit.requireJoint(joint);
        JointTable joints = edit.state.joints;
        int row = edit.jointRow(joint);
        switch (this) {
            case FIXED_JOINT -> joints.isFixedJoint[row] = value != 0f;
            case MOTOR_ON -> joints.motorOn[row] = value != 0f;
            case SPEED -> joints.motorSpeed[row] = value;
            case POWER -> joints.motorPower[row] = value;
            case BINDING -> edit.tables.motorBinding[edit.tables.jointRow(0, joint)] = Math.round(value);
            case AUTO -> edit.tables.motorAuto[edit.tables.jointRow(0, joint)] = value != 0f;
            case LIMITS -> joints.motorHasJointLimits[row] = value != 0f;
            // Kinetix's panel keeps min <= max by moving the other limit along.
            case MIN_ANGLE -> {
                joints.minRotation[row] = (float) Math.toRadians(value);
                joints.maxRotation[row] = Math.max(joints.maxRotation[row], joints.minRotation[row]);
            }
            case MAX_ANGLE -> {
                joints.maxRotation[row] = (float) Math.toRadians(value);
                joints.minRotation[row] = Math.min(joints.minRotation[row], joints.maxRotation[row]);
            }
        }
    }
}
