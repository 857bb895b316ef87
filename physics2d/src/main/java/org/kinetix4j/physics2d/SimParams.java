package org.kinetix4j.physics2d;

/**
 * Dynamic physics parameters (Jax2D {@code SimParams}, spec §1.2); may differ per environment.
 *
 * <p>All values are float32 as in the reference. Gravity is not a parameter: it is per-environment state.
 *
 * @param dt                               step length, s (float32 1/60 = 0.016666668)
 * @param slop                             contact penetration allowance, m
 * @param baumgarteCoefficientJointsV      joint velocity bias per metre of separation (not divided by dt)
 * @param baumgarteCoefficientJointsP      joint positional correction fraction per iteration
 * @param baumgarteCoefficientFJointAV     fixed-joint angular bias per radian
 * @param baumgarteCoefficientRJointLimitAV revolute-limit angular bias per radian
 * @param baumgarteCoefficientCollision    contact bias β (bias = β/dt · excess penetration)
 * @param jointStiffness                   scale on each joint linear impulse
 * @param clipPosition                     positions clipped to ±this, m
 * @param clipVelocity                     velocity components clipped to ±this, m/s
 * @param clipAngularVelocity              angular velocities clipped to ±this, rad/s
 * @param baseMotorSpeed                   motor target relative speed per unit action, rad/s
 * @param baseMotorPower                   motor impulse scale
 * @param baseThrusterPower                thruster impulse scale
 * @param motorDecayCoefficient            gain inside the motor tanh
 * @param motorJointLimit                  motor fades out within this angle of a joint limit, rad
 * @param baseFriction                     multiplies each shape's friction before combining
 */
public record SimParams(
        float dt,
        float slop,
        float baumgarteCoefficientJointsV,
        float baumgarteCoefficientJointsP,
        float baumgarteCoefficientFJointAV,
        float baumgarteCoefficientRJointLimitAV,
        float baumgarteCoefficientCollision,
        float jointStiffness,
        float clipPosition,
        float clipVelocity,
        float clipAngularVelocity,
        float baseMotorSpeed,
        float baseMotorPower,
        float baseThrusterPower,
        float motorDecayCoefficient,
        float motorJointLimit,
        float baseFriction) {

    private static final SimParams DEFAULTS = new SimParams(1f / 60f, 0.01f, 2.0f, 0.7f, 2.0f, 5.0f, 0.2f, 0.6f,
            15f, 100f, 50f, 6.0f, 900.0f, 10.0f, 0.1f, 0.1f, 0.4f);

    /** Rejects non-finite values and a non-positive dt: they would silently poison every later step. */
    public SimParams {
        float[] values = {dt, slop, baumgarteCoefficientJointsV, baumgarteCoefficientJointsP,
            baumgarteCoefficientFJointAV, baumgarteCoefficientRJointLimitAV, baumgarteCoefficientCollision,
            jointStiffness, clipPosition, clipVelocity, clipAngularVelocity, baseMotorSpeed, baseMotorPower,
            baseThrusterPower, motorDecayCoefficient, motorJointLimit, baseFriction};
        String[] names = {"dt", "slop", "baumgarteCoefficientJointsV", "baumgarteCoefficientJointsP",
            "baumgarteCoefficientFJointAV", "baumgarteCoefficientRJointLimitAV", "baumgarteCoefficientCollision",
            "jointStiffness", "clipPosition", "clipVelocity", "clipAngularVelocity", "baseMotorSpeed",
            "baseMotorPower", "baseThrusterPower", "motorDecayCoefficient", "motorJointLimit", "baseFriction"};
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("SimParams." + names[i] + "=" + values[i] + " must be finite");
            }
        }
        if (!(dt > 0)) {
            throw new IllegalArgumentException("SimParams.dt=" + dt + " must be > 0");
        }
    }

    /** Jax2D's defaults (spec §1.2). */
    public static SimParams defaults() {
        return DEFAULTS;
    }

    /** These parameters with another dt. */
    public SimParams withDt(float newDt) {
        return new SimParams(newDt, slop, baumgarteCoefficientJointsV, baumgarteCoefficientJointsP,
                baumgarteCoefficientFJointAV, baumgarteCoefficientRJointLimitAV, baumgarteCoefficientCollision,
                jointStiffness, clipPosition, clipVelocity, clipAngularVelocity, baseMotorSpeed, baseMotorPower,
                baseThrusterPower, motorDecayCoefficient, motorJointLimit, baseFriction);
    }
}
