package org.kinetix4j.physics2d;

/**
 * The optional arguments of Jax2D's {@code add_circle}/{@code add_polygon}, with its defaults.
 *
 * @param rotation        initial rotation, rad
 * @param velocityX       initial velocity, m/s
 * @param velocityY       initial velocity, m/s
 * @param angularVelocity initial angular velocity, rad/s
 * @param density         kg/m² (Jax2D does not store it; Kinetix keeps its own density table)
 * @param friction        per-shape friction coefficient
 * @param restitution     per-shape restitution
 * @param fixated         infinite mass and inertia
 * @param collisionMode   0, 1 or 2; {@link #KEEP_COLLISION_MODE} leaves the slot's mode as it is (Jax2D's add_*
 *                        never set it)
 */
public record BodyOptions(float rotation, float velocityX, float velocityY, float angularVelocity, float density,
        float friction, float restitution, boolean fixated, int collisionMode) {

    /** Leave the slot's collision mode unchanged. */
    public static final int KEEP_COLLISION_MODE = -1;

    private static final BodyOptions DEFAULTS = new BodyOptions(0f, 0f, 0f, 0f, 1f, 1f, 0f, false,
            KEEP_COLLISION_MODE);

    /** Validates every value; messages name the field. */
    public BodyOptions {
        requireFinite("rotation", rotation);
        requireFinite("velocityX", velocityX);
        requireFinite("velocityY", velocityY);
        requireFinite("angularVelocity", angularVelocity);
        requireFinite("density", density);
        requireFinite("friction", friction);
        requireFinite("restitution", restitution);
        if (!(density > 0f)) {
            throw new IllegalArgumentException("density=" + density + " must be > 0");
        }
        if (collisionMode < KEEP_COLLISION_MODE || collisionMode > 2) {
            throw new IllegalArgumentException("collisionMode=" + collisionMode + " must be 0, 1 or 2");
        }
    }

    static void requireFinite(String name, float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(name + "=" + value + " must be finite");
        }
    }

    /** Jax2D's defaults: at rest, density 1, friction 1, restitution 0, dynamic. */
    public static BodyOptions defaults() {
        return DEFAULTS;
    }

    /** With another rotation. */
    public BodyOptions withRotation(float value) {
        return new BodyOptions(value, velocityX, velocityY, angularVelocity, density, friction, restitution,
                fixated, collisionMode);
    }

    /** With another initial velocity. */
    public BodyOptions withVelocity(float vx, float vy) {
        return new BodyOptions(rotation, vx, vy, angularVelocity, density, friction, restitution, fixated,
                collisionMode);
    }

    /** With another initial angular velocity. */
    public BodyOptions withAngularVelocity(float value) {
        return new BodyOptions(rotation, velocityX, velocityY, value, density, friction, restitution, fixated,
                collisionMode);
    }

    /** With another density. */
    public BodyOptions withDensity(float value) {
        return new BodyOptions(rotation, velocityX, velocityY, angularVelocity, value, friction, restitution,
                fixated, collisionMode);
    }

    /** With another friction coefficient. */
    public BodyOptions withFriction(float value) {
        return new BodyOptions(rotation, velocityX, velocityY, angularVelocity, density, value, restitution,
                fixated, collisionMode);
    }

    /** With another restitution. */
    public BodyOptions withRestitution(float value) {
        return new BodyOptions(rotation, velocityX, velocityY, angularVelocity, density, friction, value, fixated,
                collisionMode);
    }

    /** Fixated (infinite mass) or not. */
    public BodyOptions withFixated(boolean value) {
        return new BodyOptions(rotation, velocityX, velocityY, angularVelocity, density, friction, restitution,
                value, collisionMode);
    }

    /** With a collision mode written into the slot. */
    public BodyOptions withCollisionMode(int value) {
        return new BodyOptions(rotation, velocityX, velocityY, angularVelocity, density, friction, restitution,
                fixated, value);
    }
}
