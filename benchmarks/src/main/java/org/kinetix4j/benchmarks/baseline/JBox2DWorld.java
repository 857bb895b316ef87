package org.kinetix4j.benchmarks.baseline;

import java.util.Arrays;
import java.util.Objects;
import org.jbox2d.callbacks.ContactFilter;
import org.jbox2d.callbacks.ContactImpulse;
import org.jbox2d.callbacks.ContactListener;
import org.jbox2d.collision.Manifold;
import org.jbox2d.collision.shapes.CircleShape;
import org.jbox2d.collision.shapes.MassData;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.collision.shapes.Shape;
import org.jbox2d.common.Settings;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.BodyDef;
import org.jbox2d.dynamics.BodyType;
import org.jbox2d.dynamics.Fixture;
import org.jbox2d.dynamics.FixtureDef;
import org.jbox2d.dynamics.World;
import org.jbox2d.dynamics.contacts.Contact;
import org.jbox2d.dynamics.joints.RevoluteJoint;
import org.jbox2d.dynamics.joints.RevoluteJointDef;
import org.jbox2d.dynamics.joints.WeldJointDef;
import org.jbox2d.pooling.IWorldPool;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * One Kinetix environment as a JBox2D 2.2.1.1 world: the baseline that {@code ./kinetix bench} and the JMH
 * suite step side by side with our engine. Built by {@link #convert}; stepped by {@link #step} with the engine's
 * action layout ({@code J} motor actions, then {@code T} thruster actions).
 *
 * <p>The mapping (spec jax2d.md §3–6 against Box2D 2.2):
 * <ul>
 *   <li>every active shape slot is one body with one fixture (Jax2D has no compound bodies); inverse mass 0 is a
 *       static body (kinematic if it has a velocity, which Jax2D integrates), otherwise dynamic, with fixed
 *       rotation when the inverse inertia is 0. Position = the centre of mass, angle = rotation, velocities as
 *       stored. Polygon vertices are local to the centre of mass and clockwise; JBox2D gets them
 *       counter-clockwise.</li>
 *   <li>masses: see {@link JBox2DOptions.MassMode}. Default: ours, exactly (JBox2D's own differ for circle
 *       inertia, ×2, and for the centre of general quadrilaterals).</li>
 *   <li>which pairs collide: a contact filter applies Jax2D's collision modes (mode 2 hits everything, 0 only
 *       mode 2, 1 hits 1 and 2) and its collision matrix (no contacts inside a joint-connected group, not only
 *       between directly jointed bodies); static–static pairs never collide in either engine.</li>
 *   <li>friction √((0.4 f_a)² + (0.4 f_b)²) and restitution min(e_a, e_b), Jax2D's mixing rules, instead of
 *       Box2D's √(f_a f_b) and max: set on the fixtures when every shape of the world shares one value (then
 *       Box2D's mix gives the same number), else by a contact listener when a contact begins.</li>
 *   <li>revolute joints: anchors, reference angle and limits as stored; the motor drives
 *       ω_b − ω_a to {@code motorSpeed · action · baseMotorSpeed} with at most
 *       {@code baseMotorPower · motorPower · dt · axialMass} impulse per step, which is Jax2D's saturated
 *       {@code tanh} motor (Jax2D's fade near a limit is not modelled); action 0 switches the motor off, as in
 *       Jax2D. Fixed joints are rigid weld joints with the stored reference angle.</li>
 *   <li>thrusters: an impulse {@code power · baseThrusterPower · action · dt} along
 *       {@code thruster.rotation + parent rotation}, at the thruster's anchor, before the step.</li>
 *   <li>world: per-environment gravity and dt, sleeping off, continuous collision off (Jax2D has neither),
 *       warm starting on.</li>
 * </ul>
 * Not modelled: Jax2D's position/velocity clipping, its padding-lane quirk and its restitution without a
 * velocity threshold. Resting contacts sink to Box2D's linear slop (5 mm) rather than Jax2D's slop (1 cm).
 */
public final class JBox2DWorld {
    private final World world;
    private final Body[] bodies;
    private final RevoluteJoint[] motors;
    private final float[] motorSpeed;
    private final float[] lastMotorAction;
    private final int[] thrusterShape;
    private final float[] thrusterX;
    private final float[] thrusterY;
    private final float[] thrusterRotation;
    private final float[] thrusterImpulse;
    private final int numJoints;
    private final float dt;
    private final int velocityIterations;
    private final int positionIterations;
    private final Vec2 impulse = new Vec2();
    private final Vec2 point = new Vec2();
    private final Vec2 local = new Vec2();

    private JBox2DWorld(World world, Body[] bodies, int numJoints, int numThrusters, float dt, JBox2DOptions options) {
        this.world = world;
        this.bodies = bodies;
        this.numJoints = numJoints;
        this.motors = new RevoluteJoint[numJoints];
        this.motorSpeed = new float[numJoints];
        this.lastMotorAction = new float[numJoints];
        this.thrusterShape = new int[numThrusters];
        Arrays.fill(thrusterShape, -1);
        this.thrusterX = new float[numThrusters];
        this.thrusterY = new float[numThrusters];
        this.thrusterRotation = new float[numThrusters];
        this.thrusterImpulse = new float[numThrusters];
        this.dt = dt;
        this.velocityIterations = options.velocityIterations();
        this.positionIterations = options.positionIterations();
    }

    /** The world of a level (its only environment), with the default options. */
    public static JBox2DWorld of(Level level) {
        return convert(level.state(), 0, level.tables(), JBox2DOptions.defaults(), null);
    }

    /** The world of a level (its only environment), with the default options and the given scratch pool. */
    public static JBox2DWorld of(Level level, IWorldPool pool) {
        return convert(level.state(), 0, level.tables(), JBox2DOptions.defaults(), pool);
    }

    /**
     * Converts environment {@code env} of a batch into a new JBox2D world.
     *
     * @param tables  the Kinetix tables of the batch, for the shape densities ({@link JBox2DOptions.MassMode#JBOX2D});
     *                may be null in {@link JBox2DOptions.MassMode#KINETIX} mode
     * @throws IllegalArgumentException if {@code tables} is null in JBOX2D mode
     */
    public static JBox2DWorld convert(BatchState state, int env, EnvTables tables, JBox2DOptions options) {
        return convert(state, env, tables, options, null);
    }

    /**
     * As {@link #convert(BatchState, int, EnvTables, JBox2DOptions)}, with the world's scratch pool given: worlds
     * that are never stepped concurrently may share one (JBox2D's per-world default pool holds ~0.8 MB of
     * preallocated scratch objects, which at thousands of worlds is most of the baseline's memory).
     *
     * @param pool the scratch pool, or null for a new one of JBox2D's default size
     */
    public static JBox2DWorld convert(BatchState state, int env, EnvTables tables, JBox2DOptions options,
            IWorldPool pool) {
        Objects.requireNonNull(options, "options");
        state.checkEnv(env);
        if (options.massMode() == JBox2DOptions.MassMode.JBOX2D && tables == null) {
            throw new IllegalArgumentException("MassMode.JBOX2D needs the densities of the Kinetix tables");
        }
        StaticConfig config = state.config;
        SimParams params = state.params(env);
        ShapeTable s = state.shapes;
        int n = config.numShapes();

        Vec2 gravity = new Vec2(state.gravityX[env], state.gravityY[env]);
        World world = pool == null ? new World(gravity) : new World(gravity, pool);
        world.setAllowSleep(false);
        world.setContinuousPhysics(options.continuousPhysics());
        world.setSubStepping(false);
        world.setWarmStarting(true);

        // Jax2D's friction and restitution mixing; exact on the fixtures when all shapes agree.
        float firstFriction = Float.NaN;
        float firstRestitution = Float.NaN;
        boolean uniform = true;
        for (int shape = 0; shape < n; shape++) {
            int row = s.row(env, shape);
            if (!s.active[row]) {
                continue;
            }
            if (Float.isNaN(firstFriction)) {
                firstFriction = s.friction[row];
                firstRestitution = s.restitution[row];
            }
            uniform &= s.friction[row] == firstFriction && s.restitution[row] == firstRestitution;
        }
        float baseFriction = params.baseFriction();

        Body[] bodies = new Body[n];
        JBox2DWorld result = new JBox2DWorld(world, bodies, config.numJoints(), config.numThrusters(), params.dt(),
                options);
        for (int shape = 0; shape < n; shape++) {
            int row = s.row(env, shape);
            if (s.active[row]) {
                bodies[shape] = createBody(world, state, env, shape, tables, options, uniform, baseFriction);
            }
        }
        int[] modes = new int[n];
        for (int shape = 0; shape < n; shape++) {
            modes[shape] = s.collisionMode[s.row(env, shape)];
        }
        boolean[] matrix = Arrays.copyOfRange(state.collisionMatrix, state.matrixIndex(env, 0, 0),
                state.matrixIndex(env, 0, 0) + n * n);
        world.setContactFilter(new KinetixContactFilter(modes, matrix, n));
        if (!uniform) {
            world.setContactListener(new KinetixMixing(s, env, baseFriction));
        }
        result.addJoints(state, env);
        result.addThrusters(state, env);
        return result;
    }

    private static Body createBody(World world, BatchState state, int env, int shape, EnvTables tables,
            JBox2DOptions options, boolean uniform, float baseFriction) {
        ShapeTable s = state.shapes;
        int row = s.row(env, shape);
        boolean fixated = s.inverseMass[row] == 0f;
        boolean moving = s.velocityX[row] != 0f || s.velocityY[row] != 0f || s.angularVelocity[row] != 0f;
        BodyDef def = new BodyDef();
        def.type = !fixated ? BodyType.DYNAMIC : (moving ? BodyType.KINEMATIC : BodyType.STATIC);
        def.position.set(s.positionX[row], s.positionY[row]);
        def.angle = s.rotation[row];
        def.linearVelocity.set(s.velocityX[row], s.velocityY[row]);
        def.angularVelocity = s.angularVelocity[row];
        def.allowSleep = false;
        def.awake = true;
        def.fixedRotation = !fixated && s.inverseInertia[row] == 0f;
        def.userData = shape;
        Body body = world.createBody(def);

        FixtureDef fixture = new FixtureDef();
        fixture.shape = state.config.isPolygon(shape) ? polygon(s, env, shape, options.skinCompensation())
                : circle(s.radius[row]);
        fixture.density = tables != null ? tables.density[tables.shapeRow(env, shape)] : 1f;
        if (!(fixture.density > 0f)) {
            fixture.density = 1f;
        }
        // Box2D mixes √(f_a f_b): with equal frictions f' = 0.4·√2·f gives Jax2D's √((0.4 f)² + (0.4 f)²).
        fixture.friction = uniform ? (float) (Math.sqrt(2.0) * baseFriction * s.friction[row]) : 0f;
        fixture.restitution = s.restitution[row];
        body.createFixture(fixture);

        if (!fixated && options.massMode() == JBox2DOptions.MassMode.KINETIX) {
            MassData mass = new MassData();
            mass.mass = 1f / s.inverseMass[row];
            mass.center.setZero();
            mass.I = s.inverseInertia[row] == 0f ? 0f : 1f / s.inverseInertia[row];
            body.setMassData(mass);
        }
        return body;
    }

    private static Shape circle(float radius) {
        CircleShape circle = new CircleShape();
        circle.m_radius = radius;
        circle.m_p.setZero();
        return circle;
    }

    private static Shape polygon(ShapeTable s, int env, int shape, boolean skin) {
        int count = s.nVertices[s.row(env, shape)];
        float[] x = new float[count];
        float[] y = new float[count];
        for (int k = 0; k < count; k++) {
            // Ours are clockwise, JBox2D's counter-clockwise.
            x[k] = s.vertexX[s.vertex(env, shape, count - 1 - k)];
            y[k] = s.vertexY[s.vertex(env, shape, count - 1 - k)];
        }
        if (skin) {
            inset(x, y, Settings.polygonRadius);
        }
        Vec2[] vertices = new Vec2[count];
        for (int k = 0; k < count; k++) {
            vertices[k] = new Vec2(x[k], y[k]);
        }
        PolygonShape polygon = new PolygonShape();
        polygon.set(vertices, count);
        return polygon;
    }

    /**
     * Moves every edge of a convex counter-clockwise polygon inwards by {@code r} (in place); leaves the polygon
     * as it is if it is too thin for that.
     */
    static void inset(float[] x, float[] y, float r) {
        int n = x.length;
        double[] nx = new double[n];
        double[] ny = new double[n];
        for (int i = 0; i < n; i++) {
            double ex = x[(i + 1) % n] - x[i];
            double ey = y[(i + 1) % n] - y[i];
            double len = Math.hypot(ex, ey);
            if (len < 4 * r) {
                return;
            }
            nx[i] = ey / len;
            ny[i] = -ex / len;
        }
        float[] ix = new float[n];
        float[] iy = new float[n];
        for (int i = 0; i < n; i++) {
            int prev = (i + n - 1) % n;
            double denom = 1 + nx[prev] * nx[i] + ny[prev] * ny[i];
            if (denom < 0.1) {
                return;
            }
            ix[i] = (float) (x[i] - r * (nx[prev] + nx[i]) / denom);
            iy[i] = (float) (y[i] - r * (ny[prev] + ny[i]) / denom);
        }
        for (int i = 0; i < n; i++) {
            int next = (i + 1) % n;
            double oldX = x[next] - x[i];
            double oldY = y[next] - y[i];
            double newX = ix[next] - ix[i];
            double newY = iy[next] - iy[i];
            if (oldX * newX + oldY * newY <= 0) {
                return;
            }
        }
        System.arraycopy(ix, 0, x, 0, n);
        System.arraycopy(iy, 0, y, 0, n);
    }

    private void addJoints(BatchState state, int env) {
        JointTable j = state.joints;
        ShapeTable s = state.shapes;
        SimParams params = state.params(env);
        for (int slot = 0; slot < j.capacity; slot++) {
            int row = j.row(env, slot);
            Body a = bodies[j.aShape[row]];
            Body b = bodies[j.bShape[row]];
            if (!j.active[row] || a == null || b == null
                    || (a.getType() != BodyType.DYNAMIC && b.getType() != BodyType.DYNAMIC)) {
                continue;
            }
            if (j.isFixedJoint[row]) {
                WeldJointDef def = new WeldJointDef();
                def.bodyA = a;
                def.bodyB = b;
                def.localAnchorA.set(j.aRelativePosX[row], j.aRelativePosY[row]);
                def.localAnchorB.set(j.bRelativePosX[row], j.bRelativePosY[row]);
                def.referenceAngle = j.rotation[row];
                def.frequencyHz = 0f;
                def.dampingRatio = 0f;
                def.collideConnected = false;
                world.createJoint(def);
                continue;
            }
            RevoluteJointDef def = new RevoluteJointDef();
            def.bodyA = a;
            def.bodyB = b;
            def.localAnchorA.set(j.aRelativePosX[row], j.aRelativePosY[row]);
            def.localAnchorB.set(j.bRelativePosX[row], j.bRelativePosY[row]);
            def.referenceAngle = j.rotation[row];
            def.enableLimit = j.motorHasJointLimits[row];
            def.lowerAngle = Math.min(j.minRotation[row], j.maxRotation[row]);
            def.upperAngle = Math.max(j.minRotation[row], j.maxRotation[row]);
            def.enableMotor = false;
            def.collideConnected = false;
            int ra = s.row(env, j.aShape[row]);
            int rb = s.row(env, j.bShape[row]);
            float inertiaSum = s.inverseInertia[ra] + s.inverseInertia[rb];
            float axialMass = inertiaSum == 0f ? 0f : 1f / inertiaSum;
            // Jax2D's largest motor impulse per step is baseMotorPower·motorPower·dt·axialMass: a torque of that/dt.
            def.maxMotorTorque = params.baseMotorPower() * j.motorPower[row] * axialMass;
            RevoluteJoint joint = (RevoluteJoint) world.createJoint(def);
            if (j.motorOn[row]) {
                motors[slot] = joint;
                motorSpeed[slot] = j.motorSpeed[row] * params.baseMotorSpeed();
            }
        }
    }

    private void addThrusters(BatchState state, int env) {
        ThrusterTable t = state.thrusters;
        float base = state.params(env).baseThrusterPower();
        for (int slot = 0; slot < t.capacity; slot++) {
            int row = t.row(env, slot);
            Body parent = bodies[t.shape[row]];
            if (!t.active[row] || parent == null || parent.getType() != BodyType.DYNAMIC) {
                continue;
            }
            thrusterShape[slot] = t.shape[row];
            thrusterX[slot] = t.relativePositionX[row];
            thrusterY[slot] = t.relativePositionY[row];
            thrusterRotation[slot] = t.rotation[row];
            thrusterImpulse[slot] = t.power[row] * base * dt;
        }
    }

    /**
     * One step: motors and thrusters from {@code actions[offset ..]} ({@code J} motor actions, then {@code T}
     * thruster actions, the engine's layout), then {@code World.step(dt, velocityIterations, positionIterations)}.
     */
    public void step(float[] actions, int offset) {
        for (int slot = 0; slot < numJoints; slot++) {
            RevoluteJoint motor = motors[slot];
            float action = actions[offset + slot];
            if (motor == null || action == lastMotorAction[slot]) {
                continue;
            }
            lastMotorAction[slot] = action;
            motor.enableMotor(action != 0f);
            motor.setMotorSpeed(motorSpeed[slot] * action);
        }
        for (int slot = 0; slot < thrusterShape.length; slot++) {
            float action = actions[offset + numJoints + slot];
            if (thrusterShape[slot] < 0 || action == 0f) {
                continue;
            }
            Body parent = bodies[thrusterShape[slot]];
            float angle = thrusterRotation[slot] + parent.getAngle();
            float f = thrusterImpulse[slot] * action;
            impulse.set((float) Math.cos(angle) * f, (float) Math.sin(angle) * f);
            local.set(thrusterX[slot], thrusterY[slot]);
            parent.getWorldPointToOut(local, point);
            parent.applyLinearImpulse(impulse, point);
        }
        world.step(dt, velocityIterations, positionIterations);
    }

    /** The JBox2D world. */
    public World world() {
        return world;
    }

    /** The body of global shape index {@code shape} (polygons first), or null if that slot is inactive. */
    public Body body(int shape) {
        return bodies[shape];
    }

    /** Number of bodies (active shapes). */
    public int bodyCount() {
        return world.getBodyCount();
    }

    /** Jax2D's collision modes and collision matrix as a JBox2D contact filter. */
    private static final class KinetixContactFilter extends ContactFilter {
        private final int[] modes;
        private final boolean[] matrix;
        private final int n;

        KinetixContactFilter(int[] modes, boolean[] matrix, int n) {
            this.modes = modes;
            this.matrix = matrix;
            this.n = n;
        }

        @Override
        public boolean shouldCollide(Fixture fixtureA, Fixture fixtureB) {
            int a = (Integer) fixtureA.getBody().getUserData();
            int b = (Integer) fixtureB.getBody().getUserData();
            int ma = modes[a];
            int mb = modes[b];
            return (ma == 2 || mb == 2 || ma * mb > 0) && matrix[a * n + b];
        }
    }

    /** Jax2D's friction and restitution mixing for worlds whose shapes differ, set when a contact begins. */
    private static final class KinetixMixing implements ContactListener {
        private final float[] friction;
        private final float[] restitution;

        KinetixMixing(ShapeTable s, int env, float baseFriction) {
            friction = new float[s.capacity];
            restitution = new float[s.capacity];
            for (int shape = 0; shape < s.capacity; shape++) {
                friction[shape] = s.friction[s.row(env, shape)] * baseFriction;
                restitution[shape] = s.restitution[s.row(env, shape)];
            }
        }

        @Override
        public void beginContact(Contact contact) {
            int a = (Integer) contact.getFixtureA().getBody().getUserData();
            int b = (Integer) contact.getFixtureB().getBody().getUserData();
            contact.setFriction((float) Math.sqrt(friction[a] * friction[a] + friction[b] * friction[b]));
            contact.setRestitution(Math.min(restitution[a], restitution[b]));
        }

        @Override
        public void endContact(Contact contact) {
        }

        @Override
        public void preSolve(Contact contact, Manifold oldManifold) {
        }

        @Override
        public void postSolve(Contact contact, ContactImpulse impulse) {
        }
    }
}
