package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec §7 B25: momentum conservation and the manifold conventions. Exact (to float rounding). */
class ConservationTest {
    private static final int ENV = TestScenes.ENV;
    /** Float rounding of many impulses, relative to Σ m·|v| of the scene. */
    private static final double MOMENTUM_RELATIVE = 1e-5;

    /**
     * Dynamic bodies only, gravity 0: two circles and a box on a collision course, a revolute-jointed box/circle
     * pair and a welded pair that run into them. The world polygons are switched off (they are static).
     */
    private static BatchState dynamicOnly() {
        BatchState state = TestScenes.defaultWorld();
        TestScenes.setGravity(state, 0f, 0f);
        Scene scene = TestScenes.scene(state);
        BodyOptions o = BodyOptions.defaults();
        scene.addCircle(1f, 2f, 0.5f, o.withVelocity(2f, 0.3f));
        scene.addCircle(3f, 2.1f, 0.4f, o.withVelocity(-1f, 0f).withDensity(2f));
        int box = scene.addRectangle(2f, 3.2f, 0.5f, 0.5f, o.withVelocity(0.2f, -1.5f).withRotation(0.4f)).shape();
        int arm = scene.addRectangle(2f, 0.8f, 0.8f, 0.3f, o.withVelocity(0f, 1.2f).withAngularVelocity(2f)).shape();
        int wheel = scene.addCircle(2.4f, 0.8f, 0.2f, o.withVelocity(0.5f, 1f)).shape();
        scene.addRevoluteJoint(arm, wheel, 0.4f, 0f, 0f, 0f, JointOptions.defaults());
        int left = scene.addRectangle(3.2f, 3.5f, 0.4f, 0.4f, o.withVelocity(-1f, -1f)).shape();
        int right = scene.addRectangle(3.6f, 3.5f, 0.4f, 0.4f, o.withVelocity(-1f, -0.5f).withDensity(3f)).shape();
        scene.addFixedJoint(left, right, 0.2f, 0f, -0.2f, 0f, 0f);
        assertTrue(box > 3);
        for (int slot = 0; slot < 4; slot++) {
            state.shapes.active[TestScenes.row(state, slot)] = false;
        }
        return state;
    }

    /** {Σ m·vx, Σ m·vy, Σ m·|v|, Σ m·x, Σ m·y, Σ m} over active dynamic shapes, in double. */
    private static double[] totals(BatchState state) {
        ShapeTable s = state.shapes;
        double[] t = new double[6];
        for (int shape = 0; shape < state.config.numShapes(); shape++) {
            int row = s.row(ENV, shape);
            if (!s.active[row] || s.inverseMass[row] == 0f) {
                continue;
            }
            double mass = 1.0 / s.inverseMass[row];
            t[0] += mass * s.velocityX[row];
            t[1] += mass * s.velocityY[row];
            t[2] += mass * Math.hypot(s.velocityX[row], s.velocityY[row]);
            t[3] += mass * s.positionX[row];
            t[4] += mass * s.positionY[row];
            t[5] += mass;
        }
        return t;
    }

    @Test
    void shouldConserveLinearMomentumAndCentreOfMassMotion() {
        BatchState state = dynamicOnly();
        double[] start = totals(state);
        double scale = start[2];
        double dt = state.params(ENV).dt();
        double cmX = start[3] / start[5];
        double cmY = start[4] / start[5];
        boolean contactSeen = false;

        for (int step = 1; step <= 90; step++) {
            TestScenes.step(state, 1);
            double[] now = totals(state);
            assertEquals(start[0], now[0], scale * MOMENTUM_RELATIVE, "p_x at step " + step);
            assertEquals(start[1], now[1], scale * MOMENTUM_RELATIVE, "p_y at step " + step);
            // Contacts change velocities only; the joints' positional correction is mass-weighted.
            cmX += now[0] / now[5] * dt;
            cmY += now[1] / now[5] * dt;
            assertEquals(cmX, now[3] / now[5], MOMENTUM_RELATIVE, "centre of mass x at step " + step);
            assertEquals(cmY, now[4] / now[5], MOMENTUM_RELATIVE, "centre of mass y at step " + step);
            contactSeen |= anyActive(state.circleCircleManifolds) || anyActive(state.circlePolyManifolds)
                    || anyActive(state.polyPolyManifolds);
        }
        assertTrue(contactSeen, "the scene has contacts");
    }

    private static boolean anyActive(ManifoldTable m) {
        for (int p = 0; p < m.pointsPerEnv; p++) {
            if (m.active[m.row(ENV, p)]) {
                return true;
            }
        }
        return false;
    }

    /** A pile: boxes, a triangle and circles dropped onto the floor and each other. */
    private static BatchState pile() {
        BatchState state = TestScenes.defaultWorld();
        Scene scene = TestScenes.scene(state);
        BodyOptions o = BodyOptions.defaults();
        scene.addRectangle(2.5f, 0.8f, 1.2f, 0.5f, o);
        scene.addRectangle(2.3f, 1.6f, 0.5f, 0.5f, o.withRotation(0.3f));
        scene.addRectangle(2.9f, 2.3f, 0.6f, 0.3f, o.withRotation(-0.5f));
        scene.addPolygon(1.4f, 1.2f, new float[] {0.3f, 0.3f, -0.3f}, new float[] {0.3f, -0.3f, -0.3f}, o);
        scene.addCircle(1.5f, 2.2f, 0.3f, o);
        scene.addCircle(1.8f, 3.0f, 0.25f, o);
        scene.addCircle(3.4f, 1.2f, 0.35f, o.withRestitution(0.5f));
        scene.addCircle(3.0f, 3.5f, 0.2f, o);
        return state;
    }

