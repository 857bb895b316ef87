package org.kinetix4j.render.edit;

import java.util.ArrayList;
import java.util.List;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * Why a level may not be saved at a size: more shapes, joints or thrusters than the size holds, or no green or
 * no blue shape (without both, no episode can ever be won). An empty list means it may be saved.
 */
public final class SaveCheck {
    private SaveCheck() {
    }

    /** The problems of saving {@code level} at {@code size} (a preset, or CUSTOM for the level's own capacities). */
    public static List<String> problems(Level level, LevelSize size) {
        StaticConfig own = level.state().config;
        StaticConfig target = size == LevelSize.CUSTOM ? own : size.config();
        Counts counts = Counts.of(level);
        List<String> problems = new ArrayList<>();
        String name = size == LevelSize.CUSTOM ? "its own size" : "size " + size;
        require(problems, "polygons", counts.polygons, target.numPolygons() - target.numStaticFixatedPolys(), name);
        require(problems, "circles", counts.circles, target.numCircles(), name);
        require(problems, "joints", counts.joints, target.numJoints(), name);
        require(problems, "thrusters", counts.thrusters, target.numThrusters(), name);
        if (counts.green == 0) {
            problems.add("no green shape: a level needs a green shape to deliver (select a shape, role = green)");
        }
        if (counts.blue == 0) {
            problems.add("no blue shape: a level needs a blue goal (select a shape, role = blue)");
        }
        return problems;
    }

    private static void require(List<String> problems, String what, int count, int capacity, String size) {
        if (count > capacity) {
            problems.add(count + " " + what + " do not fit " + size + " (at most " + capacity + ")");
        }
    }

    /**
     * Active entities of a level: movable polygons (beyond floor, walls and ceiling), circles, joints, thrusters,
     * and active shapes per role.
     */
    record Counts(int polygons, int circles, int joints, int thrusters, int green, int blue) {
        static Counts of(Level level) {
            BatchState state = level.state();
            EnvTables tables = level.tables();
            StaticConfig config = state.config;
            int polygons = 0;
            int circles = 0;
            int green = 0;
            int blue = 0;
            for (int shape = 0; shape < config.numShapes(); shape++) {
                if (!state.shapes.active[state.shapes.row(0, shape)]) {
                    continue;
                }
                if (shape >= config.numPolygons()) {
                    circles++;
                } else if (shape >= config.numStaticFixatedPolys()) {
                    polygons++;
                }
                int role = tables.role[tables.shapeRow(0, shape)];
                green += role == Role.GREEN.code ? 1 : 0;
                blue += role == Role.BLUE.code ? 1 : 0;
            }
            int joints = 0;
            for (int j = 0; j < config.numJoints(); j++) {
                joints += state.joints.active[state.joints.row(0, j)] ? 1 : 0;
            }
            int thrusters = 0;
            for (int t = 0; t < config.numThrusters(); t++) {
                thrusters += state.thrusters.active[state.thrusters.row(0, t)] ? 1 : 0;
            }
            return new Counts(polygons, circles, joints, thrusters, green, blue);
        }
    }
}
