package org.kinetix4j.levelgen;

/** Copies one slot (every physics field plus its Kinetix table entries) between two working levels. */
final class Rows {
    private Rows() {
    }

    /** Shape slot {@code from} of {@code src} into slot {@code to} of {@code dst}. */
    static void copyShape(WorkingLevel src, int from, WorkingLevel dst, int to) {
        src.shapes.copyRow(src.row(from), dst.shapes, dst.row(to));
        src.tables.copyShapeRow(src.tables.shapeRow(0, from), dst.tables, dst.tables.shapeRow(0, to));
    }

    /** Joint slot {@code from} of {@code src} into slot {@code to} of {@code dst}, shape indices as they are. */
    static void copyJoint(WorkingLevel src, int from, WorkingLevel dst, int to) {
        src.joints.copyRow(src.joints.row(0, from), dst.joints, dst.joints.row(0, to));
        src.tables.copyJointRow(src.tables.jointRow(0, from), dst.tables, dst.tables.jointRow(0, to));
    }

    /** Thruster slot {@code from} of {@code src} into slot {@code to} of {@code dst}, parent index as it is. */
    static void copyThruster(WorkingLevel src, int from, WorkingLevel dst, int to) {
        src.thrusters.copyRow(src.thrusters.row(0, from), dst.thrusters, dst.thrusters.row(0, to));
        src.tables.copyThrusterRow(src.tables.thrusterRow(0, from), dst.tables, dst.tables.thrusterRow(0, to));
    }
}
