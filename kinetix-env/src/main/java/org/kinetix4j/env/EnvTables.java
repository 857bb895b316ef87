package org.kinetix4j.env;

import java.util.Arrays;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Kinetix's per-slot additions to the physics state (spec kinetix.md §1.2), batched like the physics tables and
 * composed next to them rather than subclassing them. Layouts: {@code [env][shape]} (global shape index,
 * polygons first), {@code [env][joint]}, {@code [env][thruster]}.
 */
public final class EnvTables {
    /** The capacities these tables were sized for. */
    public final StaticConfig config;
    /** Number of environments. */
    public final int envCount;
    /** Role of each shape: 0 grey (none), 1 green, 2 blue, 3 red; {@code [env][shape]}. */
    public final int[] role;
    /** Density used to (re)compute mass and inertia, kg/m²; {@code [env][shape]}. */
    public final float[] density;
    /** Editor selection flag: saved, never simulated or observed; {@code [env][shape]}. */
    public final boolean[] highlighted;
    /** Motor action channel driving each joint, 0..numMotorBindings−1; {@code [env][joint]}. */
    public final int[] motorBinding;
    /** Joint motor forced to +1 every step (editor only, not saved); {@code [env][joint]}. */
    public final boolean[] motorAuto;
    /** Thruster action channel driving each thruster, 0..numThrusterBindings−1; {@code [env][thruster]}. */
    public final int[] thrusterBinding;

    /** Tables for {@code envCount} environments of {@code config}: roles 0, densities 1, bindings 0. */
    public EnvTables(StaticConfig config, int envCount) {
        this.config = config;
        this.envCount = envCount;
        int n = config.numShapes();
        role = new int[envCount * n];
        density = new float[envCount * n];
        highlighted = new boolean[envCount * n];
        motorBinding = new int[envCount * config.numJoints()];
        motorAuto = new boolean[envCount * config.numJoints()];
        thrusterBinding = new int[envCount * config.numThrusters()];
        Arrays.fill(density, 1f);
    }

    /** Index of shape {@code shape} of environment {@code env}. */
    public int shapeRow(int env, int shape) {
        return env * config.numShapes() + shape;
    }

    /** Index of joint slot {@code joint} of environment {@code env}. */
    public int jointRow(int env, int joint) {
        return env * config.numJoints() + joint;
    }

    /** Index of thruster slot {@code thruster} of environment {@code env}. */
    public int thrusterRow(int env, int thruster) {
        return env * config.numThrusters() + thruster;
    }

    /** Copies the role, density and highlight of shape row {@code fromRow} into row {@code toRow} of {@code to}. */
    public void copyShapeRow(int fromRow, EnvTables to, int toRow) {
        to.role[toRow] = role[fromRow];
        to.density[toRow] = density[fromRow];
        to.highlighted[toRow] = highlighted[fromRow];
    }

    /** Copies the motor binding and auto flag of joint row {@code fromRow} into row {@code toRow} of {@code to}. */
    public void copyJointRow(int fromRow, EnvTables to, int toRow) {
        to.motorBinding[toRow] = motorBinding[fromRow];
        to.motorAuto[toRow] = motorAuto[fromRow];
    }

    /** Copies the binding of thruster row {@code fromRow} into row {@code toRow} of {@code to}. */
    public void copyThrusterRow(int fromRow, EnvTables to, int toRow) {
        to.thrusterBinding[toRow] = thrusterBinding[fromRow];
    }

    /** Copies environment {@code fromEnv} into environment {@code toEnv} of {@code to} (same config). */
    public void copyEnv(int fromEnv, EnvTables to, int toEnv) {
        if (!BatchState.sameCapacities(to.config, config)) {
            throw new IllegalArgumentException("cannot copy between configs " + config + " and " + to.config);
        }
        int n = config.numShapes();
        System.arraycopy(role, fromEnv * n, to.role, toEnv * n, n);
        System.arraycopy(density, fromEnv * n, to.density, toEnv * n, n);
        System.arraycopy(highlighted, fromEnv * n, to.highlighted, toEnv * n, n);
        int j = config.numJoints();
        System.arraycopy(motorBinding, fromEnv * j, to.motorBinding, toEnv * j, j);
        System.arraycopy(motorAuto, fromEnv * j, to.motorAuto, toEnv * j, j);
        int t = config.numThrusters();
        System.arraycopy(thrusterBinding, fromEnv * t, to.thrusterBinding, toEnv * t, t);
    }
}
