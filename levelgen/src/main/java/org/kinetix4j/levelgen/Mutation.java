package org.kinetix4j.levelgen;

import java.util.Objects;
import org.kinetix4j.env.Level;

/**
 * The eleven level mutation operators of Kinetix's ACCEL (spec kinetix.md §6.6), each a pure function
 * (level, seed) → level: the input is never modified, the same seed gives the same result, and an operator whose
 * precondition fails returns an unchanged copy. {@link #accelWeight} is the weight {@link LevelMutator} gives it.
 * (The reference's gravity mutation is not here: ACCEL never uses it and level files do not load gravity.)
 */
public enum Mutation {
    /** Add an unjointed shape (no proposal filtering); needs a free shape slot. */
    ADD_SHAPE,
    /** Add a shape jointed to an existing one (visibility ignored); needs a free shape and joint slot. */
    ADD_CONNECTED_SHAPE,
    /** Deactivate a random joint (ACCEL weight 0). */
    REMOVE_JOINT,
    /** Deactivate a random non-static shape with its joints and thrusters (ACCEL weight 0). */
    REMOVE_SHAPE,
    /** Swap the roles of two shapes with different roles. */
    SWAP_ROLE,
    /** Add a thruster to a random non-fixated shape; needs a free thruster slot. */
    ADD_THRUSTER,
    /** Deactivate a random thruster. */
    REMOVE_THRUSTER,
    /** Fixate a random shape, or free it if fixated (ACCEL weight 0.1). */
    TOGGLE_FIXTURE,
    /** Resample a random shape's size, scaling its joint anchors, then settle. */
    CHANGE_SIZE,
    /** Move a random shape and its jointed group by up to 0.5 m per axis, kept inside the screen. */
    CHANGE_LOCATION,
    /** Rotate a random shape by up to π/2, keeping its fixed joints satisfied, then settle. */
    CHANGE_ROTATION;

    /** This operator applied to {@code level} with the default {@link GeneratorParams}. */
    public Level apply(Level level, long seed) {
        return apply(level, seed, GeneratorParams.defaults());
    }

    /** This operator applied to {@code level} with a generator seeded with {@code seed}. */
    public Level apply(Level level, long seed, GeneratorParams params) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(params, "params");
        WorkingLevel w = WorkingLevel.of(level);
        apply(new Rng(seed), w, params);
        return w.toLevel(level.name());
    }

    /** Applies the operator in place. */
    void apply(Rng key, WorkingLevel w, GeneratorParams p) {
        switch (this) {
            case ADD_SHAPE -> FreeShapes.add(key, w, p, false);
            case ADD_CONNECTED_SHAPE -> ConnectedShapes.add(key, w, p, false);
            case REMOVE_JOINT -> StructuralMutations.removeJoint(key, w);
            case REMOVE_SHAPE -> StructuralMutations.removeShape(key, w);
            case SWAP_ROLE -> StructuralMutations.swapRole(key, w);
            case ADD_THRUSTER -> Thrusters.add(key, w, p);
            case REMOVE_THRUSTER -> StructuralMutations.removeThruster(key, w);
            case TOGGLE_FIXTURE -> StructuralMutations.toggleFixture(key, w);
            case CHANGE_SIZE -> GeometryMutations.changeSize(key, w, p);
            case CHANGE_LOCATION -> GeometryMutations.changeLocation(key, w);
            case CHANGE_ROTATION -> GeometryMutations.changeRotation(key, w);
        }
    }

    /** The weight ACCEL's mutator gives this operator for {@code level} (Kinetix {@code make_mutate_env}). */
    public float accelWeight(Level level) {
        return accelWeight(WorkingLevel.of(level));
    }

    float accelWeight(WorkingLevel w) {
        boolean canAddShape = w.spaceForShape();
        return switch (this) {
            case ADD_SHAPE -> canAddShape ? 1f : 0f;
            case ADD_CONNECTED_SHAPE -> canAddShape && w.firstFreeJoint() >= 0 ? 1f : 0f;
            case REMOVE_JOINT, REMOVE_SHAPE -> 0f;
            case SWAP_ROLE, CHANGE_SIZE, CHANGE_LOCATION, CHANGE_ROTATION -> 1f;
            case ADD_THRUSTER -> w.firstFreeThruster() >= 0 ? 1f : 0f;
            case REMOVE_THRUSTER -> w.activeThrusterCount() > 0 ? 1f : 0f;
            case TOGGLE_FIXTURE -> 0.1f;
        };
    }
}
