package org.kinetix4j.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The portable kernel source of the physics step and the preprocessor definitions that specialise it to one
 * {@link StaticConfig}.
 *
 * <p>The source is the concatenation of the resources in {@link #FILES}: {@code prelude.h} (the macros that let
 * the same text compile as OpenCL C 1.2 and as CUDA), the float32 primitives, the state layout, then one file
 * per stage family mirroring physics2d's classes. Capacities and solver switches are compile-time constants, so
 * every loop bound is known to the device compiler; per-environment {@link org.kinetix4j.physics2d.SimParams}
 * stay runtime data.
 */
public final class KernelSource {
    /** The resource files, in concatenation order (each may use only what comes before it). */
    public static final List<String> FILES = List.of("prelude.h", "maths.cl", "state.cl", "detection.cl",
            "contacts.cl", "joints.cl", "step.cl");
    /** The kernel entry point that advances every environment by one step. */
    public static final String STEP_KERNEL = "physicsStep";
    /** Floats per environment in the SimParams buffer ({@code PARAM_COUNT} in {@code state.cl}). */
    public static final int PARAM_COUNT = 17;

    private static final String SOURCE = load();

    private KernelSource() {
    }

    /** The whole kernel source, without definitions. */
    public static String source() {
        return SOURCE;
    }

    /** The source with {@code defines} written as {@code #define} lines in front (for compilers without -D). */
    public static String sourceWithDefines(Map<String, String> defines) {
        StringBuilder out = new StringBuilder();
        defines.forEach((name, value) -> out.append("#define ").append(name).append(' ').append(value).append('\n'));
        return out.append(SOURCE).toString();
    }

    /** The compile-time constants of {@code config}: capacities, pair counts and solver switches. */
    public static Map<String, String> defines(StaticConfig config) {
        Map<String, String> defines = new LinkedHashMap<>();
        defines.put("NUM_POLYGONS", Integer.toString(config.numPolygons()));
        defines.put("NUM_CIRCLES", Integer.toString(config.numCircles()));
        defines.put("NUM_SHAPES", Integer.toString(config.numShapes()));
        defines.put("NUM_JOINTS", Integer.toString(config.numJoints()));
        defines.put("NUM_THRUSTERS", Integer.toString(config.numThrusters()));
        defines.put("NUM_POLY_POLY_PAIRS", Integer.toString(config.numPolyPolyPairs()));
        defines.put("NUM_CIRCLE_POLY_PAIRS", Integer.toString(config.numCirclePolyPairs()));
        defines.put("NUM_CIRCLE_CIRCLE_PAIRS", Integer.toString(config.numCircleCirclePairs()));
        defines.put("NUM_SOLVER_ITERATIONS", Integer.toString(config.numSolverIterations()));
        defines.put("SOLVER_BATCH_SIZE", Integer.toString(config.solverBatchSize()));
        defines.put("DO_WARM_STARTING", config.doWarmStarting() ? "1" : "0");
        defines.put("EMULATE_PADDING_QUIRK", config.emulatePaddingQuirk() ? "1" : "0");
        return defines;
    }

    private static String load() {
        StringBuilder out = new StringBuilder();
        for (String file : FILES) {
            try (InputStream in = KernelSource.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("kernel resource " + file + " is missing from the classpath");
                }
                out.append("/* ---- ").append(file).append(" ---- */\n");
                out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read kernel resource " + file, e);
            }
        }
        return out.toString();
    }
}
