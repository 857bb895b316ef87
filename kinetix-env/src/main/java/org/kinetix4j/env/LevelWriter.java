package org.kinetix4j.env;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.ManifoldTable;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * Writes a {@link Level} as a Kinetix level JSON file (spec kinetix.md §5.1), with exactly the members, nesting
 * and field sets Kinetix's strict flax loader expects, in the reference's key order.
 *
 * <ul>
 *   <li>Vectors and matrices are index-objects {@code {"0": x, "1": y}}; the entity lists ({@code polygon},
 *       {@code circle}, {@code joint}, {@code thruster}, {@code acc_*_manifolds}) are JSON arrays of objects.</li>
 *   <li>Integers (indices, collision modes, vertex counts, roles, bindings, capacities) are written as JSON
 *       integers, flags as booleans. Every float32 value {@code f} is written as {@code (double) f}, i.e. at full
 *       double precision (e.g. −4.800000190734863), so reading it back and casting to float32 gives {@code f}
 *       bit for bit. The five parameters whose reference default is a Python {@code int} ({@code clip_position},
 *       {@code clip_velocity}, {@code clip_angular_velocity}, {@code pixels_per_unit}, {@code max_shape_size})
 *       are written as integers when their value is integral, as the shipped files have them.</li>
 *   <li>Shapes carry their stored values as they are: circles their {@code n_vertices} and vertices, polygons
 *       their radius. {@code role}, {@code density} and {@code highlighted} come from {@link EnvTables}.</li>
 *   <li>{@code collision_matrix}, {@code gravity} and the warm-start manifolds are the state's current values
 *       (polygon–polygon: entry 2i is contact point 0 and 2i+1 contact point 1 of pair i). Kinetix's loader
 *       recomputes the matrix, ignores gravity and reads the manifolds with a quirk; {@link LevelReader} zeroes
 *       them.</li>
 *   <li>Not written, as in the reference: {@code timestep}, {@code last_distance}, {@code motor_auto},
 *       the status bits.</li>
 * </ul>
 *
 * <p>A value that is not finite (a state that blew up) cannot be written: Kinetix's files never hold one and
 * {@link LevelReader} rejects it, so serialisation throws {@link IllegalArgumentException} naming the JSON path,
 * before anything touches the disk.
 */
