package org.kinetix4j.env.levels;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kinetix4j.physics2d.BatchState;

/**
 * Scripted controllers that solve hand-made levels: open-loop action sequences, or closed-loop rules reading the
 * physics state. Shapes are addressed by their global index, known from the builder code (polygon slots 4 and up
 * in the order added; circle k is {@code numPolygons + k}).
 */
final class ScriptedSolutions {
    /** Motor channel value for +1 (counter-clockwise). */
    static final int CCW = 1;
    /** Motor channel value for −1 (clockwise). */
    static final int CW = 2;
    /** Thruster channel value for "fire". */
    static final int FIRE = 1;
    /** Index of thruster channel 0 in the multi-discrete action. */
    static final int THRUSTER_0 = 4;
    /** Index of thruster channel 1 in the multi-discrete action. */
    static final int THRUSTER_1 = 5;
    /** Global index of the first dynamic polygon. */
    static final int POLYGON_4 = 4;

    private ScriptedSolutions() {
    }

    /** Level path → a controller that solves it. */
    static Map<String, Controller> all() {
        Map<String, Controller> map = new LinkedHashMap<>();
        map.put("s/one_wheel_right", constant(0, CW));
        map.put("s/unicycle_left", balanceLeft(POLYGON_4, -0.6f, 0.3f));
        map.put("s/rocket_up", constant(THRUSTER_0, FIRE));
        map.put("s/thrust_aim", burst(THRUSTER_0, 0, 12));
        map.put("s/drift_to_pad", burst(THRUSTER_0, 0, 12));
        map.put("s/flick_up", constant(0, CW));
        map.put("s/pendulum_swing_up", pump(POLYGON_4));
        map.put("m/car_right", constant(0, CW));
        map.put("m/car_over_bump", constant(0, CCW));
        map.put("m/thrust_pick_side", constant(THRUSTER_0, FIRE));
        map.put("m/catapult", constant(0, CW));
        map.put("m/pendulum_pick_side", pumpLeft(POLYGON_4, 1.2f));
        map.put("l/car_ramp_jump", constant(0, CW));
        map.put("l/truck_stairs", constant(0, CW));
        map.put("l/throw_over_wall", constant(0, CW));
        map.put("m/thrust_over_wall", flyUpRight(POLYGON_4, 0.4f, 1.0f, 3.2f, 3.1f, 3.2f, 3.1f, 0.5f));
        map.put("m/thrust_needle", flyUpRight(POLYGON_4, 0.3f, 1.95f, 0.7f, 1.95f, 4.5f));
        map.put("m/lunar_lander", flyUpRight(POLYGON_4, 0.8f, 4.2f, 2.6f, 4.2f, 0.5f));
        map.put("l/maze_over_under", flyTilted(POLYGON_4, 0.9f, 0.5f, 2.8f, 2.25f, 2.8f, 2.25f, 1.2f, 3.8f, 1.2f,
                4.5f, 0.6f));
        map.put("l/maze_chimney", flyTilted(POLYGON_4, 0.5f, 2.0f, 4.2f, 3.3f, 4.2f, 4.2f, 2.95f));
        map.put("m/maze_pegs", flyTilted(POLYGON_4, 0.5f, 2.0f, 3.9f, 1.9f, 2.7f, 2.2f, 1.2f, 4.4f, 0.6f));
        return map;
    }

    /** The same action on one channel every step. */
    static Controller constant(int channel, int value) {
        return (step, state, tables) -> {
            int[] action = new int[6];
            action[channel] = value;
            return action;
        };
    }

    /** {@code value} on {@code channel} from step {@code from} (inclusive) to {@code to} (exclusive), else nothing. */
    static Controller burst(int channel, int from, int to) {
        return (step, state, tables) -> {
            int[] action = new int[6];
            action[channel] = step >= from && step < to ? (channel >= THRUSTER_0 ? FIRE : CCW) : 0;
            return action;
        };
    }

    /** Energy pumping on motor channel 0: always push the way the pendulum {@code shape} is already turning. */
    static Controller pump(int shape) {
        return (step, state, tables) -> {
            int[] action = new int[6];
            action[0] = Probe.omega(state, shape) >= 0f ? CCW : CW;
            return action;
        };
    }

