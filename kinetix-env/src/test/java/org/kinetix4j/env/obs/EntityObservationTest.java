package org.kinetix4j.env.obs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.PairTables;

/** Masks, indexes, attention channels and sanitising of the entity observation (spec kinetix.md §4.4). */
class EntityObservationTest {
    private static final int FULL = SymbolicEntityObservation.CHANNEL_FULL;
    private static final int MULTI = SymbolicEntityObservation.CHANNEL_MULTI_HOP;
    private static final int ONE = SymbolicEntityObservation.CHANNEL_ONE_HOP;
    private static final int MANIFOLD = SymbolicEntityObservation.CHANNEL_MANIFOLD;

    private final Level level = ObsFixtures.level("s/h3_point_the_thruster");

    private static boolean at(SymbolicEntityObservation obs, int env, int channel, int i, int j) {
        return obs.attentionMask()[obs.attentionIndex(env, channel, i, j)];
    }

    @Test
    void shouldWriteMasksIndexesAndAttentionOfTheThrusterLevel() {
        SymbolicEntityObservation obs = new SymbolicEntityObservation(level.staticParams(), 1);
        obs.build(level.state(), level.tables(), 0);
        assertArrayEquals(new boolean[] {true, true, true, true, true}, obs.polygonMask());
        assertArrayEquals(new boolean[] {true, true}, obs.circleMask());
        assertArrayEquals(new boolean[] {true, true}, obs.jointMask());
        assertArrayEquals(new boolean[] {true}, obs.thrusterMask());
        assertArrayEquals(new int[] {5, 4, 4, 5}, obs.jointIndexes(), "(b, a) then (a, b)");
        assertArrayEquals(new int[] {5}, obs.thrusterIndexes());
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                boolean jointed = (i == 4 && j == 5) || (i == 5 && j == 4);
                assertTrue(at(obs, 0, FULL, i, j));
                assertEquals(i == j || jointed, at(obs, 0, MULTI, i, j), "multi-hop " + i + "," + j);
                assertEquals(jointed, at(obs, 0, ONE, i, j), "one-hop " + i + "," + j);
                assertFalse(at(obs, 0, MANIFOLD, i, j), "no stored manifolds right after loading");
            }
        }
    }

    @Test
    void shouldMaskButNotZeroInactiveEntitiesAndPointInactiveJointsAtZero() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 1);
        BatchState s = b.state();
        s.joints.active[0] = false;
        s.thrusters.active[0] = false;
        s.shapes.active[s.shapes.row(0, 6)] = false;
        SymbolicEntityObservation obs = new SymbolicEntityObservation(level.staticParams(), 1);
        obs.build(s, b.tables(), 0);
        assertArrayEquals(new boolean[] {false, false}, obs.jointMask());
        assertArrayEquals(new int[] {0, 0, 0, 0}, obs.jointIndexes());
        assertEquals(0f, obs.joints()[0], "active flag");
        assertEquals(1f, obs.joints()[8], "motor speed kept for an inactive joint");
        assertArrayEquals(new boolean[] {false}, obs.thrusterMask());
        assertArrayEquals(new int[] {5}, obs.thrusterIndexes(), "kept for an inactive thruster");
        assertEquals(0.2f, obs.thrusters()[7], 1e-7f);
        assertArrayEquals(new boolean[] {true, false}, obs.circleMask());
        assertEquals(1.159999966621399f, obs.circles()[19], "inactive circle's features kept");
        // Inactive shape 6: every channel false in its row and column.
        for (int k = 0; k < 7; k++) {
            for (int ch = 0; ch < 4; ch++) {
                assertFalse(at(obs, 0, ch, 6, k));
                assertFalse(at(obs, 0, ch, k, 6));
            }
        }
        assertFalse(at(obs, 0, ONE, 0, 0), "where inactive joints point");
        assertFalse(at(obs, 0, ONE, 4, 5));
        // Joint inactive: the collision matrix is not recomputed here, so multi-hop still reads it.
        assertEquals(!s.collisionMatrix[s.matrixIndex(0, 4, 5)], at(obs, 0, MULTI, 4, 5));
    }

    @Test
    void shouldSeparateMultiHopComponentsFromOneHopJoints() {
        Level l = ObsFixtures.level("l/h4_cartpole");
        SymbolicEntityObservation obs = new SymbolicEntityObservation(l.staticParams(), 1);
        obs.build(l.state(), l.tables(), 0);
        BatchState s = l.state();
        int n = 16;
        // Components of the active-joint graph by union-find, computed independently of the collision matrix.
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean[][] direct = new boolean[n][n];
        JointTable j = s.joints;
        for (int k = 0; k < 6; k++) {
            if (j.active[k]) {
                direct[j.aShape[k]][j.bShape[k]] = true;
                direct[j.bShape[k]][j.aShape[k]] = true;
                parent[find(parent, j.aShape[k])] = find(parent, j.bShape[k]);
            }
        }
        int multiOnly = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                boolean both = s.shapes.active[a] && s.shapes.active[b];
                boolean same = find(parent, a) == find(parent, b);
                assertEquals(both, at(obs, 0, FULL, a, b));
                assertEquals(both && same, at(obs, 0, MULTI, a, b), "multi-hop " + a + "," + b);
                assertEquals(both && !s.collisionMatrix[s.matrixIndex(0, a, b)], at(obs, 0, MULTI, a, b));
                assertEquals(both && direct[a][b], at(obs, 0, ONE, a, b), "one-hop " + a + "," + b);
                if (a != b && at(obs, 0, MULTI, a, b) && !at(obs, 0, ONE, a, b)) {
                    multiOnly++;
                }
            }
        }
        assertTrue(multiOnly > 0, "the cartpole chain has shapes connected through two joints");
        int inactiveJointRow = 5;
        assertFalse(j.active[inactiveJointRow]);
        assertArrayEquals(new int[] {0, 0}, java.util.Arrays.copyOfRange(obs.jointIndexes(), 2 * inactiveJointRow,
                2 * inactiveJointRow + 2));
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }

    @Test
    void shouldReadTheManifoldChannelFromTheStoredManifoldsAfterAStep() {
        Level l = ObsFixtures.level("m/h7_car_flip");
        ObsFixtures.Batch b = ObsFixtures.batch(l, 1);
        BatchState s = b.state();
        SymbolicEntityObservation obs = new SymbolicEntityObservation(l.staticParams(), 1);
        int n = s.config.numShapes();
        int p = s.config.numPolygons();
        int contacts = 0;
        try (CpuBackend backend = new CpuBackend(1)) {
            float[] raw = new float[s.config.actionSize()];
            for (int step = 0; step < 20; step++) {
                backend.step(s, raw);
                obs.build(s, b.tables(), 0);
                boolean[][] expected = new boolean[n][n];
                PairTables pairs = s.pairs;
                ManifoldTable pp = s.polyPolyManifolds;
                for (int k = 0; k < pairs.polyPolyA.length; k++) {
                    expected[pairs.polyPolyA[k]][pairs.polyPolyB[k]] = pp.active[2 * k] || pp.active[2 * k + 1];
                }
                for (int c = 0; c < s.config.numCircles(); c++) {
                    for (int q = 0; q < p; q++) {
                        expected[p + c][q] = s.circlePolyManifolds.active[c * p + q];
                    }
                }
                for (int k = 0; k < pairs.circleCircleA.length; k++) {
                    expected[pairs.circleCircleA[k]][pairs.circleCircleB[k]] = s.circleCircleManifolds.active[k];
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        boolean both = s.shapes.active[i] && s.shapes.active[j];
                        assertEquals(both && expected[i][j], at(obs, 0, MANIFOLD, i, j), "step " + step + " " + i
                                + "," + j);
                        if (at(obs, 0, MANIFOLD, i, j)) {
                            contacts++;
                            assertFalse(at(obs, 0, MANIFOLD, j, i), "one orientation only");
                        }
                    }
                }
            }
        }
        assertTrue(contacts > 0, "the car rests on the floor");
        // Circles on the floor appear at (circle, polygon), i.e. row P + c, column 0.
        boolean wheelOnFloor = false;
        for (int c = 0; c < s.config.numCircles(); c++) {
            wheelOnFloor |= at(obs, 0, MANIFOLD, p + c, 0);
        }
        assertTrue(wheelOnFloor);
    }

    @Test
    void shouldReplaceNanByZeroAndInfinityByFloatMaxBeforeComputingFeatures() {
        ObsFixtures.Batch b = ObsFixtures.batch(level, 1);
        BatchState s = b.state();
        int box = s.shapes.row(0, 4);
        s.shapes.velocityX[box] = Float.NaN;
        s.shapes.velocityY[box] = Float.NEGATIVE_INFINITY;
        s.shapes.angularVelocity[box] = Float.POSITIVE_INFINITY;
        s.shapes.rotation[box] = Float.NaN;
        s.shapes.vertexX[s.shapes.vertex(0, 4, 1)] = Float.POSITIVE_INFINITY;
        b.tables().density[b.tables().shapeRow(0, 4)] = Float.NaN;
        s.joints.rotation[0] = Float.NaN;
        s.thrusters.power[0] = Float.POSITIVE_INFINITY;
        s.gravityY[0] = Float.NEGATIVE_INFINITY;
        SymbolicEntityObservation obs = new SymbolicEntityObservation(level.staticParams(), 1);
        obs.build(s, b.tables(), 0);
        float[] row = ObsFixtures.slice(obs.polygons(), 4 * 27, 27);
        assertEquals(0f, row[2]);
        assertEquals(-Float.MAX_VALUE, row[3]);
        assertEquals(0f, row[6], "density");
        assertEquals(1f, row[7], "tanh(MAX / 10)");
        assertEquals(0f, row[12], "sin(0)");
        assertEquals(1f, row[13], "cos(0)");
        assertEquals(Float.MAX_VALUE, row[19], "vertex 1 x");
        assertEquals(-Float.MAX_VALUE / 10f, row[26], "gravity");
        assertEquals(0f, obs.joints()[6], "sin of the cleaned joint rotation");
        assertEquals(Float.MAX_VALUE, obs.thrusters()[7]);
        assertFalse(Float.isNaN(obs.circles()[18]));
        for (float x : obs.polygons()) {
            assertFalse(Float.isNaN(x));
        }
        for (float x : obs.joints()) {
            assertFalse(Float.isNaN(x));
        }
    }
}
