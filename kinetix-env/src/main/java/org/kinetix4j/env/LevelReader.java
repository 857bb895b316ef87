package org.kinetix4j.env;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CollisionMatrix;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.Scene;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * Reads Kinetix's level JSON files (spec kinetix.md §5.1–5.3) into a {@link Level}.
 *
 * <p>What the reader does, following the reference loader:
 * <ul>
 *   <li>Every array may be a JSON array or a JSON object whose keys are exactly "0".."n−1" (the flax state-dict
 *       encoding the reference writes); both are accepted everywhere.</li>
 *   <li>{@code static_env_params} gives the capacities and solver settings (Jax2D padding quirk on, as
 *       {@link StaticConfig#of} does); {@code downscale} and {@code screen_dim} are read but replaced by the
 *       defaults 4 and 500 × 500. {@code env_params} gives the physics parameters, the pixel scale, the dense
 *       reward scale and the role count; {@code max_timesteps} is read but replaced by 256.</li>
 *   <li>The state starts as the empty scene of spec §1.5 ({@link Scene#createEmpty()}), then every polygon slot,
 *       circle slot (circle slot c is global shape P + c), joint slot and thruster slot is overwritten field by
 *       field with the file's values, cast to float32. {@code role}, {@code density}, {@code highlighted}
 *       (optional, default false), {@code motor_binding} and {@code thruster_binding} go to {@link EnvTables}.
 *       Masses, inertias and global joint/thruster positions are copied, never recomputed. Values the physics
 *       ignores are copied as they are too: some S/M files store {@code n_vertices} 4 for circles, the L files
 *       store 0 for their inactive polygon slots (the empty scene has 4), and polygons carry a radius.</li>
 *   <li>Gravity is not loaded: every level runs with (0, −9.81), as in the reference (spec §5.3).</li>
 *   <li>Warm-start manifolds are zeroed, not read (spec §5.2 step 7, the recommended port behaviour): every
 *       shipped file stores inactive zero manifolds, and the reference's polygon–polygon copy has an indexing
 *       quirk that only matters for hand-made files with active manifolds. {@code acc_*_manifolds},
 *       {@code collision_matrix} and {@code gravity} are therefore neither required nor validated.</li>
 *   <li>The collision matrix is recomputed from the joints ({@link CollisionMatrix#recompute}).</li>
 * </ul>
 *
 * <p>Validation is all-or-nothing: the first problem throws a {@link LevelFormatException} naming the file, the
 * JSON path and what was expected, and no partially built level escapes. Checked: every field the reference
 * requires is present (unknown extra fields are allowed); numbers are numbers, finite after the cast to
 * float32; integers are integral and in range; flags are booleans; arrays have their exact lengths; the
 * {@code polygon} list has at least P entries (extra entries are ignored, like the reference) and the
 * {@code circle}, {@code joint} and {@code thruster} lists exactly C, J and T; joint {@code a_index}/{@code b_index}
 * and thruster {@code object_index} are global shape indices in [0, P + C − 1] (polygons first); an active
 * polygon has 3 or 4 vertices (any slot 0..4); collision modes are 0, 1 or 2; roles are in [0, num_shape_roles −
 * 1]; inverse mass, inverse inertia, radius and density are ≥ 0 and an active circle's radius is &gt; 0; an active
 * joint's or thruster's binding is a valid action channel. An inactive slot's binding only has to be ≥ 0: two
 * shipped levels (s/h8_unicycle_balance, m/h0_unicycle) keep binding 3 on an inactive thruster with only two
 * thruster channels, and it is copied as it is.
 */
public final class LevelReader {
    /** Largest default-size capacity we accept per entity kind; far above any real level. */
    private static final int MAX_ENTITIES = 4096;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The env_params keys of the 17 Jax2D parameters, in {@link SimParams} component order. */
    private static final String[] SIM_PARAM_KEYS = {"dt", "slop", "baumgarte_coefficient_joints_v",
        "baumgarte_coefficient_joints_p", "baumgarte_coefficient_fjoint_av", "baumgarte_coefficient_rjoint_limit_av",
        "baumgarte_coefficient_collision", "joint_stiffness", "clip_position", "clip_velocity",
        "clip_angular_velocity", "base_motor_speed", "base_motor_power", "base_thruster_power",
        "motor_decay_coefficient", "motor_joint_limit", "base_friction"};

    private final String file;

    private LevelReader(String file) {
        this.file = file;
    }

    /**
     * Reads the level file {@code file}; the level's name is the path as given.
     *
     * @throws LevelFormatException if the file is not a valid level (message names file, JSON path, expectation)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Level read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read level file=" + name, e);
        }
    }

    /**
     * Reads a level from a stream of JSON text (UTF-8/16/32, auto-detected); the stream is not closed.
     *
     * @param name what to call the level in the result and in error messages (e.g. its file name)
     * @throws LevelFormatException if the text is not a valid level
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Level read(String name, InputStream in) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new LevelFormatException(name, LevelFormatException.ROOT,
                    "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read level file=" + name, e);
        }
        return read(name, root);
    }

    /**
     * Builds a level from an already parsed JSON document.
     *
     * @param name what to call the level in the result and in error messages
     * @param root the document: an object with {@code env_state}, {@code env_params}, {@code static_env_params}
     * @throws LevelFormatException if the document is not a valid level
     */
    public static Level read(String name, JsonNode root) {
        Objects.requireNonNull(name, "name");
        return new LevelReader(name).build(root);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The document

    private Level build(JsonNode rootNode) {
        String expected = "a JSON object with env_state, env_params and static_env_params";
        if (rootNode == null || rootNode.isMissingNode()) {
            throw new LevelFormatException(file, LevelFormatException.ROOT, expected, "an empty document");
        }
        Val root = new Val(rootNode, "");
        if (!root.node.isObject()) {
            throw fail(root, expected);
        }
        KinetixStaticParams staticParams = readStaticParams(field(root, "static_env_params"));
        EnvParams envParams = readEnvParams(field(root, "env_params"));
        StaticConfig config = staticParams.physics();

        Val envState = field(root, "env_state");
        List<Val> polygons = entries(field(envState, "polygon"), config.numPolygons(), false,
                "static_env_params.num_polygons");
        List<Val> circles = entries(field(envState, "circle"), config.numCircles(), true,
                "static_env_params.num_circles");
        List<Val> joints = entries(field(envState, "joint"), config.numJoints(), true,
                "static_env_params.num_joints");
        List<Val> thrusters = entries(field(envState, "thruster"), config.numThrusters(), true,
                "static_env_params.num_thrusters");

        // Spec §5.2 step 4: the empty scene provides gravity (0, −9.81), zero manifolds and default tables.
        BatchState state = new BatchState(config, 1);
        new Scene(state, 0).createEmpty();
        state.setParams(0, envParams.physics());
        EnvTables tables = new EnvTables(config, 1);

        for (int p = 0; p < config.numPolygons(); p++) {
            readShape(polygons.get(p), config.polygonShape(p), true, state, tables, envParams.numShapeRoles());
        }
        for (int c = 0; c < config.numCircles(); c++) {
            readShape(circles.get(c), config.circleShape(c), false, state, tables, envParams.numShapeRoles());
        }
        for (int j = 0; j < config.numJoints(); j++) {
            readJoint(joints.get(j), j, state, tables, staticParams.numMotorBindings());
        }
        for (int t = 0; t < config.numThrusters(); t++) {
            readThruster(thrusters.get(t), t, state, tables, staticParams.numThrusterBindings());
        }
        // Manifolds: deliberately left zero (see the class comment; spec §5.2 step 7). Gravity: not loaded.
        CollisionMatrix.recompute(state, 0);
        return new Level(file, staticParams, envParams, state, tables);
    }

    private KinetixStaticParams readStaticParams(Val sp) {
        int polygons = intIn(field(sp, "num_polygons"), 4, MAX_ENTITIES,
                "an integer in [4, " + MAX_ENTITIES + "] (slots 0..3 are the floor, walls and ceiling)");
        int circles = intIn(field(sp, "num_circles"), 0, MAX_ENTITIES);
        int joints = intIn(field(sp, "num_joints"), 0, MAX_ENTITIES);
        int thrusters = intIn(field(sp, "num_thrusters"), 0, MAX_ENTITIES);
        Val maxVertices = field(sp, "max_polygon_vertices");
        if (integer(maxVertices) != StaticConfig.VERTICES) {
            throw fail(maxVertices, StaticConfig.VERTICES + " (the only vertex count Jax2D supports)");
        }
        int iterations = intIn(field(sp, "num_solver_iterations"), 0, Integer.MAX_VALUE);
        int batchSize = intIn(field(sp, "solver_batch_size"), 1, Integer.MAX_VALUE);
        boolean warmStart = bool(field(sp, "do_warm_starting"));
        int staticPolys = intIn(field(sp, "num_static_fixated_polys"), 0, polygons,
                "an integer in [0, " + polygons + "] (at most num_polygons)");
        // Read for validation only: the reference forces downscale 4 and screen 500 x 500 (spec §5.2 step 3).
        Val screen = field(sp, "screen_dim");
        for (Val v : array(screen, 2, "an array of 2 integers")) {
            integer(v);
        }
        integer(field(sp, "downscale"));
        int frameSkip = intIn(field(sp, "frame_skip"), 1, Integer.MAX_VALUE);
        float maxShapeSize = finiteAtLeast(field(sp, "max_shape_size"), 0f);
        int motorBindings = intIn(field(sp, "num_motor_bindings"), 0, MAX_ENTITIES);
        int thrusterBindings = intIn(field(sp, "num_thruster_bindings"), 0, MAX_ENTITIES);
        StaticConfig config;
        try {
            config = new StaticConfig(polygons, circles, joints, thrusters, StaticConfig.VERTICES, iterations,
                    batchSize, warmStart, staticPolys, true);
        } catch (IllegalArgumentException e) {
            throw new LevelFormatException(file, sp.path, "invalid static parameters: " + e.getMessage(), e);
        }
        return new KinetixStaticParams(config, frameSkip, motorBindings, thrusterBindings, 500, 500, 4,
                maxShapeSize);
    }

    private EnvParams readEnvParams(Val ep) {
        float[] v = new float[SIM_PARAM_KEYS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = finite(field(ep, SIM_PARAM_KEYS[i]));
        }
        if (!(v[0] > 0f)) {
            throw fail(field(ep, "dt"), "a finite number > 0");
        }
        SimParams physics = new SimParams(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                v[12], v[13], v[14], v[15], v[16]);
        integer(field(ep, "max_timesteps")); // read for validation only: forced to 256 (spec §5.2 step 2)
        Val ppu = field(ep, "pixels_per_unit");
        float pixelsPerUnit = finite(ppu);
        if (!(pixelsPerUnit > 0f)) {
            throw fail(ppu, "a finite number > 0");
        }
        float denseRewardScale = finite(field(ep, "dense_reward_scale"));
        int numShapeRoles = intIn(field(ep, "num_shape_roles"), 1, 64);
        return new EnvParams(physics, EnvParams.defaults().maxTimesteps(), pixelsPerUnit, denseRewardScale,
                numShapeRoles);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Entities

    private void readShape(Val s, int shape, boolean polygon, BatchState state, EnvTables tables, int roles) {
        ShapeTable shapes = state.shapes;
        int row = shapes.row(0, shape);
        float[] position = floats(field(s, "position"), 2);
        float[] velocity = floats(field(s, "velocity"), 2);
        shapes.positionX[row] = position[0];
        shapes.positionY[row] = position[1];
        shapes.rotation[row] = finite(field(s, "rotation"));
        shapes.velocityX[row] = velocity[0];
        shapes.velocityY[row] = velocity[1];
        shapes.angularVelocity[row] = finite(field(s, "angular_velocity"));
        shapes.inverseMass[row] = finiteAtLeast(field(s, "inverse_mass"), 0f);
        shapes.inverseInertia[row] = finiteAtLeast(field(s, "inverse_inertia"), 0f);
        shapes.friction[row] = finite(field(s, "friction"));
        shapes.restitution[row] = finite(field(s, "restitution"));
        shapes.collisionMode[row] = intIn(field(s, "collision_mode"), 0, 2, "0, 1 or 2");
        boolean active = bool(field(s, "active"));
        shapes.active[row] = active;
        Val nVertices = field(s, "n_vertices");
        shapes.nVertices[row] = polygon && active
                ? intIn(nVertices, 3, StaticConfig.VERTICES, "3 or 4 (an active polygon)")
                : intIn(nVertices, 0, StaticConfig.VERTICES);
        List<Val> vertices = array(field(s, "vertices"), StaticConfig.VERTICES,
                "an array of " + StaticConfig.VERTICES + " vertices");
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            float[] xy = floats(vertices.get(k), 2);
            shapes.vertexX[shapes.vertex(0, shape, k)] = xy[0];
            shapes.vertexY[shapes.vertex(0, shape, k)] = xy[1];
        }
        Val radius = field(s, "radius");
        shapes.radius[row] = finiteAtLeast(radius, 0f);
        if (!polygon && active && !(shapes.radius[row] > 0f)) {
            throw fail(radius, "a finite number > 0 (an active circle)");
        }
        int tableRow = tables.shapeRow(0, shape);
        tables.role[tableRow] = intIn(field(s, "role"), 0, roles - 1,
                "an integer in [0, " + (roles - 1) + "] (env_params.num_shape_roles=" + roles + ")");
        tables.density[tableRow] = finiteAtLeast(field(s, "density"), 0f);
        Val highlighted = optionalField(s, "highlighted");
        tables.highlighted[tableRow] = highlighted != null && bool(highlighted);
    }

    private void readJoint(Val j, int slot, BatchState state, EnvTables tables, int motorBindings) {
        JointTable joints = state.joints;
        int row = joints.row(0, slot);
        joints.aShape[row] = shapeIndex(field(j, "a_index"), state.config);
        joints.bShape[row] = shapeIndex(field(j, "b_index"), state.config);
        float[] aRel = floats(field(j, "a_relative_pos"), 2);
        float[] bRel = floats(field(j, "b_relative_pos"), 2);
        float[] global = floats(field(j, "global_position"), 2);
        float[] impulse = floats(field(j, "acc_impulse"), 2);
        joints.aRelativePosX[row] = aRel[0];
        joints.aRelativePosY[row] = aRel[1];
        joints.bRelativePosX[row] = bRel[0];
        joints.bRelativePosY[row] = bRel[1];
        joints.globalPositionX[row] = global[0];
        joints.globalPositionY[row] = global[1];
        boolean active = bool(field(j, "active"));
        joints.active[row] = active;
        joints.accImpulseX[row] = impulse[0];
        joints.accImpulseY[row] = impulse[1];
        joints.accRImpulse[row] = finite(field(j, "acc_r_impulse"));
        joints.motorSpeed[row] = finite(field(j, "motor_speed"));
        joints.motorPower[row] = finite(field(j, "motor_power"));
        joints.motorOn[row] = bool(field(j, "motor_on"));
        joints.motorHasJointLimits[row] = bool(field(j, "motor_has_joint_limits"));
        joints.minRotation[row] = finite(field(j, "min_rotation"));
        joints.maxRotation[row] = finite(field(j, "max_rotation"));
        joints.isFixedJoint[row] = bool(field(j, "is_fixed_joint"));
        joints.rotation[row] = finite(field(j, "rotation"));
        tables.motorBinding[tables.jointRow(0, slot)] =
                binding(field(j, "motor_binding"), active, motorBindings, "static_env_params.num_motor_bindings");
    }

    private void readThruster(Val t, int slot, BatchState state, EnvTables tables, int thrusterBindings) {
        ThrusterTable thrusters = state.thrusters;
        int row = thrusters.row(0, slot);
        thrusters.shape[row] = shapeIndex(field(t, "object_index"), state.config);
        float[] relative = floats(field(t, "relative_position"), 2);
        float[] global = floats(field(t, "global_position"), 2);
        thrusters.relativePositionX[row] = relative[0];
        thrusters.relativePositionY[row] = relative[1];
        thrusters.rotation[row] = finite(field(t, "rotation"));
        thrusters.power[row] = finite(field(t, "power"));
        thrusters.globalPositionX[row] = global[0];
        thrusters.globalPositionY[row] = global[1];
        boolean active = bool(field(t, "active"));
        thrusters.active[row] = active;
        tables.thrusterBinding[tables.thrusterRow(0, slot)] = binding(field(t, "thruster_binding"), active,
                thrusterBindings, "static_env_params.num_thruster_bindings");
    }

    private int shapeIndex(Val v, StaticConfig config) {
        int last = config.numShapes() - 1;
        return intIn(v, 0, last, "a global shape index in [0, " + last + "] (polygons 0.." + (config.numPolygons() - 1)
                + ", circles " + config.numPolygons() + ".." + last + ")");
    }

    private int binding(Val v, boolean active, int channels, String countKey) {
        if (!active) {
            return intIn(v, 0, Integer.MAX_VALUE, "an integer >= 0");
        }
        return intIn(v, 0, channels - 1,
                "an action channel in [0, " + (channels - 1) + "] (" + countKey + "=" + channels + ")");
    }

    // ---------------------------------------------------------------------------------------------------------
    // JSON access with paths

    /** A JSON value and its path from the document root ("" for the root itself). */
    private record Val(JsonNode node, String path) {
        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        String shown() {
            return path.isEmpty() ? LevelFormatException.ROOT : path;
        }
    }

    private LevelFormatException fail(Val v, String expected) {
        return new LevelFormatException(file, v.shown(), expected, describe(v.node));
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "nothing (the field is missing)";
        }
        // Jackson prints a NaN/infinite number node as a JSON string; show it as the bare token the file holds.
        String text = node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())
                ? Double.toString(node.doubleValue()) : node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private Val field(Val object, String key) {
        Val v = optionalField(object, key);
        if (v == null) {
            throw new LevelFormatException(file, object.child(key), "a required field",
                    "nothing (the field is missing)");
        }
        return v;
    }

    private Val optionalField(Val object, String key) {
        if (!object.node.isObject()) {
            throw fail(object, "an object with field \"" + key + "\"");
        }
        JsonNode child = object.node.get(key);
        return child == null ? null : new Val(child, object.child(key));
    }

    /**
     * The elements of an array: a JSON array ({@code path[i]}) or an object with keys exactly "0".."n−1"
     * ({@code path.i}); {@code null} if {@code v} is neither.
     */
    private static List<Val> elements(Val v) {
        JsonNode node = v.node;
        List<Val> out = new ArrayList<>(node.size());
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Val(node.get(i), v.path + "[" + i + "]"));
            }
            return out;
        }
        if (!node.isObject()) {
            return null;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(Integer.toString(i));
            if (element == null) {
                return null;
            }
            out.add(new Val(element, v.path + "." + i));
        }
        return out;
    }

    private List<Val> array(Val v, int length, String expected) {
        List<Val> out = elements(v);
        if (out == null || out.size() != length) {
            throw fail(v, expected + " (a JSON array or an object with keys \"0\"..\"" + (length - 1) + "\")");
        }
        return out;
    }

    private List<Val> entries(Val v, int capacity, boolean exact, String countKey) {
        List<Val> out = elements(v);
        String what = exact ? "exactly " + capacity : "at least " + capacity;
        if (out == null) {
            throw fail(v, "a list of " + what + " entries (" + countKey + "=" + capacity + ")");
        }
        if (out.size() < capacity || (exact && out.size() > capacity)) {
            throw new LevelFormatException(file, v.path, what + " entries (" + countKey + "=" + capacity + ")",
                    out.size() + " entries");
        }
        return out;
    }

    private float[] floats(Val v, int length) {
        List<Val> elements = array(v, length, "an array of " + length + " numbers");
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = finite(elements.get(i));
        }
        return out;
    }

    /** A JSON number, cast to float32, that is finite after the cast. */
    private float finite(Val v) {
        if (!v.node.isNumber()) {
            throw fail(v, "a finite number");
        }
        float f = (float) v.node.doubleValue();
        if (!Float.isFinite(f)) {
            throw fail(v, "a finite number (within float32 range)");
        }
        return f;
    }

    private float finiteAtLeast(Val v, float min) {
        float f = finite(v);
        if (!(f >= min)) {
            throw fail(v, "a finite number >= " + (min == 0f ? "0" : Float.toString(min)));
        }
        return f;
    }

    /** A JSON integer in int range; an integral floating-point number such as 4.0 is accepted too. */
    private int integer(Val v) {
        JsonNode n = v.node;
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
        }
        if (n.isFloatingPointNumber()) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        throw fail(v, "an integer");
    }

    private int intIn(Val v, int min, int max) {
        String range = max == Integer.MAX_VALUE ? "an integer >= " + min : "an integer in [" + min + ", " + max + "]";
        return intIn(v, min, max, range);
    }

    private int intIn(Val v, int min, int max, String expected) {
        if (!v.node.isNumber()) {
            throw fail(v, expected);
        }
        int value;
        try {
            value = integer(v);
        } catch (LevelFormatException e) {
            throw fail(v, expected);
        }
        if (value < min || value > max) {
            throw fail(v, expected);
        }
        return value;
    }

    /** A JSON boolean; the integers 0 and 1 are accepted as false and true. */
    private boolean bool(Val v) {
        JsonNode n = v.node;
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber() && n.canConvertToInt() && (n.intValue() == 0 || n.intValue() == 1)) {
            return n.intValue() == 1;
        }
        throw fail(v, "a boolean");
    }
}
