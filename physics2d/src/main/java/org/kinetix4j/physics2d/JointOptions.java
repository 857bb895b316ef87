package org.kinetix4j.physics2d;

/**
 * The optional arguments of Jax2D's {@code add_revolute_joint} (motor and limits) plus the reference angle.
 *
 * @param motorOn        motor enabled
 * @param motorSpeed     multiplier of baseMotorSpeed
 * @param motorPower     multiplier of baseMotorPower
 * @param hasJointLimits revolute limits enabled
 * @param minRotation    lower limit on rot_b − rot_a − rotation, rad
 * @param maxRotation    upper limit, rad
 * @param rotation       reference relative angle; Jax2D's add_* never set it (0), Kinetix sets rot_b − rot_a
 *                       for fixed joints
 */
public record JointOptions(boolean motorOn, float motorSpeed, float motorPower, boolean hasJointLimits,
        float minRotation, float maxRotation, float rotation) {

    private static final JointOptions DEFAULTS = new JointOptions(false, 1f, 1f, false, -MassProperties.PI,
            MassProperties.PI, 0f);

    /** Validates every value; messages name the field. */
    public JointOptions {
        BodyOptions.requireFinite("motorSpeed", motorSpeed);
        BodyOptions.requireFinite("motorPower", motorPower);
        BodyOptions.requireFinite("minRotation", minRotation);
        BodyOptions.requireFinite("maxRotation", maxRotation);
        BodyOptions.requireFinite("rotation", rotation);
        if (hasJointLimits && minRotation > maxRotation) {
            throw new IllegalArgumentException(
                    "minRotation=" + minRotation + " must be <= maxRotation=" + maxRotation);
        }
    }

    /** Jax2D's defaults: motor off, speed 1, power 1, no limits, limits ±π, rotation 0. */
    public static JointOptions defaults() {
        return DEFAULTS;
    }

    /** With the motor on at the given speed and power multipliers. */
    public JointOptions withMotor(float speed, float power) {
        return new JointOptions(true, speed, power, hasJointLimits, minRotation, maxRotation, rotation);
    }

    /** With joint limits on rot_b − rot_a − rotation. */
    public JointOptions withLimits(float min, float max) {
        return new JointOptions(motorOn, motorSpeed, motorPower, true, min, max, rotation);
    }

    /** With another reference angle. */
    public JointOptions withRotation(float value) {
        return new JointOptions(motorOn, motorSpeed, motorPower, hasJointLimits, minRotation, maxRotation, value);
    }
}
