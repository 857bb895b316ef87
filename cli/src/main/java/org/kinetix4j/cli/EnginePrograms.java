package org.kinetix4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kinetix4j.env.trace.EngineTrace;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The engine-level action programs of {@code simulate} and {@code render} (those of the golden traces): zero,
 * plus (motors +1, thrusters +1), minus (motors −1, thrusters +1), or the action vectors of a trace file.
 */
final class EnginePrograms {
    private EnginePrograms() {
    }

    /**
     * The action vector of every physics step: {@code --steps} of them (default {@code defaultSteps}, or the
     * trace's length for a file).
     */
    static List<float[]> sequence(String program, StaticConfig config, Args args, int defaultSteps) {
        List<float[]> fileActions = programFile(program, config);
        int steps = args.positiveInt("--steps", fileActions != null ? fileActions.size() : defaultSteps);
        if (fileActions != null && steps > fileActions.size()) {
            throw new UsageException("--steps " + steps + " exceeds the " + fileActions.size()
                    + " action vectors of " + program);
        }
        List<float[]> sequence = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            sequence.add(fileActions != null ? fileActions.get(t) : programAction(program, config));
        }
        return sequence;
    }

    private static List<float[]> programFile(String program, StaticConfig config) {
        if (List.of("zero", "plus", "minus").contains(program)) {
            return null;
        }
        Path file = Path.of(program);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--actions " + program + " must be zero, plus, minus or an existing trace file");
        }
        List<float[]> actions = EngineTrace.read(file).actionSequence();
        for (int t = 0; t < actions.size(); t++) {
            if (actions.get(t).length != config.actionSize()) {
                throw new UsageException("--actions " + program + ": action " + (t + 1) + " has "
                        + actions.get(t).length + " entries, the level needs numJoints + numThrusters="
                        + config.actionSize());
            }
        }
        return actions;
    }

    /** The action vector of a built-in program: motors 0/+1/−1, thrusters 0/+1/+1. */
    static float[] programAction(String program, StaticConfig config) {
        float motor = switch (program) {
            case "plus" -> 1f;
            case "minus" -> -1f;
            default -> 0f;
        };
        float thruster = program.equals("zero") ? 0f : 1f;
        float[] action = new float[config.actionSize()];
        for (int k = 0; k < action.length; k++) {
            action[k] = k < config.numJoints() ? motor : thruster;
        }
        return action;
    }
}
