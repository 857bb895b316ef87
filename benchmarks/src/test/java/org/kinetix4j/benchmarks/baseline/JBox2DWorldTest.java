package org.kinetix4j.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jbox2d.collision.shapes.MassData;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.collision.shapes.ShapeType;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.BodyType;
import org.jbox2d.dynamics.joints.Joint;
import org.jbox2d.dynamics.joints.JointType;
import org.jbox2d.dynamics.joints.RevoluteJoint;
import org.junit.jupiter.api.Test;
import org.kinetix4j.benchmarks.Scenes;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeRef;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;

class JBox2DWorldTest {

    private static List<Level> allLevels() {
        List<Level> levels = new ArrayList<>();
        for (LevelSize size : List.of(LevelSize.S, LevelSize.M, LevelSize.L)) {
            levels.addAll(Scenes.levels(size));
        }
        return levels;
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
                what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void shouldGiveEveryActiveShapeABodyWithOurPoseMassAndInertia() {
        for (Level level : allLevels()) {
            JBox2DWorld world = JBox2DWorld.of(level);
            ShapeTable s = level.state().shapes;
            int active = 0;
            for (int shape = 0; shape < s.capacity; shape++) {
                int row = s.row(0, shape);
                Body body = world.body(shape);
                if (!s.active[row]) {
                    assertNull(body, level.name() + " shape " + shape);
                    continue;
                }
                active++;
                String what = level.name() + " shape " + shape;
                assertNotNull(body, what);
                assertEquals(s.positionX[row], body.getPosition().x, 1e-6f, what + " x");
                assertEquals(s.positionY[row], body.getPosition().y, 1e-6f, what + " y");
                assertEquals(s.rotation[row], body.getAngle(), 1e-6f, what + " angle");
                assertEquals(level.state().config.isPolygon(shape) ? ShapeType.POLYGON : ShapeType.CIRCLE,
                        body.getFixtureList().getType(), what);
                if (s.inverseMass[row] == 0f) {
                    assertTrue(body.getType() != BodyType.DYNAMIC, what + " is static in Kinetix");
                    continue;
                }
                assertEquals(BodyType.DYNAMIC, body.getType(), what);
                assertRelative(1.0 / s.inverseMass[row], body.getMass(), 1e-4, what + " mass");
                if (s.inverseInertia[row] != 0f) {
                    assertRelative(1.0 / s.inverseInertia[row], body.getInertia(), 1e-4, what + " inertia");
                }
                assertEquals(0f, body.getLocalCenter().length(), 1e-6f, what + " centre of mass at the origin");
            }
            assertEquals(active, world.bodyCount(), level.name());
        }
    }

    @Test
    void shouldCreateARevoluteOrWeldJointPerActiveJoint() {
        int revolute = 0;
        int weld = 0;
        for (Level level : allLevels()) {
            JBox2DWorld world = JBox2DWorld.of(level);
            JointTable j = level.state().joints;
            ShapeTable s = level.state().shapes;
            int expected = 0;
            for (int slot = 0; slot < j.capacity; slot++) {
                int row = j.row(0, slot);
                boolean dynamic = s.inverseMass[s.row(0, j.aShape[row])] != 0f
                        || s.inverseMass[s.row(0, j.bShape[row])] != 0f;
                if (!j.active[row] || !dynamic) {
                    continue;
                }
                expected++;
                Joint joint = findJoint(world, world.body(j.aShape[row]), world.body(j.bShape[row]));
                assertNotNull(joint, level.name() + " joint " + slot);
                if (j.isFixedJoint[row]) {
                    assertEquals(JointType.WELD, joint.getType(), level.name() + " joint " + slot);
                    weld++;
                } else {
                    assertEquals(JointType.REVOLUTE, joint.getType(), level.name() + " joint " + slot);
                    RevoluteJoint r = (RevoluteJoint) joint;
                    assertEquals(j.rotation[row], r.getReferenceAngle(), 1e-6f);
                    assertEquals(j.motorHasJointLimits[row], r.isLimitEnabled());
                    assertEquals(j.aRelativePosX[row], r.getLocalAnchorA().x, 1e-6f);
                    assertEquals(j.bRelativePosY[row], r.getLocalAnchorB().y, 1e-6f);
                    revolute++;
                }
            }
            assertEquals(expected, world.world().getJointCount(), level.name());
        }
        assertTrue(revolute > 10 && weld > 5, "the levels exercise both kinds: " + revolute + "/" + weld);
    }

    private static Joint findJoint(JBox2DWorld world, Body a, Body b) {
        for (Joint joint = world.world().getJointList(); joint != null; joint = joint.getNext()) {
            if (joint.getBodyA() == a && joint.getBodyB() == b) {
                return joint;
            }
        }
        return null;
    }

    @Test
    void shouldComputeTheSameMassesFromDensityInJBox2DMode() {
        JBox2DOptions own = JBox2DOptions.defaults().withMassMode(JBox2DOptions.MassMode.JBOX2D)
                .withSkinCompensation(false);
        int circles = 0;
        for (Level level : allLevels()) {
            JBox2DWorld world = JBox2DWorld.convert(level.state(), 0, level.tables(), own);
            ShapeTable s = level.state().shapes;
            for (int shape = 0; shape < s.capacity; shape++) {
                int row = s.row(0, shape);
                if (!s.active[row] || s.inverseMass[row] == 0f) {
                    continue;
                }
                Body body = world.body(shape);
                String what = level.name() + " shape " + shape;
                // Areas agree (fan triangulation = polygon area), so masses do.
                assertRelative(1.0 / s.inverseMass[row], body.getMass(), 1e-4, what + " mass");
                if (!level.state().config.isPolygon(shape) && s.inverseInertia[row] != 0f) {
                    // Jax2D's disc inertia is half the physical m r^2 / 2 (spec jax2d.md §6.2).
                    assertRelative(2.0 / s.inverseInertia[row], body.getInertia(), 1e-4, what + " inertia");
                    circles++;
                }
            }
        }
        assertTrue(circles > 10, "circles checked: " + circles);
    }

    @Test
    void shouldInsetPolygonsByTheSkinSoThatTheyCoverTheSameArea() {
        BatchState state = new BatchState(StaticConfig.small(), 1);
        Scene scene = new Scene(state, 0).createEmpty();
        ShapeRef box = scene.addRectangle(2f, 2f, 1f, 0.5f, BodyOptions.defaults());
        JBox2DWorld world = JBox2DWorld.convert(state, 0, null, JBox2DOptions.defaults());
        PolygonShape polygon = (PolygonShape) world.body(box.shape()).getFixtureList().getShape();
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < polygon.getVertexCount(); k++) {
            maxX = Math.max(maxX, polygon.getVertex(k).x);
            maxY = Math.max(maxY, polygon.getVertex(k).y);
        }
        assertEquals(0.5f - polygon.getRadius(), maxX, 1e-6f);
        assertEquals(0.25f - polygon.getRadius(), maxY, 1e-6f);
    }

