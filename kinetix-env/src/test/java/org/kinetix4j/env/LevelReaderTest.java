package org.kinetix4j.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/** Loads the shipped Kinetix levels and checks them against the spec's table and the golden trace headers. */
class LevelReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Spec kinetix.md §5.5: one row per premade level (74; the checkout ships 57 of them). */
    private static final String SPEC_TABLE = """
            | s/h0_weak_thrust | 0 | 2 | 0/0 | 1 | [] | [0] | 3 | 1/1/0 | 0 |
            | s/h1_thrust_over_ball | 1 | 2 | 0/0 | 1 | [] | [0] | 0 | 1/1/1 | 0 |
            | s/h2_one_wheel_car | 1 | 2 | 1/0 | 0 | [0] | [] | 0 | 1/1/0 | 0 |
            | s/h3_point_the_thruster | 1 | 2 | 1/0 | 1 | [0] | [0] | 0 | 1/1/0 | 0 |
            | s/h4_thrust_aim | 1 | 2 | 0/0 | 1 | [] | [0] | 0 | 1/1/1 | 0 |
            | s/h5_rotate_fall | 1 | 2 | 1/0 | 0 | [0] | [] | 1 | 0/1/1 | 0 |
            | s/h6_unicycle_right | 1 | 2 | 1/0 | 0 | [0] | [] | 0 | 1/1/0 | 0 |
            | s/h7_unicycle_left | 1 | 2 | 1/0 | 0 | [0] | [] | 0 | 1/1/0 | 0 |
            | s/h8_unicycle_balance | 1 | 2 | 1/0 | 0 | [1] | [] | 3 | 1/1/0 | 0 |
            | s/h9_explode_then_thrust_over | 1 | 2 | 0/0 | 1 | [] | [0] | 0 | 1/1/0 | 0 |
            | m/h0_unicycle | 2 | 2 | 1/1 | 0 | [0] | [] | 3 | 1/1/0 | 1 |
            | m/h1_car_left | 2 | 3 | 2/0 | 0 | [0] | [] | 0 | 1/1/1 | 0 |
            | m/h2_car_right | 2 | 3 | 2/0 | 0 | [0] | [] | 0 | 1/1/1 | 0 |
            | m/h3_car_thrust | 2 | 3 | 2/0 | 1 | [0] | [0] | 0 | 1/1/1 | 0 |
            | m/h4_thrust_the_needle | 2 | 0 | 0/0 | 1 | [] | [0] | 3 | 1/1/0 | 0 |
            | m/h5_angry_birds | 2 | 3 | 1/0 | 0 | [1] | [] | 0 | 1/1/1 | 1 |
            | m/h6_thrust_over | 0 | 3 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/1 | 0 |
            | m/h7_car_flip | 2 | 2 | 2/0 | 2 | [0] | [0, 1] | 0 | 1/1/1 | 0 |
            | m/h8_weird_vehicle | 2 | 2 | 2/0 | 0 | [0] | [] | 0 | 1/1/0 | 0 |
            | m/h9_spin_the_right_way | 1 | 3 | 1/0 | 0 | [0] | [] | 3 | 1/1/0 | 1 |
            | m/h10_thrust_right_easy | 2 | 0 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/0 | 1 |
            | m/h11_thrust_left_easy | 2 | 0 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/0 | 1 |
            | m/h12_thrustfall_left | 1 | 2 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/1 | 2 |
            | m/h13_thrustfall_right | 1 | 2 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/1 | 2 |
            | m/h14_thrustblock | 1 | 1 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/0 | 0 |
            | m/h15_thrustshoot | 2 | 2 | 0/0 | 1 | [] | [0] | 0 | 1/1/0 | 1 |
            | m/h16_thrustcontrol_right | 2 | 2 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/1 | 3 |
            | m/h17_thrustcontrol_left | 2 | 2 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/1 | 3 |
            | m/h18_thrust_right_very_easy | 2 | 0 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/0 | 1 |
            | m/h19_thrust_left_very_easy | 2 | 0 | 0/0 | 2 | [] | [0, 1] | 0 | 1/1/0 | 1 |
            | m/arm_hard | 2 | 2 | 2/0 | 0 | [0, 1] | [] | 0 | 1/1/1 | 2 |
            | m/arm_left | 2 | 3 | 2/0 | 0 | [0, 1] | [] | 0 | 1/1/1 | 3 |
            | m/arm_right | 2 | 3 | 2/0 | 0 | [0, 1] | [] | 0 | 1/1/1 | 3 |
            | m/arm_up | 2 | 2 | 2/0 | 0 | [0, 1] | [] | 3 | 1/1/0 | 2 |
            | l/h0_angrybirds | 4 | 2 | 1/0 | 0 | [0] | [] | 2 | 1/0/0 | 1 |
            | l/h1_car_left | 2 | 2 | 2/0 | 0 | [0] | [] | 0 | 1/1/0 | 0 |
            | l/h2_car_ramp | 4 | 2 | 2/0 | 0 | [0] | [] | 0 | 1/1/1 | 2 |
            | l/h3_car_right | 2 | 2 | 2/0 | 0 | [0] | [] | 0 | 1/1/0 | 1 |
            | l/h4_cartpole | 3 | 3 | 3/1 | 0 | [0] | [] | 3 | 1/1/0 | 1 |
            | l/h5_flappy_bird | 4 | 1 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/3 | 4 |
            | l/h6_lorry | 3 | 3 | 2/1 | 0 | [0] | [] | 3 | 1/1/0 | 1 |
            | l/h7_maze_1 | 3 | 2 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/3 | 4 |
            | l/h8_maze_2 | 4 | 2 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/4 | 5 |
            | l/h9_morph_direction | 3 | 2 | 1/0 | 0 | [0] | [] | 0 | 1/1/0 | 2 |
            | l/h10_morph_direction_2 | 1 | 2 | 1/0 | 0 | [0] | [] | 0 | 1/1/0 | 0 |
            | l/h11_obstacle_avoidance | 3 | 1 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/2 | 3 |
            | l/h12_platformer_1 | 4 | 3 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/3 | 6 |
            | l/h13_platformer_2 | 4 | 4 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/4 | 7 |
            | l/h14_simple_thruster | 3 | 0 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/1 | 0 |
            | l/h15_swing_up | 3 | 2 | 2/1 | 0 | [0] | [] | 0 | 1/1/0 | 2 |
            | l/h16_thruster_goal | 1 | 1 | 0/0 | 2 | [] | [0, 1] | 3 | 1/1/0 | 1 |
            | l/h17_unicycle | 2 | 2 | 1/1 | 0 | [0] | [] | 3 | 1/1/0 | 1 |
            | l/car_launch | 5 | 2 | 3/0 | 0 | [0, 1] | [] | 3 | 1/1/0 | 2 |
            | l/car_swing_around | 8 | 3 | 6/0 | 0 | [0] | [] | 3 | 1/1/0 | 4 |
            | l/chain_lander | 6 | 1 | 4/0 | 2 | [] | [0, 1] | 3 | 1/1/0 | 0 |
            | l/chain_thrust | 7 | 1 | 5/0 | 2 | [] | [0, 1] | 0 | 1/1/1 | 2 |
            | l/gears | 7 | 3 | 2/4 | 0 | [0] | [] | 3 | 1/1/0 | 3 |
            | l/grasp_easy | 8 | 2 | 6/0 | 0 | [0, 1, 2, 3] | [] | 3 | 1/1/0 | 3 |
            | l/grasp_hard | 8 | 2 | 6/0 | 0 | [0, 1, 2, 3] | [] | 3 | 1/1/0 | 3 |
            | l/hard_beam_balance | 3 | 1 | 1/0 | 0 | [0] | [] | 3 | 1/1/0 | 2 |
            | l/hard_cartpole_thrust | 5 | 0 | 1/0 | 2 | [] | [0, 1] | 3 | 1/1/2 | 3 |
            | l/hard_cartpole_wheels | 5 | 2 | 3/0 | 0 | [0] | [] | 3 | 1/1/2 | 3 |
            | l/hard_lunar_lander | 4 | 0 | 0/2 | 2 | [] | [0, 1] | 3 | 1/1/0 | 1 |
            | l/hard_pinball | 4 | 4 | 2/0 | 0 | [0, 1] | [] | 3 | 1/1/0 | 5 |
            | l/lever_puzzle | 8 | 4 | 3/0 | 0 | [0] | [] | 0 | 1/1/0 | 6 |
            | l/mjc_half_cheetah | 8 | 0 | 4/2 | 0 | [0, 1, 2, 3] | [] | 3 | 1/1/0 | 1 |
            | l/mjc_half_cheetah_easy | 8 | 0 | 4/2 | 0 | [0, 1, 2, 3] | [] | 0 | 1/1/0 | 1 |
            | l/mjc_hopper | 5 | 0 | 3/0 | 0 | [0, 1, 2] | [] | 3 | 1/1/0 | 1 |
            | l/mjc_hopper_easy | 5 | 0 | 3/0 | 0 | [0, 1, 2] | [] | 0 | 1/1/0 | 1 |
            | l/mjc_swimmer | 4 | 0 | 2/0 | 0 | [0, 1] | [] | 0 | 1/1/0 | 1 |
            | l/mjc_walker | 8 | 0 | 4/2 | 0 | [0, 1, 2, 3] | [] | 3 | 1/1/0 | 1 |
            | l/mjc_walker_easy | 8 | 0 | 4/2 | 0 | [0, 1, 2, 3] | [] | 0 | 1/1/0 | 1 |
            | l/pr | 7 | 3 | 2/0 | 2 | [] | [0, 1] | 0 | 1/1/1 | 3 |
            | l/rail | 3 | 3 | 2/0 | 0 | [0] | [] | 3 | 1/1/0 | 3 |
            """;

    @Test
    void shouldLoadEveryShippedLevelWithTheSizeOfItsFolder() {
        int loaded = 0;
        for (LevelSize size : List.of(LevelSize.S, LevelSize.M, LevelSize.L)) {
            List<Path> files = LevelTestFiles.levels(size.name().toLowerCase(Locale.ROOT));
            assertFalse(files.isEmpty(), "no levels for " + size);
            for (Path file : files) {
                Level level = LevelReader.read(file);
                assertEquals(size, level.size(), file.toString());
                assertEquals(file.toString(), level.name());
                assertShippedDefaults(level, file.toString());
                loaded++;
            }
        }
        assertEquals(57, loaded, "the checkout ships 10 S, 24 M and 23 L levels");
    }

    private static void assertShippedDefaults(Level level, String file) {
        KinetixStaticParams sp = level.staticParams();
        StaticConfig config = sp.physics();
        assertEquals(2, sp.frameSkip(), file);
        assertEquals(4, sp.numMotorBindings(), file);
        assertEquals(2, sp.numThrusterBindings(), file);
        assertEquals(500, sp.screenWidth(), file);
        assertEquals(500, sp.screenHeight(), file);
        assertEquals(4, sp.downscale(), file);
        assertEquals(2f, sp.maxShapeSize(), file);
        assertEquals(10, config.numSolverIterations(), file);
        assertEquals(16, config.solverBatchSize(), file);
        assertTrue(config.doWarmStarting(), file);
        assertEquals(4, config.numStaticFixatedPolys(), file);
        assertTrue(config.emulatePaddingQuirk(), file);
        EnvParams ep = level.envParams();
        assertEquals(SimParams.defaults(), ep.physics(), file);
        assertEquals(SimParams.defaults(), level.state().params(0), file);
        assertEquals(256, ep.maxTimesteps(), file);
        assertEquals(100f, ep.pixelsPerUnit(), file);
        assertEquals(0.1f, ep.denseRewardScale(), file);
        assertEquals(4, ep.numShapeRoles(), file);
        BatchState state = level.state();
        assertEquals(0f, state.gravityX[0], file);
        assertEquals(-9.81f, state.gravityY[0], file);
        assertEquals(0, state.status[0], file);
        for (ManifoldTable m : List.of(state.polyPolyManifolds, state.circlePolyManifolds,
                state.circleCircleManifolds)) {
            for (int point = 0; point < m.pointsPerEnv; point++) {
                assertFalse(m.active[point], file);
                assertEquals(0f, m.accImpulseNormal[point], file);
                assertEquals(0f, m.accImpulseTangent[point], file);
            }
        }
        for (int j = 0; j < config.numJoints(); j++) {
            assertFalse(level.tables().motorAuto[j], file);
        }
        assertCollisionMatrixFollowsJoints(level, file);
    }

    /** Two distinct shapes collide iff no chain of active joints connects them; the diagonal never collides. */
    private static void assertCollisionMatrixFollowsJoints(Level level, String file) {
        BatchState state = level.state();
        int n = state.config.numShapes();
        boolean[][] linked = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            linked[i][i] = true;
        }
        JointTable joints = state.joints;
        for (int j = 0; j < state.config.numJoints(); j++) {
            if (joints.active[j]) {
                linked[joints.aShape[j]][joints.bShape[j]] = true;
                linked[joints.bShape[j]][joints.aShape[j]] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int m = 0; m < n; m++) {
                    linked[i][m] |= linked[i][k] && linked[k][m];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < n; m++) {
                assertEquals(!linked[i][m], state.collisionMatrix[state.matrixIndex(0, i, m)],
                        file + " collision matrix [" + i + "][" + m + "]");
            }
        }
    }

    @Test
    void shouldMatchTheSpecTableOfPremadeLevels() {
        int checked = 0;
        for (String line : SPEC_TABLE.strip().split("\n")) {
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|");
            String name = cells[0].strip();
            Path file = LevelTestFiles.level(name);
            if (!Files.exists(file)) {
                continue; // the 17 L levels not shipped in this checkout
            }
            Level level = LevelReader.read(file);
            List<String> expected = new ArrayList<>();
            for (String cell : cells) {
                expected.add(cell.strip());
            }
            assertEquals(expected, describe(name, level), name);
            checked++;
        }
        assertEquals(57, checked);
    }

    /** The row of spec table §5.5 computed from a loaded level. */
    private static List<String> describe(String name, Level level) {
        StaticConfig config = level.state().config;
        ShapeTable shapes = level.state().shapes;
        EnvTables tables = level.tables();
        int dynamicPolygons = 0;
        for (int p = config.numStaticFixatedPolys(); p < config.numPolygons(); p++) {
            dynamicPolygons += shapes.active[p] ? 1 : 0;
        }
        int circles = 0;
        for (int c = 0; c < config.numCircles(); c++) {
            circles += shapes.active[config.circleShape(c)] ? 1 : 0;
        }
        int[] roleCounts = new int[4];
        int fixated = 0;
        for (int shape = 1; shape < config.numShapes(); shape++) {
            if (shapes.active[shape]) {
                roleCounts[tables.role[shape]]++;
                boolean nonStatic = shape >= config.numStaticFixatedPolys();
                fixated += nonStatic && shapes.inverseMass[shape] == 0f ? 1 : 0;
            }
        }
        JointTable joints = level.state().joints;
        int revolute = 0;
        int fixed = 0;
        TreeSet<Integer> motorBindings = new TreeSet<>();
        for (int j = 0; j < config.numJoints(); j++) {
            if (joints.active[j]) {
                if (joints.isFixedJoint[j]) {
                    fixed++;
                } else {
                    revolute++;
                    if (joints.motorOn[j]) {
                        motorBindings.add(tables.motorBinding[j]);
                    }
                }
            }
        }
        ThrusterTable thrusters = level.state().thrusters;
        int activeThrusters = 0;
        TreeSet<Integer> thrusterBindings = new TreeSet<>();
        for (int t = 0; t < config.numThrusters(); t++) {
            if (thrusters.active[t]) {
                activeThrusters++;
                thrusterBindings.add(tables.thrusterBinding[t]);
            }
        }
        return List.of(name, Integer.toString(dynamicPolygons), Integer.toString(circles), revolute + "/" + fixed,
                Integer.toString(activeThrusters), motorBindings.toString(), thrusterBindings.toString(),
                Integer.toString(tables.role[0]), roleCounts[1] + "/" + roleCounts[2] + "/" + roleCounts[3],
                Integer.toString(fixated));
    }

    @Test
    void shouldMatchTheGoldenInitialStateOfEveryTracedLevel() throws IOException {
        int checked = 0;
        for (String size : List.of("s", "m")) {
            Path dir = LevelTestFiles.sharedDir().resolve("golden/engine").resolve(size);
            List<Path> traces;
            try (var files = Files.list(dir)) {
                traces = files.filter(f -> f.getFileName().toString().endsWith("__zero.jsonl")).sorted().toList();
            }
            for (Path trace : traces) {
                String levelName = trace.getFileName().toString().replace("__zero.jsonl", "");
                Level level = LevelReader.read(LevelTestFiles.level(size + "/" + levelName));
                assertMatchesGoldenHeader(level, header(trace), size + "/" + levelName);
                checked++;
            }
        }
        assertEquals(34, checked, "golden engine traces exist for the 10 S and 24 M levels");
    }

    private static JsonNode header(Path trace) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
            return JSON.readTree(reader.readLine());
        }
    }

    private static void assertMatchesGoldenHeader(Level level, JsonNode header, String name) {
        BatchState state = level.state();
        ShapeTable shapes = state.shapes;
        EnvTables tables = level.tables();
        int n = state.config.numShapes();
        JsonNode initial = header.get("initial_slots");
        JsonNode slotInfo = header.get("slot_info");
        assertEquals(n, initial.size(), name);
        assertEquals(n, slotInfo.size(), name);
        for (int shape = 0; shape < n; shape++) {
            String where = name + " slot " + shape;
            JsonNode slot = initial.get(shape);
            assertEquals(slot.get(0).intValue() == 1, shapes.active[shape], where + " active");
            assertSameFloat(slot.get(1), shapes.positionX[shape], where + " x");
            assertSameFloat(slot.get(2), shapes.positionY[shape], where + " y");
            assertSameFloat(slot.get(3), shapes.rotation[shape], where + " rotation");
            assertSameFloat(slot.get(4), shapes.velocityX[shape], where + " vx");
            assertSameFloat(slot.get(5), shapes.velocityY[shape], where + " vy");
            assertSameFloat(slot.get(6), shapes.angularVelocity[shape], where + " angular velocity");
            JsonNode info = slotInfo.get(shape);
            assertEquals(shape, info.get("slot").intValue(), where);
            assertEquals(info.get("kind").asText().equals("polygon"), state.config.isPolygon(shape), where);
            assertEquals(info.get("active").booleanValue(), shapes.active[shape], where + " active");
            assertSameFloat(info.get("inverse_mass"), shapes.inverseMass[shape], where + " inverse_mass");
            assertSameFloat(info.get("inverse_inertia"), shapes.inverseInertia[shape], where + " inverse_inertia");
            if (state.config.isPolygon(shape)) {
                // Circles: 36 circle slots of the S/M files store n_vertices 4 (the rest 0); the reader copies the
                // file's value like the reference loader, while Kinetix.js reports 0. Physics never reads it.
                assertEquals(info.get("n_vertices").intValue(), shapes.nVertices[shape], where + " n_vertices");
            }
            assertSameFloat(info.get("radius"), shapes.radius[shape], where + " radius");
            assertEquals(info.get("role").intValue(), tables.role[shape], where + " role");
            assertEquals(info.get("collision_mode").intValue(), shapes.collisionMode[shape], where + " mode");
            assertSameFloat(info.get("friction"), shapes.friction[shape], where + " friction");
            assertSameFloat(info.get("restitution"), shapes.restitution[shape], where + " restitution");
        }
        JointTable joints = state.joints;
        JsonNode jointInfo = header.get("joints");
        assertEquals(state.config.numJoints(), jointInfo.size(), name);
        for (int j = 0; j < jointInfo.size(); j++) {
            JsonNode info = jointInfo.get(j);
            String where = name + " joint " + j;
            assertEquals(info.get("active").booleanValue(), joints.active[j], where);
            assertEquals(info.get("a_index").intValue(), joints.aShape[j], where + " a_index");
            assertEquals(info.get("b_index").intValue(), joints.bShape[j], where + " b_index");
            assertEquals(info.get("motor_on").booleanValue(), joints.motorOn[j], where + " motor_on");
            assertEquals(info.get("is_fixed_joint").booleanValue(), joints.isFixedJoint[j], where + " fixed");
            assertEquals(info.get("motor_has_joint_limits").booleanValue(), joints.motorHasJointLimits[j], where);
            assertSameFloat(info.get("motor_speed"), joints.motorSpeed[j], where + " motor_speed");
            assertSameFloat(info.get("motor_power"), joints.motorPower[j], where + " motor_power");
            assertEquals(info.get("motor_binding").intValue(), tables.motorBinding[j], where + " binding");
        }
        ThrusterTable thrusters = state.thrusters;
        JsonNode thrusterInfo = header.get("thrusters");
        assertEquals(state.config.numThrusters(), thrusterInfo.size(), name);
        for (int t = 0; t < thrusterInfo.size(); t++) {
            JsonNode info = thrusterInfo.get(t);
            String where = name + " thruster " + t;
            assertEquals(info.get("active").booleanValue(), thrusters.active[t], where);
            assertEquals(info.get("object_index").intValue(), thrusters.shape[t], where + " object_index");
            assertSameFloat(info.get("power"), thrusters.power[t], where + " power");
            assertSameFloat(info.get("rotation"), thrusters.rotation[t], where + " rotation");
            assertEquals(info.get("thruster_binding").intValue(), tables.thrusterBinding[t], where + " binding");
        }
        JsonNode counts = header.get("counts");
        assertEquals(counts.get("polygons").intValue(), state.config.numPolygons(), name);
        assertEquals(counts.get("circles").intValue(), state.config.numCircles(), name);
    }

    /** Exact float32 equality of a golden double (a float32 printed in full) and a loaded value; −0 equals 0. */
    private static void assertSameFloat(JsonNode golden, float actual, String message) {
        float expected = (float) golden.doubleValue();
        assertTrue(expected == actual, message + ": expected " + expected + " (" + golden + "), got " + actual);
    }

    @Test
    void shouldCopyEveryFieldOfTheOneWheelCar() {
        Level level = LevelReader.read(LevelTestFiles.level("s/h2_one_wheel_car"));
        BatchState state = level.state();
        ShapeTable shapes = state.shapes;
        // Floor, from the file (spec §1.5 geometry).
        assertEquals(2.5f, shapes.positionX[0]);
        assertEquals((float) -4.800000190734863, shapes.positionY[0]);
        assertEquals(2.5f, shapes.vertexX[shapes.vertex(0, 0, 0)]);
        assertEquals((float) 5.199999809265137, shapes.vertexY[shapes.vertex(0, 0, 0)]);
        assertEquals(2, shapes.collisionMode[0]);
        // Left wall with its inner face at x = 0 (current files, spec §5.3).
        assertEquals(0f, shapes.vertexX[shapes.vertex(0, 1, 1)]);
        // The car body: polygon slot 4.
        assertTrue(shapes.active[4]);
        assertEquals((float) 4.297500133514404, shapes.positionX[4]);
        assertEquals(0.625f, shapes.positionY[4]);
        assertEquals((float) 6.060605525970459, shapes.inverseMass[4]);
        assertEquals((float) 100.92247009277344, shapes.inverseInertia[4]);
        assertEquals(4, shapes.nVertices[4]);
        assertEquals((float) 0.20000000298023224, shapes.radius[4], "polygons keep the file's meaningless radius");
        // Circle slot 0 is global shape 5, the blue wheel; circle slot 1 (shape 6) is the green ball.
        assertEquals(5, state.config.circleShape(0));
        assertEquals((float) 0.17492865025997162, shapes.radius[5]);
        assertEquals((float) 4.029953479766846, shapes.rotation[5]);
        assertEquals(4, shapes.nVertices[5], "this file stores n_vertices 4 for its circles; copied as is");
        assertEquals(2, level.tables().role[5]);
        assertEquals(1, level.tables().role[6]);
        assertEquals(1f, level.tables().density[6]);
        // The motorised wheel joint, from the car body to the wheel (global indices).
        JointTable joints = state.joints;
        assertTrue(joints.active[0]);
        assertEquals(4, joints.aShape[0]);
        assertEquals(5, joints.bShape[0]);
        assertEquals((float) -0.3425002098083496, joints.aRelativePosX[0]);
        assertEquals((float) -0.014999985694885254, joints.aRelativePosY[0]);
        assertEquals((float) 3.9549999237060547, joints.globalPositionX[0]);
        assertEquals((float) 0.6100000143051147, joints.globalPositionY[0]);
        assertEquals((float) 1.5707963705062866, joints.maxRotation[0]);
        assertEquals((float) 4.029953479766846, joints.rotation[0]);
        assertTrue(joints.motorOn[0]);
        assertFalse(joints.isFixedJoint[0]);
        assertEquals(0, level.tables().motorBinding[0]);
        // The unused thruster keeps the file's values (parent 0, global position at the floor).
        ThrusterTable thrusters = state.thrusters;
        assertFalse(thrusters.active[0]);
        assertEquals(0, thrusters.shape[0]);
        assertEquals(2.5f, thrusters.globalPositionX[0]);
        // Body and wheel are joined, so they never collide; both still collide with the floor.
        assertFalse(state.collisionMatrix[state.matrixIndex(0, 4, 5)]);
        assertTrue(state.collisionMatrix[state.matrixIndex(0, 4, 0)]);
        assertTrue(state.collisionMatrix[state.matrixIndex(0, 6, 5)]);
    }

    @Test
    void shouldCheckSeveralLevelsOfTheSpecTableByHand() {
        Level lava = LevelReader.read(LevelTestFiles.level("s/h0_weak_thrust"));
        assertEquals(3, lava.tables().role[0], "red (lava) floor");
        assertTrue(lava.state().thrusters.active[0]);

        Level arm = LevelReader.read(LevelTestFiles.level("m/arm_left"));
        assertEquals(0, arm.tables().motorBinding[0]);
        assertEquals(1, arm.tables().motorBinding[1]);

        Level pinball = LevelReader.read(LevelTestFiles.level("l/hard_pinball"));
        TreeSet<Integer> bindings = new TreeSet<>();
        for (int j = 0; j < 6; j++) {
            if (pinball.state().joints.active[j]) {
                bindings.add(pinball.tables().motorBinding[j]);
            }
        }
        assertEquals(List.of(0, 1), List.copyOf(bindings));

        Level cartpole = LevelReader.read(LevelTestFiles.level("l/h4_cartpole"));
        int fixed = 0;
        int revolute = 0;
        for (int j = 0; j < 6; j++) {
            if (cartpole.state().joints.active[j]) {
                fixed += cartpole.state().joints.isFixedJoint[j] ? 1 : 0;
                revolute += cartpole.state().joints.isFixedJoint[j] ? 0 : 1;
            }
        }
        assertEquals(3, revolute);
        assertEquals(1, fixed);

        Level angry = LevelReader.read(LevelTestFiles.level("l/h0_angrybirds"));
        assertEquals(2, angry.tables().role[0], "the floor is the goal");
    }

    @Test
    void shouldCopyQuirksOfInactiveSlotsAsTheyAre() {
        // Two shipped levels keep thruster binding 3 on an inactive thruster although there are 2 channels.
        Level balance = LevelReader.read(LevelTestFiles.level("s/h8_unicycle_balance"));
        assertFalse(balance.state().thrusters.active[0]);
        assertEquals(3, balance.tables().thrusterBinding[0]);
        Level unicycle = LevelReader.read(LevelTestFiles.level("m/h0_unicycle"));
        assertFalse(unicycle.state().thrusters.active[1]);
        assertEquals(3, unicycle.tables().thrusterBinding[1]);
        // The L files store n_vertices 0 for the inactive polygon slots 8..11 (the empty scene has 4).
        Level large = LevelReader.read(LevelTestFiles.level("l/h0_angrybirds"));
        for (int p = 8; p < 12; p++) {
            assertFalse(large.state().shapes.active[p]);
            assertEquals(0, large.state().shapes.nVertices[p]);
        }
    }

    @Test
    void shouldReadJsonArraysLikeIndexObjects() throws IOException {
        Path file = LevelTestFiles.level("m/h7_car_flip");
        Level expected = LevelReader.read(file);
        JsonNode asArrays = indexObjectsToArrays(JSON.readTree(file.toFile()));
        assertTrue(asArrays.get("env_state").get("polygon").get(4).get("vertices").isArray());
        Level actual = LevelReader.read("arrays", asArrays);
        assertSameState(expected, actual);
    }

    /** A deep copy in which every object with keys "0".."n−1" is a JSON array. */
    private static JsonNode indexObjectsToArrays(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> out.add(indexObjectsToArrays(e)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        boolean indexed = node.size() > 0;
        for (int i = 0; i < node.size() && indexed; i++) {
            indexed = node.has(Integer.toString(i));
        }
        if (indexed) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                out.add(indexObjectsToArrays(node.get(Integer.toString(i))));
            }
            return out;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), indexObjectsToArrays(e.getValue()));
        }
        return out;
    }

    @Test
    void shouldIgnoreGravityTimestepsScreenAndUnknownFields() throws IOException {
        Path file = LevelTestFiles.level("s/h2_one_wheel_car");
        Level expected = LevelReader.read(file);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode envState = (ObjectNode) root.get("env_state");
        ((ObjectNode) envState.get("gravity")).put("1", -1.5);
        ((ObjectNode) root.get("env_params")).put("max_timesteps", 100);
        ObjectNode staticParams = (ObjectNode) root.get("static_env_params");
        staticParams.put("downscale", 1);
        ((ObjectNode) staticParams.get("screen_dim")).put("0", 640);
        root.put("editor_note", "unknown fields are allowed");
        ((ObjectNode) envState.get("polygon").get(4)).put("colour", "red");
        ((ObjectNode) envState.get("polygon").get(4)).remove("highlighted");
        envState.remove("acc_rr_manifolds");
        envState.remove("collision_matrix");
        Level actual = LevelReader.read("edited", root);
        assertEquals(-9.81f, actual.state().gravityY[0]);
        assertEquals(256, actual.envParams().maxTimesteps());
        assertEquals(4, actual.staticParams().downscale());
        assertEquals(500, actual.staticParams().screenWidth());
        assertFalse(actual.tables().highlighted[4]);
        assertSameState(expected, actual);
    }

    @Test
    void shouldReadOnlyTheFirstPolygonsWhenTheListIsLonger() throws IOException {
        Path file = LevelTestFiles.level("s/h2_one_wheel_car");
        Level expected = LevelReader.read(file);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode polygons = (ArrayNode) root.get("env_state").get("polygon");
        polygons.add(polygons.get(4).deepCopy());
        assertSameState(expected, LevelReader.read("longer", root));
    }

    private static void assertSameState(Level expected, Level actual) {
        assertEquals(expected.staticParams(), actual.staticParams());
        assertEquals(expected.envParams(), actual.envParams());
        BatchState a = expected.state();
        BatchState b = actual.state();
        ShapeTable sa = a.shapes;
        ShapeTable sb = b.shapes;
        for (float[][] pair : new float[][][] {{sa.positionX, sb.positionX}, {sa.positionY, sb.positionY},
            {sa.rotation, sb.rotation}, {sa.velocityX, sb.velocityX}, {sa.velocityY, sb.velocityY},
            {sa.angularVelocity, sb.angularVelocity}, {sa.inverseMass, sb.inverseMass},
            {sa.inverseInertia, sb.inverseInertia}, {sa.friction, sb.friction}, {sa.restitution, sb.restitution},
            {sa.vertexX, sb.vertexX}, {sa.vertexY, sb.vertexY}, {sa.radius, sb.radius},
            {a.joints.aRelativePosX, b.joints.aRelativePosX}, {a.joints.bRelativePosY, b.joints.bRelativePosY},
            {a.joints.globalPositionX, b.joints.globalPositionX}, {a.joints.rotation, b.joints.rotation},
            {a.thrusters.relativePositionX, b.thrusters.relativePositionX}, {a.thrusters.power, b.thrusters.power},
            {expected.tables().density, actual.tables().density}}) {
            assertTrue(Arrays.equals(pair[0], pair[1]));
        }
        assertTrue(Arrays.equals(sa.active, sb.active));
        assertTrue(Arrays.equals(sa.nVertices, sb.nVertices));
        assertTrue(Arrays.equals(sa.collisionMode, sb.collisionMode));
        assertTrue(Arrays.equals(a.joints.aShape, b.joints.aShape));
        assertTrue(Arrays.equals(a.joints.bShape, b.joints.bShape));
        assertTrue(Arrays.equals(a.joints.active, b.joints.active));
        assertTrue(Arrays.equals(a.thrusters.shape, b.thrusters.shape));
        assertTrue(Arrays.equals(a.collisionMatrix, b.collisionMatrix));
        assertTrue(Arrays.equals(expected.tables().role, actual.tables().role));
        assertTrue(Arrays.equals(expected.tables().motorBinding, actual.tables().motorBinding));
        assertTrue(Arrays.equals(expected.tables().thrusterBinding, actual.tables().thrusterBinding));
    }
}