    @Test
    void shouldKeepManifoldConventionsEveryStep() {
        BatchState state = pile();
        boolean bothSlotsSeen = false;
        int activeSeen = 0;

        for (int step = 1; step <= 150; step++) {
            TestScenes.step(state, 1);
            ManifoldTable rr = state.polyPolyManifolds;
            for (int pair = 0; pair < state.pairs.polyPolyA.length; pair++) {
                int slot0 = rr.row(ENV, pair * 2);
                int slot1 = rr.row(ENV, pair * 2 + 1);
                assertTrue(!rr.active[slot1] || rr.active[slot0], "rr slot 1 ⇒ slot 0, pair " + pair);
                bothSlotsSeen |= rr.active[slot1];
            }
            activeSeen += checkGroup(state, rr, state.pairs.polyPolyA, state.pairs.polyPolyB, 2, step);
            activeSeen += checkGroup(state, state.circlePolyManifolds, state.pairs.circlePolyA,
                    state.pairs.circlePolyB, 1, step);
            activeSeen += checkGroup(state, state.circleCircleManifolds, state.pairs.circleCircleA,
                    state.pairs.circleCircleB, 1, step);
        }
        assertTrue(bothSlotsSeen, "some polygon pair had two contact points");
        assertTrue(activeSeen > 100, "contacts seen: " + activeSeen);
    }

    /**
     * Every inactive point all-zero; every active one a unit normal pointing from the pair's first shape to its
     * second, checked through the shapes' geometric centres.
     */
    private static int checkGroup(BatchState state, ManifoldTable m, int[] pairA, int[] pairB, int pointsPerPair,
            int step) {
        int active = 0;
        for (int pair = 0; pair < pairA.length; pair++) {
            for (int k = 0; k < pointsPerPair; k++) {
                int p = m.row(ENV, pair * pointsPerPair + k);
                String where = "pair " + pairA[pair] + "-" + pairB[pair] + " slot " + k + " step " + step;
                if (!m.active[p]) {
                    float[] fields = {m.normalX[p], m.normalY[p], m.penetration[p], m.collisionPointX[p],
                        m.collisionPointY[p], m.accImpulseNormal[p], m.accImpulseTangent[p],
                        m.restitutionVelocityTarget[p]};
                    for (float f : fields) {
                        assertEquals(0f, f, 0f, "inactive manifold not zero: " + where);
                    }
                    continue;
                }
                active++;
                assertEquals(1.0, Math.hypot(m.normalX[p], m.normalY[p]), 1e-5, "unit normal: " + where);
                assertTrue(m.accImpulseNormal[p] >= 0f, "acc_N >= 0: " + where);
                double[] ca = centre(state, pairA[pair]);
                double[] cb = centre(state, pairB[pair]);
                double dx = cb[0] - ca[0];
                double dy = cb[1] - ca[1];
                assertTrue(m.normalX[p] * dx + m.normalY[p] * dy > 0, "normal a -> b: " + where);
            }
        }
        return active;
    }

    /** World centre of a shape: a polygon's vertex mean (the walls' origins are not at their centres). */
    private static double[] centre(BatchState state, int shape) {
        ShapeTable s = state.shapes;
        double lx = 0;
        double ly = 0;
        int n = s.nVertices[s.row(ENV, shape)];
        for (int k = 0; k < n; k++) {
            lx += s.vertexX[s.vertex(ENV, shape, k)] / n;
            ly += s.vertexY[s.vertex(ENV, shape, k)] / n;
        }
        return new double[] {TestScenes.worldX(state, shape, lx, ly), TestScenes.worldY(state, shape, lx, ly)};
    }

    @Test
    void shouldMarkSlotZeroActiveExactlyWhenPolygonPairCollides() {
        // The manifold Jax2D returns for a polygon pair is its slot 0: active iff the pair is in contact at all.
        BatchState state = pile();
        for (int step = 1; step <= 60; step++) {
            TestScenes.step(state, 1);
            CpuBackend.detectCollisions(state, ENV);
            ManifoldTable rr = state.polyPolyManifolds;
            for (int pair = 0; pair < state.pairs.polyPolyA.length; pair++) {
                boolean slot0 = rr.active[rr.row(ENV, pair * 2)];
                boolean slot1 = rr.active[rr.row(ENV, pair * 2 + 1)];
                assertEquals(slot0 || slot1, slot0, "pair " + pair + " step " + step);
                if (slot1) {
                    assertEquals(rr.penetration[rr.row(ENV, pair * 2)], rr.penetration[rr.row(ENV, pair * 2 + 1)],
                            0f, "both points share the SAT depth");
                }
            }
        }
        assertFalse(!anyActive(state.polyPolyManifolds), "the pile has polygon contacts");
    }
}