    @Test
    void shouldLandADroppedBoxAndBallAtTheSameHeightAsOurEngine() {
        BatchState state = new BatchState(StaticConfig.small(), 1);
        Scene scene = new Scene(state, 0).createEmpty();
        ShapeRef box = scene.addRectangle(2f, 2f, 1f, 0.5f, BodyOptions.defaults());
        ShapeRef ball = scene.addCircle(3.5f, 2.5f, 0.3f, BodyOptions.defaults());
        JBox2DWorld world = JBox2DWorld.convert(state, 0, null, JBox2DOptions.defaults());
        float[] actions = new float[state.config.actionSize()];
        ShapeTable s = state.shapes;
        try (CpuBackend ours = new CpuBackend(1)) {
            for (int t = 1; t <= 180; t++) {
                ours.step(state, actions);
                world.step(actions, 0);
                if (t == 20) {
                    // Free fall: both semi-implicit Euler with the same dt.
                    assertEquals(s.positionY[s.row(0, box.shape())], world.body(box.shape()).getPosition().y, 1e-4f);
                }
            }
        }
        // Floor top at y = 0.4. The box lands at the same depth; a resting circle sinks to Jax2D's slop (1 cm)
        // in our engine and to Box2D's linear slop (5 mm) in JBox2D.
        assertEquals(s.positionY[s.row(0, box.shape())], world.body(box.shape()).getPosition().y, 0.002f, "box");
        assertEquals(s.positionY[s.row(0, ball.shape())], world.body(ball.shape()).getPosition().y, 0.006f, "ball");
        assertEquals(0.65f, world.body(box.shape()).getPosition().y, 0.006f);
        assertEquals(0.70f, world.body(ball.shape()).getPosition().y, 0.011f);
    }

