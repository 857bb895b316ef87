package org.kinetix4j.physics2d;

/**
 * One physics step of one environment (Jax2D {@code PhysicsEngine.step}, spec §3): an orchestrator of stage
 * calls in the reference's order. Holds its own scratch, so one instance serves one thread at a time.
 */
final class EnvStepper {
    private final StepWorkspace workspace;
    private final StaticConfig config;

    /** A stepper that evaluates everything afresh on each step. */
    EnvStepper(StaticConfig config) {
        this(config, null);
    }

    /** A stepper that keeps seldom-changing values in {@code cache} (shared by the steppers of one batch). */
    EnvStepper(StaticConfig config, ShapeCache cache) {
        this.config = config;
        this.workspace = new StepWorkspace(config, cache);
    }

    /**
     * Steps environment {@code env} with the J + T actions at {@code actions[actionOffset ..]}: motor actions
     * for joint slots 0..J−1, then thruster actions for thruster slots 0..T−1.
     */
    void step(BatchState state, int env, float[] actions, int actionOffset) {
        StepWorkspace ws = workspace;
        Integration.applyGravity(state, env);
        CollisionDetection.prepare(state, env, ws);
        CollisionDetection.detectAll(state, env, ws, config.doWarmStarting());
        JointSolver.prepare(state, env, ws);
        ContactSolver.prepare(state, env, ws);
        Actuators.applyMotors(state, env, ws, actions, actionOffset);
        Actuators.applyThrusters(state, env, ws, actions, actionOffset + config.numJoints());
        if (config.doWarmStarting()) {
            WarmStart.contacts(state, env, ws, ContactGroup.POLY_POLY);
            WarmStart.contacts(state, env, ws, ContactGroup.CIRCLE_POLY);
            WarmStart.contacts(state, env, ws, ContactGroup.CIRCLE_CIRCLE);
            WarmStart.joints(state, env, ws);
        }
        for (int iteration = 0; iteration < config.numSolverIterations(); iteration++) {
            JointSolver.solveAll(state, env, ws);
            ContactSolver.solveAll(state, ws);
        }
        ContactSolver.finish(state, ws);
        state.status[env] |= Integration.integrateAndClip(state, env);
        for (int slot = 0; slot < config.numThrusters(); slot++) {
            ThrusterPositions.update(state, env, slot);
        }
    }

    /** The capacities this stepper's scratch is sized for. */
    StaticConfig config() {
        return config;
    }

    /** Detection only (Jax2D {@code calculate_collision_manifolds}), as the level generator uses it. */
    void detect(BatchState state, int env) {
        CollisionDetection.prepare(state, env, workspace);
        CollisionDetection.detectAll(state, env, workspace, config.doWarmStarting());
    }
}