public final class LevelWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private LevelWriter() {
    }

    /**
     * Saves {@code level} to {@code file} atomically: the JSON is written to a new temporary file
     * {@code .<name>.<uuid>.tmp} in the same directory (permissions from the umask), forced to disk, then moved
     * over {@code file} with {@link StandardCopyOption#ATOMIC_MOVE} and {@link StandardCopyOption#REPLACE_EXISTING}.
     * Readers see either the old file or the complete new one; on any failure the temporary file is removed and
     * an existing {@code file} is left untouched.
     *
     * @throws IllegalArgumentException if the level holds a non-finite value (nothing is written)
     * @throws UncheckedIOException     if the directory cannot be written, {@code file} is a directory, or the
     *                                  move fails
     */
    public static void write(Level level, Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes = toJson(level).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new UncheckedIOException(new IOException("cannot write level file=" + file + ": it is a directory"));
        }
        Path dir = target.getParent();
        Path temp = null;
        try {
            // Not Files.createTempFile: that makes the file owner-only (0600); a plain new file gets the umask's
            // permissions, as any other file the program writes.
            Path candidate = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            FileChannel channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            temp = candidate;
            try (channel) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write level file=" + file + ": " + e, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the original failure is what the caller needs to see
                }
            }
        }
    }

    /**
     * The level as Kinetix level JSON text (compact, UTF-8 safe, ending in a newline).
     *
     * @throws IllegalArgumentException if the level holds a non-finite value
     */
    public static String toJson(Level level) {
        try {
            return MAPPER.writeValueAsString(toTree(level)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise level " + level.name(), e);
        }
    }

    /**
     * The level as a JSON tree with members {@code env_state}, {@code env_params}, {@code static_env_params}.
     *
     * @throws IllegalArgumentException if the level holds a non-finite value
     */
    public static ObjectNode toTree(Level level) {
        Objects.requireNonNull(level, "level");
        return new Builder(level).root();
    }

    /** Builds the tree of one level; knows the current JSON path for error messages. */
    private static final class Builder {
        private final Level level;
        private final BatchState state;
        private final EnvTables tables;
        private final StaticConfig config;

        Builder(Level level) {
            this.level = level;
            this.state = level.state();
            this.tables = level.tables();
            this.config = state.config;
        }

        ObjectNode root() {
            ObjectNode root = NODES.objectNode();
            root.set("env_state", envState());
            root.set("env_params", envParams());
            root.set("static_env_params", staticParams());
            return root;
        }

        private ObjectNode envState() {
            String path = "env_state";
            ObjectNode es = NODES.objectNode();
            ArrayNode polygons = es.putArray("polygon");
            for (int p = 0; p < config.numPolygons(); p++) {
                polygons.add(shape(config.polygonShape(p), path + ".polygon[" + p + "]"));
            }
            ArrayNode circles = es.putArray("circle");
            for (int c = 0; c < config.numCircles(); c++) {
                circles.add(shape(config.circleShape(c), path + ".circle[" + c + "]"));
            }
            ArrayNode joints = es.putArray("joint");
            for (int j = 0; j < config.numJoints(); j++) {
                joints.add(joint(j, path + ".joint[" + j + "]"));
            }
            ArrayNode thrusters = es.putArray("thruster");
            for (int t = 0; t < config.numThrusters(); t++) {
                thrusters.add(thruster(t, path + ".thruster[" + t + "]"));
            }
            es.set("collision_matrix", collisionMatrix());
            es.set("acc_rr_manifolds", manifolds(state.polyPolyManifolds, path + ".acc_rr_manifolds"));
            es.set("acc_cr_manifolds", manifolds(state.circlePolyManifolds, path + ".acc_cr_manifolds"));
            es.set("acc_cc_manifolds", manifolds(state.circleCircleManifolds, path + ".acc_cc_manifolds"));
            es.set("gravity", vector(state.gravityX[0], state.gravityY[0], path + ".gravity"));
            return es;
        }

        private ObjectNode shape(int shape, String path) {
            ShapeTable s = state.shapes;
            int row = s.row(0, shape);
            ObjectNode o = NODES.objectNode();
            o.set("position", vector(s.positionX[row], s.positionY[row], path + ".position"));
            o.set("rotation", number(s.rotation[row], path + ".rotation"));
            o.set("velocity", vector(s.velocityX[row], s.velocityY[row], path + ".velocity"));
            o.set("angular_velocity", number(s.angularVelocity[row], path + ".angular_velocity"));
            o.set("inverse_mass", number(s.inverseMass[row], path + ".inverse_mass"));
            o.set("inverse_inertia", number(s.inverseInertia[row], path + ".inverse_inertia"));
            o.set("friction", number(s.friction[row], path + ".friction"));
            o.set("restitution", number(s.restitution[row], path + ".restitution"));
            o.put("collision_mode", s.collisionMode[row]);
            o.put("active", s.active[row]);
            o.put("n_vertices", s.nVertices[row]);
            ObjectNode vertices = NODES.objectNode();
            for (int k = 0; k < StaticConfig.VERTICES; k++) {
                int v = s.vertex(0, shape, k);
                vertices.set(Integer.toString(k), vector(s.vertexX[v], s.vertexY[v], path + ".vertices." + k));
            }
            o.set("vertices", vertices);
            o.set("radius", number(s.radius[row], path + ".radius"));
            int t = tables.shapeRow(0, shape);
            o.put("role", tables.role[t]);
            o.set("density", number(tables.density[t], path + ".density"));
            o.put("highlighted", tables.highlighted[t]);
            return o;
        }

        private ObjectNode joint(int slot, String path) {
            JointTable j = state.joints;
            int row = j.row(0, slot);
            ObjectNode o = NODES.objectNode();
            o.put("a_index", j.aShape[row]);
            o.put("b_index", j.bShape[row]);
            o.set("a_relative_pos", vector(j.aRelativePosX[row], j.aRelativePosY[row], path + ".a_relative_pos"));
            o.set("b_relative_pos", vector(j.bRelativePosX[row], j.bRelativePosY[row], path + ".b_relative_pos"));
            o.set("global_position",
                    vector(j.globalPositionX[row], j.globalPositionY[row], path + ".global_position"));
            o.put("active", j.active[row]);
            o.set("acc_impulse", vector(j.accImpulseX[row], j.accImpulseY[row], path + ".acc_impulse"));
            o.set("acc_r_impulse", number(j.accRImpulse[row], path + ".acc_r_impulse"));
            o.set("motor_speed", number(j.motorSpeed[row], path + ".motor_speed"));
            o.set("motor_power", number(j.motorPower[row], path + ".motor_power"));
            o.put("motor_on", j.motorOn[row]);
            o.put("motor_has_joint_limits", j.motorHasJointLimits[row]);
            o.set("min_rotation", number(j.minRotation[row], path + ".min_rotation"));
            o.set("max_rotation", number(j.maxRotation[row], path + ".max_rotation"));
            o.put("is_fixed_joint", j.isFixedJoint[row]);
            o.set("rotation", number(j.rotation[row], path + ".rotation"));
            o.put("motor_binding", tables.motorBinding[tables.jointRow(0, slot)]);
            return o;
        }

        private ObjectNode thruster(int slot, String path) {
            ThrusterTable t = state.thrusters;
            int row = t.row(0, slot);
            ObjectNode o = NODES.objectNode();
            o.put("object_index", t.shape[row]);
            o.set("relative_position",
                    vector(t.relativePositionX[row], t.relativePositionY[row], path + ".relative_position"));
            o.set("rotation", number(t.rotation[row], path + ".rotation"));
            o.set("power", number(t.power[row], path + ".power"));
            o.set("global_position",
                    vector(t.globalPositionX[row], t.globalPositionY[row], path + ".global_position"));
            o.put("active", t.active[row]);
            o.put("thruster_binding", tables.thrusterBinding[tables.thrusterRow(0, slot)]);
            return o;
        }

        private ObjectNode collisionMatrix() {
            int n = config.numShapes();
            ObjectNode matrix = NODES.objectNode();
            for (int a = 0; a < n; a++) {
                ObjectNode row = NODES.objectNode();
                for (int b = 0; b < n; b++) {
                    row.put(Integer.toString(b), state.collisionMatrix[state.matrixIndex(0, a, b)]);
                }
                matrix.set(Integer.toString(a), row);
            }
            return matrix;
        }

        private ArrayNode manifolds(ManifoldTable m, String path) {
            ArrayNode list = NODES.arrayNode();
            for (int point = 0; point < m.pointsPerEnv; point++) {
                String at = path + "[" + point + "]";
                int row = m.row(0, point);
                ObjectNode o = NODES.objectNode();
                o.set("normal", vector(m.normalX[row], m.normalY[row], at + ".normal"));
                o.set("penetration", number(m.penetration[row], at + ".penetration"));
                o.set("collision_point",
                        vector(m.collisionPointX[row], m.collisionPointY[row], at + ".collision_point"));
                o.put("active", m.active[row]);
                o.set("acc_impulse_normal", number(m.accImpulseNormal[row], at + ".acc_impulse_normal"));
                o.set("acc_impulse_tangent", number(m.accImpulseTangent[row], at + ".acc_impulse_tangent"));
                o.set("restitution_velocity_target",
                        number(m.restitutionVelocityTarget[row], at + ".restitution_velocity_target"));
                list.add(o);
            }
            return list;
        }

        private ObjectNode envParams() {
            String path = "env_params";
            EnvParams ep = level.envParams();
            SimParams sp = ep.physics();
            ObjectNode o = NODES.objectNode();
            putFloat(o, path, "dt", sp.dt());
            putFloat(o, path, "slop", sp.slop());
            putFloat(o, path, "baumgarte_coefficient_joints_v", sp.baumgarteCoefficientJointsV());
            putFloat(o, path, "baumgarte_coefficient_joints_p", sp.baumgarteCoefficientJointsP());
            putFloat(o, path, "baumgarte_coefficient_fjoint_av", sp.baumgarteCoefficientFJointAV());
            putFloat(o, path, "baumgarte_coefficient_rjoint_limit_av", sp.baumgarteCoefficientRJointLimitAV());
            putFloat(o, path, "baumgarte_coefficient_collision", sp.baumgarteCoefficientCollision());
            putFloat(o, path, "joint_stiffness", sp.jointStiffness());
            o.set("clip_position", intIfIntegral(sp.clipPosition(), path + ".clip_position"));
            o.set("clip_velocity", intIfIntegral(sp.clipVelocity(), path + ".clip_velocity"));
            o.set("clip_angular_velocity", intIfIntegral(sp.clipAngularVelocity(), path + ".clip_angular_velocity"));
            putFloat(o, path, "base_motor_speed", sp.baseMotorSpeed());
            putFloat(o, path, "base_motor_power", sp.baseMotorPower());
            putFloat(o, path, "base_thruster_power", sp.baseThrusterPower());
            putFloat(o, path, "motor_decay_coefficient", sp.motorDecayCoefficient());
            putFloat(o, path, "motor_joint_limit", sp.motorJointLimit());
            putFloat(o, path, "base_friction", sp.baseFriction());
            o.put("max_timesteps", ep.maxTimesteps());
            o.set("pixels_per_unit", intIfIntegral(ep.pixelsPerUnit(), path + ".pixels_per_unit"));
            o.set("dense_reward_scale", number(ep.denseRewardScale(), path + ".dense_reward_scale"));
            o.put("num_shape_roles", ep.numShapeRoles());
            return o;
        }

        private ObjectNode staticParams() {
            KinetixStaticParams sp = level.staticParams();
            StaticConfig c = sp.physics();
            ObjectNode o = NODES.objectNode();
            o.put("num_polygons", c.numPolygons());
            o.put("num_circles", c.numCircles());
            o.put("num_joints", c.numJoints());
            o.put("num_thrusters", c.numThrusters());
            o.put("max_polygon_vertices", c.maxPolygonVertices());
            o.put("num_solver_iterations", c.numSolverIterations());
            o.put("solver_batch_size", c.solverBatchSize());
            o.put("do_warm_starting", c.doWarmStarting());
            o.put("num_static_fixated_polys", c.numStaticFixatedPolys());
            ObjectNode screen = NODES.objectNode();
            screen.put("0", sp.screenWidth());
            screen.put("1", sp.screenHeight());
            o.set("screen_dim", screen);
            o.put("downscale", sp.downscale());
            o.put("frame_skip", sp.frameSkip());
            o.set("max_shape_size", intIfIntegral(sp.maxShapeSize(), "static_env_params.max_shape_size"));
            o.put("num_motor_bindings", sp.numMotorBindings());
            o.put("num_thruster_bindings", sp.numThrusterBindings());
            return o;
        }

        private void putFloat(ObjectNode o, String parent, String key, float f) {
            o.set(key, number(f, parent + "." + key));
        }

        private ObjectNode vector(float x, float y, String path) {
            ObjectNode o = NODES.objectNode();
            o.set("0", number(x, path + ".0"));
            o.set("1", number(y, path + ".1"));
            return o;
        }

        private JsonNode number(float f, String path) {
            if (!Float.isFinite(f)) {
                throw new IllegalArgumentException("cannot write level " + level.name() + ": " + path + "=" + f
                        + " is not finite (Kinetix level files hold finite numbers only)");
            }
            return NODES.numberNode((double) f);
        }

        private JsonNode intIfIntegral(float f, String path) {
            if (Float.isFinite(f) && f == Math.rint(f) && Math.abs(f) < (1 << 24)) {
                return NODES.numberNode((int) f);
            }
            return number(f, path);
        }
    }
}