    @Test
    void shouldPushAThrusterParentWithTheSameImpulse() {
        BatchState state = new BatchState(StaticConfig.small(), 1);
        state.gravityY[0] = 0f;
        Scene scene = new Scene(state, 0).createEmpty();
        ShapeRef box = scene.addRectangle(2.5f, 2.5f, 0.6f, 0.3f, BodyOptions.defaults().withRotation(0.3f));
        scene.addThruster(box.shape(), 0.2f, 0.1f, 1.1f, 1.5f);
        JBox2DWorld world = JBox2DWorld.convert(state, 0, null, JBox2DOptions.defaults());
        float[] actions = {0f, 1f};
        try (CpuBackend ours = new CpuBackend(1)) {
            ours.step(state, actions);
        }
        world.step(actions, 0);
        ShapeTable s = state.shapes;
        int row = s.row(0, box.shape());
        Body body = world.body(box.shape());
        // Same impulse up to float rounding (JBox2D rotates with its own sin/cos).
        assertRelative(s.velocityX[row], body.getLinearVelocity().x, 1e-4, "vx");
        assertRelative(s.velocityY[row], body.getLinearVelocity().y, 1e-4, "vy");
        assertRelative(s.angularVelocity[row], body.getAngularVelocity(), 1e-4, "angular velocity");
        assertTrue(Math.abs(s.angularVelocity[row]) > 1f, "the off-centre thruster spins the box");
    }

    @Test
    void shouldDriveAMotorToTheSameRelativeSpeed() {
        BatchState state = new BatchState(StaticConfig.small(), 1);
        state.gravityY[0] = 0f;
        Scene scene = new Scene(state, 0).createEmpty();
        ShapeRef body = scene.addRectangle(2.5f, 2.5f, 1f, 0.4f, BodyOptions.defaults());
        ShapeRef wheel = scene.addCircle(3.2f, 2.5f, 0.2f, BodyOptions.defaults());
        scene.addRevoluteJoint(body.shape(), wheel.shape(), 0.7f, 0f, 0f, 0f,
                JointOptions.defaults().withMotor(1f, 1f));
        JBox2DWorld world = JBox2DWorld.convert(state, 0, null, JBox2DOptions.defaults());
        float[] actions = {1f, 0f};
        try (CpuBackend ours = new CpuBackend(1)) {
            for (int t = 0; t < 60; t++) {
                ours.step(state, actions);
                world.step(actions, 0);
            }
        }
        ShapeTable s = state.shapes;
        float oursRelative = s.angularVelocity[s.row(0, wheel.shape())] - s.angularVelocity[s.row(0, body.shape())];
        float theirs = world.body(wheel.shape()).getAngularVelocity()
                - world.body(body.shape()).getAngularVelocity();
        // Target: motorSpeed · action · baseMotorSpeed = 6 rad/s, counter-clockwise (b relative to a).
        assertEquals(6f, oursRelative, 0.3f);
        assertEquals(6f, theirs, 0.3f);
        Vec2 anchor = new Vec2();
        ((RevoluteJoint) world.world().getJointList()).getAnchorA(anchor);
        Vec2 other = new Vec2();
        ((RevoluteJoint) world.world().getJointList()).getAnchorB(other);
        assertEquals(0f, anchor.sub(other).length(), 0.01f, "the pin holds");
    }

