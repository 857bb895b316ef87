package org.kinetix4j.env.obs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.JointTable;

/**
 * Feature values of s/h3_point_the_thruster checked by hand against spec kinetix.md §4.1, with the numbers copied
 * from the level file: polygon 4 (the green box), circle 1 (shape 6, the blue ball), joint 0 (a = polygon 4,
 * b = circle 0 = shape 5) in both directions, and thruster 0 (on shape 5).
 */
class FeatureValuesTest {
    private static final float EPS = 1e-6f;
    private static final float GRAVITY = -9.8100004196167f / 10f;
    private static final float HALF_W = 0.25999999046325684f;
    private static final float HALF_H = 0.1783471256494522f;

    private static final float[] POLYGON_4 = {
        1.9224998950958252f, 0.5874999761581421f, 0, 0, // position, velocity
        5.391387939453125f, 162.70533752441406f, 1, 0, // inverse mass, inverse inertia, density, tanh(0 / 10)
        0, 1, 0, 0, // role 1 (green)
        0, 1, 1, 0, // sin 0, cos 0, friction, restitution
        0, // not a circle
        HALF_W, HALF_H, HALF_W, -HALF_H, -HALF_W, -HALF_H, -HALF_W, HALF_H, // clockwise rectangle
        0, // not a triangle
    };

    private static final float CIRCLE_1_ROTATION = 5.578516006469727f;
    private static final float[] CIRCLE_1 = {
        1.159999966621399f, 0.5849999785423279f, 0, 0,
        6.453315258026123f, 523.3300170898438f, 1, 0,
        0, 0, 1, 0, // role 2 (blue)
        (float) Math.sin(CIRCLE_1_ROTATION), (float) Math.cos(CIRCLE_1_ROTATION), 1, 0,
        0.22209236025810242f, 1, // radius, is a circle
    };

    private static final float JOINT_ROTATION = 4.029953479766846f;
    private static final float[] JOINT_TAIL = {
        (float) Math.sin(JOINT_ROTATION), (float) Math.cos(JOINT_ROTATION),
        1, 1, 1, 0, // motor speed, power, on, no limits
        1, 0, 0, 0, // motor binding 0
        0, 0, 0, 0, 0, 0, // limit terms × has_joint_limits = 0
    };
    private static final float A_X = -0.01249992847442627f;
    private static final float A_Y = 0.17750000953674316f;

    private static final float[] THRUSTER_0 = {
        1, 0, 0, // active, relative position
        1, 0, // binding 0
        (float) Math.sin(3.1415927410125732f), (float) Math.cos(3.1415927410125732f), 0.20000000298023224f,
    };

    private static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int o = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    private static float[] clip(float[] values) {
        float[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.clamp(out[i], -10f, 10f);
        }
        return out;
    }

    private static float[] oneHot(int index, int n) {
        float[] out = new float[n];
        out[index] = 1;
        return out;
    }

    private static final float[] JOINT_B_TO_A = concat(new float[] {1, 0, 0, 0, A_X, A_Y}, JOINT_TAIL);
    private static final float[] JOINT_A_TO_B = concat(new float[] {1, 0, A_X, A_Y, 0, 0}, JOINT_TAIL);

    private final Level level = ObsFixtures.level("s/h3_point_the_thruster");

    @Test
    void shouldWriteTheHandCheckedEntityFeatures() {
        SymbolicEntityObservation obs = new SymbolicEntityObservation(level.staticParams(), 1);
        obs.build(level.state(), level.tables(), 0);
        assertArrayEquals(concat(POLYGON_4, new float[] {GRAVITY}), ObsFixtures.slice(obs.polygons(), 4 * 27, 27),
                EPS);
        assertArrayEquals(concat(CIRCLE_1, new float[] {GRAVITY}), ObsFixtures.slice(obs.circles(), 19, 19), EPS);
        assertArrayEquals(JOINT_B_TO_A, ObsFixtures.slice(obs.joints(), 0, 22), EPS, "row 0: from b to a");
        assertArrayEquals(JOINT_A_TO_B, ObsFixtures.slice(obs.joints(), 22, 22), EPS, "row J: from a to b");
        assertArrayEquals(THRUSTER_0, ObsFixtures.slice(obs.thrusters(), 0, 8), EPS);
        // Walls and ceiling are kept in the entity observation: the ceiling's (2.5, 10.2) position unclipped.
        assertEquals(10.199999809265137f, obs.polygons()[3 * 27 + 1], EPS);
    }

