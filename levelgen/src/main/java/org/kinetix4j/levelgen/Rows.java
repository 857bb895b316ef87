package org.kinetix4j.levelgen;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/** Copies one slot (every physics field plus its Kinetix table entries) between two working levels. */
final class Rows {
    private Rows() {
    }

    /** Shape slot {@code from} of {@code src} into slot {@code to} of {@code dst}. */
    static void copyShape(WorkingLevel src, int from, WorkingLevel dst, int to) {
        ShapeTable s = src.shapes;
        ShapeTable d = dst.shapes;
        int a = src.row(from);
        int b = dst.row(to);
        d.positionX[b] = s.positionX[a];
        d.positionY[b] = s.positionY[a];
        d.rotation[b] = s.rotation[a];
        d.velocityX[b] = s.velocityX[a];
        d.velocityY[b] = s.velocityY[a];
        d.angularVelocity[b] = s.angularVelocity[a];
        d.inverseMass[b] = s.inverseMass[a];
        d.inverseInertia[b] = s.inverseInertia[a];
        d.friction[b] = s.friction[a];
        d.restitution[b] = s.restitution[a];
        d.collisionMode[b] = s.collisionMode[a];
        d.active[b] = s.active[a];
        d.nVertices[b] = s.nVertices[a];
        d.radius[b] = s.radius[a];
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            d.vertexX[dst.vertex(to, k)] = s.vertexX[src.vertex(from, k)];
            d.vertexY[dst.vertex(to, k)] = s.vertexY[src.vertex(from, k)];
        }
        EnvTables st = src.tables;
        EnvTables dt = dst.tables;
        dt.role[dt.shapeRow(0, to)] = st.role[st.shapeRow(0, from)];
        dt.density[dt.shapeRow(0, to)] = st.density[st.shapeRow(0, from)];
        dt.highlighted[dt.shapeRow(0, to)] = st.highlighted[st.shapeRow(0, from)];
    }

    /** Joint slot {@code from} of {@code src} into slot {@code to} of {@code dst}, shape indices as they are. */
    static void copyJoint(WorkingLevel src, int from, WorkingLevel dst, int to) {
        JointTable s = src.joints;
        JointTable d = dst.joints;
        int a = s.row(0, from);
        int b = d.row(0, to);
        d.aShape[b] = s.aShape[a];
        d.bShape[b] = s.bShape[a];
        d.aRelativePosX[b] = s.aRelativePosX[a];
        d.aRelativePosY[b] = s.aRelativePosY[a];
        d.bRelativePosX[b] = s.bRelativePosX[a];
        d.bRelativePosY[b] = s.bRelativePosY[a];
        d.globalPositionX[b] = s.globalPositionX[a];
        d.globalPositionY[b] = s.globalPositionY[a];
        d.active[b] = s.active[a];
        d.accImpulseX[b] = s.accImpulseX[a];
        d.accImpulseY[b] = s.accImpulseY[a];
        d.accRImpulse[b] = s.accRImpulse[a];
        d.motorSpeed[b] = s.motorSpeed[a];
        d.motorPower[b] = s.motorPower[a];
        d.motorOn[b] = s.motorOn[a];
        d.motorHasJointLimits[b] = s.motorHasJointLimits[a];
        d.minRotation[b] = s.minRotation[a];
        d.maxRotation[b] = s.maxRotation[a];
        d.isFixedJoint[b] = s.isFixedJoint[a];
        d.rotation[b] = s.rotation[a];
        EnvTables st = src.tables;
        EnvTables dt = dst.tables;
        dt.motorBinding[dt.jointRow(0, to)] = st.motorBinding[st.jointRow(0, from)];
        dt.motorAuto[dt.jointRow(0, to)] = st.motorAuto[st.jointRow(0, from)];
    }

    /** Thruster slot {@code from} of {@code src} into slot {@code to} of {@code dst}, parent index as it is. */
    static void copyThruster(WorkingLevel src, int from, WorkingLevel dst, int to) {
        ThrusterTable s = src.thrusters;
        ThrusterTable d = dst.thrusters;
        int a = s.row(0, from);
        int b = d.row(0, to);
        d.shape[b] = s.shape[a];
        d.relativePositionX[b] = s.relativePositionX[a];
        d.relativePositionY[b] = s.relativePositionY[a];
        d.rotation[b] = s.rotation[a];
        d.power[b] = s.power[a];
        d.globalPositionX[b] = s.globalPositionX[a];
        d.globalPositionY[b] = s.globalPositionY[a];
        d.active[b] = s.active[a];
        dst.tables.thrusterBinding[dst.tables.thrusterRow(0, to)] =
                src.tables.thrusterBinding[src.tables.thrusterRow(0, from)];
    }
}