    @Test
    void shouldFollowOurEngineOnTheHandMadeLevels() {
        // Same scenes, same actions, 300 steps (5 s): the two engines differ in solver details, not in the scene.
        for (LevelSize size : List.of(LevelSize.S, LevelSize.M, LevelSize.L)) {
            List<Level> levels = Scenes.preRolled(Scenes.levels(size), Scenes.PRE_ROLL_STEPS);
            int envs = levels.size();
            BatchState state = Scenes.tile(levels, envs);
            float[] actions = Scenes.actions(state.config, envs, Scenes.ACTION_SEED);
            double sum = 0;
            int bodies = 0;
            try (CpuBackend ours = new CpuBackend(1); JBox2DBatch theirs = JBox2DBatch.tile(levels, envs, 1)) {
                for (int t = 0; t < 300; t++) {
                    ours.step(state, actions);
                    theirs.step(actions);
                }
                ShapeTable s = state.shapes;
                for (int env = 0; env < envs; env++) {
                    for (int shape = 0; shape < s.capacity; shape++) {
                        Body body = theirs.world(env).body(shape);
                        if (body != null) {
                            int row = s.row(env, shape);
                            sum += Math.hypot(body.getPosition().x - s.positionX[row],
                                    body.getPosition().y - s.positionY[row]);
                            bodies++;
                        }
                    }
                }
            }
            // Measured: 2-7 cm on average (a few levels diverge by a metre or two: chaotic contacts, arms).
            assertTrue(sum / bodies < 0.15, size + ": mean position difference " + sum / bodies + " m");
        }
    }

    @Test
    void shouldStepWorldsSharingAScratchPoolExactlyAsSeparateWorlds() {
        List<Level> levels = Scenes.preRolled(Scenes.levels(LevelSize.M), 30);
        int envs = 12;
        float[] actions = Scenes.actions(levels.get(0).state().config, envs, 7);
        int width = levels.get(0).state().config.actionSize();
        List<JBox2DWorld> separate = new ArrayList<>();
        for (int env = 0; env < envs; env++) {
            separate.add(JBox2DWorld.of(levels.get(env % levels.size())));
        }
        try (JBox2DBatch batch = JBox2DBatch.tile(levels, envs, 2)) {
            for (int t = 0; t < 60; t++) {
                batch.step(actions);
                for (int env = 0; env < envs; env++) {
                    separate.get(env).step(actions, env * width);
                }
            }
            for (int env = 0; env < envs; env++) {
                Body a = batch.world(env).world().getBodyList();
                Body b = separate.get(env).world().getBodyList();
                for (; a != null; a = a.getNext(), b = b.getNext()) {
                    assertEquals(b.getPosition(), a.getPosition(), "env " + env);
                    assertEquals(b.getAngle(), a.getAngle(), "env " + env);
                }
            }
        }
    }

    @Test
    void shouldCopyBodyMassDataIntoMassDataObjects() {
        // Guards the assumption the KINETIX mass mode relies on: setMassData keeps an explicit centre of 0.
        Level level = Scenes.levels(LevelSize.S).get(0);
        JBox2DWorld world = JBox2DWorld.of(level);
        for (Body body = world.world().getBodyList(); body != null; body = body.getNext()) {
            MassData data = new MassData();
            body.getMassData(data);
            if (body.getType() == BodyType.DYNAMIC) {
                assertEquals(0f, data.center.length(), 1e-6f);
            }
        }
    }
}
