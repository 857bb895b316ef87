package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.ShapeRef;

/** Mazes: fly a small thruster ship along a winding path between walls and hazards. */
public final class MazeLevels {
    private static final float SHIP_SIZE = 0.25f;
    private static final float WALL = 0.2f;
    /** Tilt of the two engines away from vertical, rad: firing both climbs, firing one also drifts sideways. */
    private static final float ENGINE_TILT = 0.5f;
    private static final float ENGINE_POWER = 0.06f;

    private MazeLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("maze_pegs", "Fall between the red pegs, steering with two tilted engines, and"
                        + " touch the blue ball at the bottom.", LevelSize.M, TaskFamily.MAZE, MazeLevels::mazePegs),
                new HandmadeLevel("maze_over_under", "Over the first wall, under the second, across the lava strip"
                        + " to the blue ball.", LevelSize.L, TaskFamily.MAZE, MazeLevels::mazeOverUnder),
                new HandmadeLevel("maze_chimney", "Climb a narrow chimney lined with red, then cross to the blue"
                        + " ball on the high ledge.", LevelSize.L, TaskFamily.MAZE, MazeLevels::mazeChimney));
    }

    /** M: the ship starts top-centre above two red pegs and a grey deflector; goal below on the right. */
    static Level mazePegs() {
        LevelBuilder b = new LevelBuilder(LevelSize.M);
        addShip(b, 2.5f, 4.5f);
        b.fixedCircle(2.5f, 3.3f, 0.35f, Role.RED);
        b.fixedCircle(1.2f, 2.0f, 0.35f, Role.RED);
        b.fixedBox(3.3f, 1.8f, 1.6f, WALL, -0.3f, Role.NONE);
        b.fixedCircle(4.4f, FLOOR_TOP + 0.3f, 0.3f, Role.BLUE);
        return b.build("maze_pegs");
    }

    /** L: start bottom-left; a wall from the floor, a wall from the ceiling, lava between and a red ball. */
    static Level mazeOverUnder() {
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        addShip(b, 0.5f, FLOOR_TOP + SHIP_SIZE / 2f);
        b.fixedBox(1.5f, FLOOR_TOP + 1.0f, WALL, 2.0f, Role.NONE);
        b.fixedBox(3.0f, 4.0f, WALL, 2.0f, Role.NONE);
        b.fixedBox(2.25f, FLOOR_TOP + 0.1f, 1.3f, WALL, Role.RED);
        b.fixedBox(3.8f, FLOOR_TOP + 0.1f, 0.4f, WALL, Role.RED);
        b.fixedCircle(2.3f, 4.6f, 0.3f, Role.RED);
        b.fixedCircle(4.5f, FLOOR_TOP + 0.3f, 0.3f, Role.BLUE);
        return b.build("maze_over_under");
    }

    /** L: a chimney between a grey wall and a red-faced column; the goal is on a ledge on the far side. */
    static Level mazeChimney() {
        final float chimneyLeft = 1.6f;
        final float chimneyRight = 2.4f;
        LevelBuilder b = new LevelBuilder(LevelSize.L);
        addShip(b, 2.0f, FLOOR_TOP + SHIP_SIZE / 2f);
        b.fixedBox(chimneyLeft - WALL / 2f, FLOOR_TOP + 1.5f, WALL, 2.0f, Role.RED);
        b.fixedBox(chimneyLeft - WALL / 2f, 3.9f + 0.5f, WALL, 1.0f, Role.NONE);
        b.fixedBox(chimneyRight + WALL / 2f, FLOOR_TOP + 1.4f, WALL, 2.0f, Role.NONE);
        b.fixedBox(chimneyRight + WALL / 2f, FLOOR_TOP + 2.4f + 0.4f, WALL, 0.8f, Role.RED);
        b.fixedBox(3.8f, 2.6f, 1.6f, WALL, Role.NONE);
        b.fixedCircle(4.2f, 2.7f + 0.25f, 0.25f, Role.BLUE);
        b.fixedCircle(0.8f, 2.5f, 0.3f, Role.RED);
        return b.build("maze_chimney");
    }

    /**
     * A green square ship at (x, y) with two engines through its centre, tilted from vertical: channel 0 pushes
     * up and right, channel 1 up and left. Either alone cannot hold the ship up; both together climb.
     */
    static ShapeRef addShip(LevelBuilder b, float x, float y) {
        ShapeRef ship = b.box(x, y, SHIP_SIZE, SHIP_SIZE, Role.GREEN);
        b.thruster(ship, 0f, 0f, ThrusterLevels.UP - ENGINE_TILT, ENGINE_POWER, 0);
        b.thruster(ship, 0f, 0f, ThrusterLevels.UP + ENGINE_TILT, ENGINE_POWER, 1);
        return ship;
    }
}
