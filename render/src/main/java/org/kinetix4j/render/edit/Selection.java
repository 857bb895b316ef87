package org.kinetix4j.render.edit;

/**
 * What the editor has selected: a shape (by global shape index), a joint or a thruster (by slot), or nothing.
 *
 * @param kind  what kind of entity
 * @param index its global shape index or slot; −1 for {@link Kind#NONE}
 */
public record Selection(Kind kind, int index) {
    /** The kinds of selectable entities. */
    public enum Kind {
        /** Nothing selected. */
        NONE,
        /** A polygon or circle. */
        SHAPE,
        /** A revolute or fixed joint. */
        JOINT,
        /** A thruster. */
        THRUSTER
    }

    /** Nothing selected. */
    public static final Selection NONE = new Selection(Kind.NONE, -1);

    /** The shape with global index {@code shape}. */
    public static Selection shape(int shape) {
        return new Selection(Kind.SHAPE, shape);
    }

    /** Joint slot {@code joint}. */
    public static Selection joint(int joint) {
        return new Selection(Kind.JOINT, joint);
    }

    /** Thruster slot {@code thruster}. */
    public static Selection thruster(int thruster) {
        return new Selection(Kind.THRUSTER, thruster);
    }

    /** Whether something is selected. */
    public boolean isSome() {
        return kind != Kind.NONE;
    }
}