    @Test
    void shouldWriteTheHandCheckedFlatRowsWithOneHotsClippedToTen() {
        SymbolicFlatObservation obs = new SymbolicFlatObservation(level.staticParams(), 1);
        obs.build(level.state(), level.tables(), 0);
        float[] v = obs.buffer();
        assertEquals(140, v.length);
        // Rows: floor 0..25, polygon 4 26..51, circle 0 52..69, circle 1 70..87, joint 88..123, thruster 124..138.
        assertEquals(2.5f, v[0]);
        assertEquals(-4.800000190734863f, v[1]);
        assertArrayEquals(clip(POLYGON_4), ObsFixtures.slice(v, 26, 26), EPS, "inverse inertia 162.7 clips to 10");
        assertEquals(10f, v[26 + 5]);
        assertArrayEquals(clip(CIRCLE_1), ObsFixtures.slice(v, 70, 18), EPS);
        assertArrayEquals(concat(JOINT_B_TO_A, oneHot(5, 7), oneHot(4, 7)), ObsFixtures.slice(v, 88, 36), EPS);
        assertArrayEquals(concat(THRUSTER_0, oneHot(5, 7)), ObsFixtures.slice(v, 124, 15), EPS);
        assertEquals(GRAVITY, v[139], EPS);
    }

    @Test
    void shouldApplyTheLimitAndFixedJointFormulas() {
        Level l = ObsFixtures.level("l/h15_swing_up");
        JointTable j = l.state().joints;
        assertTrue(j.motorHasJointLimits[1] && !j.isFixedJoint[1], "joint 1 is a revolute joint with limits");
        assertTrue(j.isFixedJoint[2] && j.motorOn[2], "joint 2 is a fixed joint with its motor flag on");
        SymbolicEntityObservation obs = new SymbolicEntityObservation(l.staticParams(), 1);
        obs.build(l.state(), l.tables(), 0);
        int jointRows = 2 * 6;

        float rot = j.rotation[1];
        float min = j.minRotation[1];
        float max = j.maxRotation[1];
        float[] limited = {
            1, 0, j.bRelativePosX[1], j.bRelativePosY[1], j.aRelativePosX[1], j.aRelativePosY[1],
            (float) Math.sin(rot), (float) Math.cos(rot),
            j.motorSpeed[1], j.motorPower[1], j.motorOn[1] ? 1 : 0, 1,
            0, 0, 0, 0,
            (float) Math.sin(min), (float) Math.cos(min), (float) Math.sin(max), (float) Math.cos(max),
            min - rot, max - rot,
        };
        limited[12 + l.tables().motorBinding[1]] = 1;
        assertArrayEquals(limited, ObsFixtures.slice(obs.joints(), 22, 22), EPS);
        assertTrue(max - min != 0 || min != 0, "the level's limits are not trivially zero");

        float fixedRot = j.rotation[2];
        float[] fixed = {
            1, 1, j.aRelativePosX[2], j.aRelativePosY[2], j.bRelativePosX[2], j.bRelativePosY[2],
            (float) Math.sin(fixedRot), (float) Math.cos(fixedRot),
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // revolute block × (1 − is_fixed) = 0
        };
        assertArrayEquals(fixed, ObsFixtures.slice(obs.joints(), (6 + 2) * 22, 22), EPS, "row J + 2: from a to b");
        assertEquals(jointRows * 22, obs.joints().length);
    }

    @Test
    void shouldMarkTrianglesAndPadMissingVerticesWithMinusOne() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 1);
        b.state().shapes.nVertices[b.state().shapes.row(0, 4)] = 3;
        SymbolicEntityObservation obs = new SymbolicEntityObservation(level.staticParams(), 1);
        obs.build(b.state(), b.tables(), 0);
        float[] row = ObsFixtures.slice(obs.polygons(), 4 * 27, 27);
        assertArrayEquals(new float[] {HALF_W, HALF_H, HALF_W, -HALF_H, -HALF_W, -HALF_H, -1, -1, 1},
                ObsFixtures.slice(row, 17, 9), EPS);
    }

    @Test
    void shouldSquashAngularVelocityWithTanhOverTen() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 1);
        b.state().shapes.angularVelocity[b.state().shapes.row(0, 6)] = -7.5f;
        SymbolicEntityObservation obs = new SymbolicEntityObservation(level.staticParams(), 1);
        obs.build(b.state(), b.tables(), 0);
        assertEquals((float) Math.tanh(-0.75), obs.circles()[19 + 7], EPS);
    }
}
