package org.kinetix4j.levelgen;

import java.util.Objects;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * What a level contains, counted over its active entities; the static floor, walls and ceiling are excluded from
 * the shape counts. Used by the statistics and by {@code kinetix generate}.
 *
 * @param floorRole      role of the floor (slot 0)
 * @param polygons       active non-static polygons
 * @param circles        active circles
 * @param fixated        active non-static shapes with inverse mass 0
 * @param roleCounts     active non-static shapes per role 0..3
 * @param joints         active joints
 * @param fixedJoints    active fixed joints
 * @param motorsOn       active revolute joints with the motor on
 * @param usableMotors   motors that can move something (spec §1.3: revolute, on, both bodies active, not both
 *                       fixated)
 * @param thrusters      active thrusters
 * @param usableThrusters active thrusters on an active, non-fixated shape
 */
public record LevelSummary(int floorRole, int polygons, int circles, int fixated, int[] roleCounts, int joints,
        int fixedJoints, int motorsOn, int usableMotors, int thrusters, int usableThrusters) {

    /** Copies the role counts. */
    public LevelSummary {
        roleCounts = roleCounts.clone();
    }

    /** Role counts per role 0..3 (a copy). */
    @Override
    public int[] roleCounts() {
        return roleCounts.clone();
    }

    /** Active non-static shapes. */
    public int shapes() {
        return polygons + circles;
    }

    /** Whether any action channel moves something: a usable motor or thruster. */
    public boolean hasUsableControl() {
        return usableMotors > 0 || usableThrusters > 0;
    }

    /** Counts the entities of {@code level}. */
    public static LevelSummary of(Level level) {
        Objects.requireNonNull(level, "level");
        BatchState state = level.state();
        EnvTables tables = level.tables();
        StaticConfig c = state.config;
        ShapeTable s = state.shapes;
        int polygons = 0;
        int circles = 0;
        int fixated = 0;
        int[] roles = new int[4];
        for (int shape = c.numStaticFixatedPolys(); shape < c.numShapes(); shape++) {
            int row = s.row(0, shape);
            if (!s.active[row]) {
                continue;
            }
            polygons += c.isPolygon(shape) ? 1 : 0;
            circles += c.isPolygon(shape) ? 0 : 1;
            fixated += s.inverseMass[row] == 0f ? 1 : 0;
            int role = tables.role[tables.shapeRow(0, shape)];
            if (role >= 0 && role < roles.length) {
                roles[role]++;
            }
        }
        int[] joints = countJoints(state);
        int[] thrusters = countThrusters(state);
        return new LevelSummary(tables.role[tables.shapeRow(0, 0)], polygons, circles, fixated, roles, joints[0],
                joints[1], joints[2], joints[3], thrusters[0], thrusters[1]);
    }

    /** {active, fixed, motors on, usable motors}. */
    private static int[] countJoints(BatchState state) {
        JointTable j = state.joints;
        ShapeTable s = state.shapes;
        int[] n = new int[4];
        for (int slot = 0; slot < state.config.numJoints(); slot++) {
            int row = j.row(0, slot);
            if (!j.active[row]) {
                continue;
            }
            n[0]++;
            n[1] += j.isFixedJoint[row] ? 1 : 0;
            boolean on = j.motorOn[row] && !j.isFixedJoint[row];
            n[2] += on ? 1 : 0;
            int a = s.row(0, j.aShape[row]);
            int b = s.row(0, j.bShape[row]);
            boolean bodiesMove = s.active[a] && s.active[b] && (s.inverseMass[a] != 0f || s.inverseMass[b] != 0f);
            n[3] += on && bodiesMove ? 1 : 0;
        }
        return n;
    }

    /** {active, usable}. */
    private static int[] countThrusters(BatchState state) {
        ThrusterTable t = state.thrusters;
        ShapeTable s = state.shapes;
        int[] n = new int[2];
        for (int slot = 0; slot < state.config.numThrusters(); slot++) {
            int row = t.row(0, slot);
            if (!t.active[row]) {
                continue;
            }
            n[0]++;
            int parent = s.row(0, t.shape[row]);
            n[1] += s.active[parent] && s.inverseMass[parent] != 0f ? 1 : 0;
        }
        return n;
    }
}
