package org.kinetix4j.render.edit;

import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/** What lies under a world point, with Kinetix's pick radii and priorities (spec kinetix.md §7.2, select tool). */
public final class Picking {
    /** A joint is picked within this distance of its anchor, m. */
    public static final float JOINT_RADIUS = 0.1f;
    /** A thruster is picked within this distance of its anchor, m. */
    public static final float THRUSTER_RADIUS = 0.16f;

    private Picking() {
    }

    /** Whether {@code target} names an active entity of {@code level} (NONE is "active"). */
    public static boolean isActive(Level level, Selection target) {
        BatchState state = level.state();
        StaticConfig config = state.config;
        int i = target.index();
        return switch (target.kind()) {
            case NONE -> true;
            case SHAPE -> i >= 0 && i < config.numShapes() && state.shapes.active[state.shapes.row(0, i)];
            case JOINT -> i >= 0 && i < config.numJoints() && state.joints.active[state.joints.row(0, i)];
            case THRUSTER -> i >= 0 && i < config.numThrusters() && state.thrusters.active[state.thrusters.row(0, i)];
        };
    }

    /**
     * In priority order: a joint within 0.1 m, a thruster within 0.16 m, a movable polygon, a circle, and last the
     * floor, walls or ceiling (they take roles, e.g. a red lava floor, but cannot be moved); or NONE.
     */
    public static Selection pick(Level level, float x, float y) {
        BatchState state = level.state();
        JointTable joints = state.joints;
        for (int j = 0; j < state.config.numJoints(); j++) {
            int row = joints.row(0, j);
            if (joints.active[row]
                    && Math.hypot(joints.globalPositionX[row] - x, joints.globalPositionY[row] - y) <= JOINT_RADIUS) {
                return Selection.joint(j);
            }
        }
        ThrusterTable thrusters = state.thrusters;
        for (int t = 0; t < state.config.numThrusters(); t++) {
            int row = thrusters.row(0, t);
            if (thrusters.active[row] && Math.hypot(thrusters.globalPositionX[row] - x,
                    thrusters.globalPositionY[row] - y) <= THRUSTER_RADIUS) {
                return Selection.thruster(t);
            }
        }
        int[] shapes = shapesAt(level, x, y, true);
        return shapes.length > 0 ? Selection.shape(shapes[0]) : Selection.NONE;
    }

    /**
     * Active shapes containing (x, y): movable polygons first, then circles, each in index order; with
     * {@code includeWorld} the floor, walls and ceiling come last (a joint may pin a shape to the floor).
     */
    public static int[] shapesAt(Level level, float x, float y, boolean includeWorld) {
        BatchState state = level.state();
        StaticConfig config = state.config;
        int[] found = new int[config.numShapes()];
        int n = 0;
        for (int shape = config.numStaticFixatedPolys(); shape < config.numShapes(); shape++) {
            if (state.shapes.active[state.shapes.row(0, shape)] && contains(state, shape, x, y)) {
                found[n++] = shape;
            }
        }
        for (int shape = 0; includeWorld && shape < config.numStaticFixatedPolys(); shape++) {
            if (state.shapes.active[state.shapes.row(0, shape)] && contains(state, shape, x, y)) {
                found[n++] = shape;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /** Whether global shape {@code shape} of environment 0 contains world point (x, y). */
    public static boolean contains(BatchState state, int shape, float x, float y) {
        ShapeTable shapes = state.shapes;
        int row = shapes.row(0, shape);
        float dx = x - shapes.positionX[row];
        float dy = y - shapes.positionY[row];
        if (shape >= state.config.numPolygons()) {
            return dx * dx + dy * dy <= shapes.radius[row] * shapes.radius[row];
        }
        float c = Maths.cos(shapes.rotation[row]);
        float s = Maths.sin(shapes.rotation[row]);
        float lx = c * dx + s * dy;
        float ly = -s * dx + c * dy;
        int n = shapes.nVertices[row];
        for (int k = 0; k < n; k++) {
            int v = shapes.vertex(0, shape, k);
            int w = shapes.vertex(0, shape, (k + 1) % n);
            float ex = shapes.vertexX[w] - shapes.vertexX[v];
            float ey = shapes.vertexY[w] - shapes.vertexY[v];
            // Clockwise polygon: the inside is to the right of every edge.
            if (ex * (ly - shapes.vertexY[v]) - ey * (lx - shapes.vertexX[v]) > 0f) {
                return false;
            }
        }
        return true;
    }
}
