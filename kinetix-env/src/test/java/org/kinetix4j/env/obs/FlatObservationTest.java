package org.kinetix4j.env.obs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.ShapeTable;

/** Masking, clipping and NaN handling of the flat observations (spec kinetix.md §4.2, §4.3). */
class FlatObservationTest {
    private final Level level = ObsFixtures.level("s/h3_point_the_thruster");

    @Test
    void shouldZeroEveryRowOfAnInactiveEntityIncludingItsOneHots() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 2);
        BatchState s = b.state();
        s.shapes.active[s.shapes.row(1, 6)] = false;
        s.joints.active[s.joints.row(1, 0)] = false;
        s.thrusters.active[s.thrusters.row(1, 0)] = false;
        SymbolicFlatObservation obs = new SymbolicFlatObservation(level.staticParams(), 2);
        obs.build(s, b.tables(), 0);
        obs.build(s, b.tables(), 1);
        float[] v = obs.buffer();
        int env1 = obs.offset(1);
        assertEquals(140, env1);
        assertArrayEquals(new float[18], ObsFixtures.slice(v, env1 + 70, 18), "inactive circle 1");
        assertArrayEquals(new float[36], ObsFixtures.slice(v, env1 + 88, 36), "inactive joint, one-hots too");
        assertArrayEquals(new float[15], ObsFixtures.slice(v, env1 + 124, 15), "inactive thruster, one-hot too");
        assertArrayEquals(ObsFixtures.slice(v, 0, 70), ObsFixtures.slice(v, env1, 70), "the rest is unchanged");
        assertNotEquals(0f, v[70]);
        assertEquals(1f, v[88 + 22 + 5], "env 0 keeps its joint one-hot(b = 5)");
    }

    @Test
    void shouldZeroTheThrusterRowOfALevelWithoutThrusters() {
        Level car = ObsFixtures.level("s/h2_one_wheel_car");
        assertFalse(car.state().thrusters.active[0]);
        SymbolicFlatObservation obs = new SymbolicFlatObservation(car.staticParams(), 1);
        obs.build(car.state(), car.tables(), 0);
        assertArrayEquals(new float[15], ObsFixtures.slice(obs.buffer(), 124, 15));
    }

    @Test
    void shouldClipToTenAndReplaceNanByZeroAfterClipping() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 1);
        ShapeTable shapes = b.state().shapes;
        int circle1 = shapes.row(0, 6);
        shapes.positionX[circle1] = 100f;
        shapes.positionY[circle1] = -12f;
        shapes.velocityX[circle1] = Float.NaN;
        shapes.velocityY[circle1] = Float.POSITIVE_INFINITY;
        shapes.angularVelocity[circle1] = Float.NaN;
        shapes.rotation[circle1] = Float.POSITIVE_INFINITY;
        shapes.restitution[circle1] = Float.NEGATIVE_INFINITY;
        b.state().gravityY[0] = Float.NaN;
        SymbolicFlatObservation obs = new SymbolicFlatObservation(level.staticParams(), 1);
        obs.build(b.state(), b.tables(), 0);
        float[] row = ObsFixtures.slice(obs.buffer(), 70, 18);
        assertEquals(10f, row[0]);
        assertEquals(-10f, row[1]);
        assertEquals(0f, row[2], "NaN velocity");
        assertEquals(10f, row[3], "+inf velocity");
        assertEquals(0f, row[7], "tanh(NaN)");
        assertEquals(0f, row[12], "sin(inf) is NaN");
        assertEquals(0f, row[13], "cos(inf) is NaN");
        assertEquals(-10f, row[15], "-inf restitution");
        assertEquals(0f, obs.buffer()[139], "NaN gravity");
        for (float x : obs.buffer()) {
            assertFalse(Float.isNaN(x) || Math.abs(x) > 10f);
        }
    }

    @Test
    void shouldLayOutPaddedRowsAsFlatRowsPlusPaddingTypeAndGravityColumns() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 1);
        b.state().thrusters.active[0] = false;
        SymbolicFlatObservation flat = new SymbolicFlatObservation(level.staticParams(), 1);
        SymbolicFlatPaddedObservation padded = new SymbolicFlatPaddedObservation(level.staticParams(), 1);
        flat.build(b.state(), b.tables(), 0);
        padded.build(b.state(), b.tables(), 0);
        float[] f = flat.buffer();
        float[] p = padded.buffer();
        int w = padded.width();
        assertEquals(41, w);
        int[] starts = {0, 26, 52, 70, 88, 124};
        int[] lengths = {26, 26, 18, 18, 36, 15};
        int[] types = {0, 0, 1, 1, 2, 3};
        for (int row = 0; row < 6; row++) {
            float[] expected = new float[w];
            System.arraycopy(f, starts[row], expected, 0, lengths[row]);
            expected[36 + types[row]] = 1f;
            expected[40] = -9.8100004196167f / 10f;
            assertArrayEquals(expected, ObsFixtures.slice(p, row * w, w), "row " + row
                    + " (the inactive thruster row keeps its type and gravity columns)");
        }
    }

    @Test
    void shouldClipAndCleanThePaddedObservationToo() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 1);
        b.state().shapes.velocityX[b.state().shapes.row(0, 4)] = Float.NaN;
        b.state().shapes.velocityY[b.state().shapes.row(0, 4)] = -50f;
        b.state().gravityY[0] = -500f;
        SymbolicFlatPaddedObservation padded = new SymbolicFlatPaddedObservation(level.staticParams(), 1);
        padded.build(b.state(), b.tables(), 0);
        int w = padded.width();
        assertEquals(0f, padded.buffer()[w + 2]);
        assertEquals(-10f, padded.buffer()[w + 3]);
        assertEquals(10f, padded.buffer()[w + 5], "inverse inertia 162.7");
        for (int row = 0; row < padded.rows(); row++) {
            assertEquals(-10f, padded.buffer()[row * w + w - 1], "gravity -50 clipped");
        }
    }
}