    /**
     * Energy pumping that favours the left (clockwise) side: past {@code brakeAngle} on the right the motor pushes
     * back, so the pendulum only ever gets high enough on the left.
     */
    static Controller pumpLeft(int shape, float brakeAngle) {
        return (step, state, tables) -> {
            int[] action = new int[6];
            boolean tooFarRight = Probe.angle(state, shape) > brakeAngle;
            action[0] = tooFarRight || Probe.omega(state, shape) < 0f ? CW : CCW;
            return action;
        };
    }

    /**
     * Balances the rider {@code shape} of a unicycle while riding at {@code speed} m/s: the rider leans towards
     * where it should speed up (at most 0.15 rad), and a bang-bang rule on the lean error plus {@code kd} ×
     * angular velocity drives the wheel under it.
     */
    static Controller balanceLeft(int shape, float speed, float kd) {
        return (step, state, tables) -> {
            int[] action = new int[6];
            float lean = Math.clamp(0.3f * (Probe.vx(state, shape) - speed), -0.15f, 0.15f);
            float error = Probe.angle(state, shape) - lean + kd * Probe.omega(state, shape);
            action[0] = error > 0f ? CCW : CW;
            return action;
        };
    }

    /**
     * Flies a ship with an upward engine (thruster channel 0) and a rightward one (channel 1) through waypoints
     * {@code (x0, y0, x1, y1, …)}: each engine fires while the velocity is below the one that would close the
     * remaining distance (capped at {@code maxSpeed} sideways, 1 m/s vertically).
     */
    static Controller flyUpRight(int ship, float maxSpeed, float... waypoints) {
        int[] next = {0};
        return (step, state, tables) -> {
            float[] target = target(state, ship, waypoints, next, step, true);
            float x = Probe.x(state, ship);
            float y = Probe.y(state, ship);
            float wantVx = Math.clamp(target[0] - x, -maxSpeed, maxSpeed);
            float wantVy = Math.clamp(1.5f * (target[1] - y), -1f, 1f);
            int[] action = new int[6];
            action[THRUSTER_0] = Probe.vy(state, ship) < wantVy ? FIRE : 0;
            action[THRUSTER_1] = Probe.vx(state, ship) < wantVx ? FIRE : 0;
            return action;
        };
    }

    /**
     * Flies a maze ship (thruster channel 0 pushes up and right, channel 1 up and left; one alone cannot hold it
     * up) through waypoints: both fire to climb, one of them, every other step while climbing, to steer.
     */
    static Controller flyTilted(int ship, float maxSpeed, float... waypoints) {
        int[] next = {0};
        return (step, state, tables) -> {
            float[] target = target(state, ship, waypoints, next, step, false);
            float wantVx = Math.clamp(2f * (target[0] - Probe.x(state, ship)), -maxSpeed, maxSpeed);
            float wantVy = Math.clamp(2f * (target[1] - Probe.y(state, ship)), -1f, 1f);
            float vx = Probe.vx(state, ship);
            boolean up = Probe.vy(state, ship) < wantVy;
            boolean right = vx < wantVx - 0.05f;
            boolean left = vx > wantVx + 0.05f;
            boolean alternate = step % 2 == 0;
            int[] action = new int[6];
            action[THRUSTER_0] = right || (up && (!left || alternate)) ? FIRE : 0;
            action[THRUSTER_1] = left || (up && (!right || alternate)) ? FIRE : 0;
            return action;
        };
    }

    /**
     * The current waypoint of a ship, advancing {@code next[0]} when the ship is within 0.5 m of its height and
     * within 0.25 m of it across (or, for a ship that can only push right, anywhere past 0.25 m before it).
     */
    private static float[] target(BatchState state, int ship, float[] waypoints, int[] next, int step,
            boolean rightOnly) {
        if (step == 0) {
            next[0] = 0;
        }
        int last = waypoints.length / 2 - 1;
        float tx = waypoints[2 * next[0]];
        float ty = waypoints[2 * next[0] + 1];
        float dx = tx - Probe.x(state, ship);
        boolean across = rightOnly ? dx < 0.25f : Math.abs(dx) < 0.25f;
        if (next[0] < last && across && Math.abs(ty - Probe.y(state, ship)) < 0.5f) {
            next[0]++;
        }
        return new float[] {waypoints[2 * next[0]], waypoints[2 * next[0] + 1]};
    }
}
