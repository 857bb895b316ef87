package org.kinetix4j.gpu;

import java.lang.reflect.Array;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.Status;

/**
 * Holds a candidate {@link Backend} to the CPU reference: the same batches and the same action streams through
 * both, every array of the {@link BatchState} compared after every step (design P15: sync once, then no resync).
 *
 * <p>Usage: {@code Report r = DifferentialCheck.compare(backend, batches, steps, seed); r.assertWithin(tol)}.
 * The batches are not modified: each side steps its own copy. The candidate is told about its copy with
 * {@link Backend#hostStateChanged} once, then asked for {@link Backend#syncToHost} after every step.
 *
 * <p>Floats are compared by value and bit pattern: {@code -0} against {@code +0} counts as a mismatch with
 * error 0, and all NaNs are equal to each other (NaN payloads are not reproducible even between JIT tiers).
 * A NaN on one side only has infinite error.
 */
public final class DifferentialCheck {
    /**
     * A parity build (no contraction, correctly rounded division and sqrt, the fdlibm sin/cos in double) performs
     * exactly the CPU engine's float operations in the same order, so it must match bit for bit: zero tolerance.
     */
    public static final double PARITY_TOLERANCE = 0.0;
    /**
     * A fast build contracts a*b+c into FMAs and uses approximate division and sqrt, so results differ in the last
     * bits at once and the solver amplifies that: on PoCL, over one step of the hand-made Kinetix levels the
     * largest difference in any field was 7.2e-7 (velocities of ~1 m/s, impulses up to ~25), hence 1e-5 with a
     * margin for other devices' division/sqrt. After that only chaos remains (measured: 0.11 after 10 steps in an
     * impulse that switches on one side only, rotations 3e-3 rad after 100 steps), and scenes that start deeply
     * overlapped are ill-conditioned even over one step (0.14 rad/s in one angular velocity): a fast build is
     * gated on one step of the hand-made levels only.
     */
    public static final double FAST_BUILD_ONE_STEP_TOLERANCE = 1e-5;

    private DifferentialCheck() {
    }

    /** Largest difference seen in one array, and where the first mismatch was. */
    public record FieldError(String field, double maxAbsError, long mismatches, int firstStep, int firstEnv,
            int firstIndex, String firstCpu, String firstCandidate) {
    }

    /**
     * The outcome of one comparison.
     *
     * @param candidate         the candidate backend's name
     * @param environments      environments compared (over all batches)
     * @param steps             steps compared per batch
     * @param fields            every array with at least one mismatch, by "table.field"
     * @param firstDivergence   the earliest mismatch (step, batch, field, env, values), or null when identical
     * @param nonFiniteCpu      environments whose CPU status has {@link Status#NON_FINITE} at the end
     * @param nonFiniteCandidate environments whose candidate status has it
     */
    public record Report(String candidate, int environments, int steps, Map<String, FieldError> fields,
            String firstDivergence, int nonFiniteCpu, int nonFiniteCandidate) {

        /** Whether every array matched bit for bit (NaNs equal) after every step. */
        public boolean bitIdentical() {
            return fields.isEmpty();
        }

        /** The largest absolute error over all fields (infinite when NaN appears on one side only). */
        public double maxAbsError() {
            return fields.values().stream().mapToDouble(FieldError::maxAbsError).max().orElse(0);
        }

        /** Whether both sides flagged the same number of environments non-finite (each env is also compared). */
        public boolean nonFiniteAgrees() {
            return nonFiniteCpu == nonFiniteCandidate && !fields.containsKey("state.status");
        }

        /** Whether every field is within {@code tolerance} and the status bits agree. */
        public boolean within(double tolerance) {
            return nonFiniteAgrees() && (tolerance == 0 ? bitIdentical() : maxAbsError() <= tolerance);
        }

        /** Throws {@link AssertionError} with {@link #summary()} unless {@link #within(double)}. */
        public void assertWithin(double tolerance) {
            if (!within(tolerance)) {
                throw new AssertionError("tolerance " + tolerance + " exceeded: " + summary());
            }
        }

        /** A few lines for logs: counts, the first divergence, the per-field maxima. */
        public String summary() {
            StringBuilder out = new StringBuilder();
            out.append(candidate).append(" vs cpu: ").append(environments).append(" envs x ").append(steps)
                    .append(" steps, ").append(bitIdentical() ? "bit-identical" : "max abs error " + maxAbsError())
                    .append(", NON_FINITE envs cpu=").append(nonFiniteCpu).append(" candidate=")
                    .append(nonFiniteCandidate);
            if (firstDivergence != null) {
                out.append("\n  first divergence: ").append(firstDivergence);
            }
            for (FieldError e : fields.values()) {
                out.append("\n  ").append(e.field()).append(": max ").append(e.maxAbsError()).append(", ")
                        .append(e.mismatches()).append(" mismatches, first at step ").append(e.firstStep())
                        .append(" env ").append(e.firstEnv()).append(" index ").append(e.firstIndex())
                        .append(" (cpu ").append(e.firstCpu()).append(", candidate ").append(e.firstCandidate())
                        .append(')');
            }
            return out.toString();
        }
    }

    /**
     * Steps copies of every batch {@code steps} times on the CPU backend (all processors: its results do not depend
     * on the thread count) and on {@code candidate}, with one random action stream per batch drawn from
     * {@code actionSeed} ({@link SceneSampler#randomActions}), and compares every array after every step.
     */
    public static Report compare(Backend candidate, List<BatchState> batches, int steps, long actionSeed) {
        Mismatches mismatches = new Mismatches();
        int environments = 0;
        int nonFiniteCpu = 0;
        int nonFiniteCandidate = 0;
        try (CpuBackend cpu = new CpuBackend(Runtime.getRuntime().availableProcessors())) {
            for (int b = 0; b < batches.size(); b++) {
                BatchState reference = copy(batches.get(b));
                BatchState tested = copy(batches.get(b));
                candidate.hostStateChanged(tested);
                SplittableRandom random = new SplittableRandom(actionSeed + b);
                float[] actions = new float[reference.envCount * reference.config.actionSize()];
                for (int step = 1; step <= steps; step++) {
                    SceneSampler.randomActions(reference.config, reference.envCount, random, actions);
                    cpu.step(reference, actions);
                    candidate.step(tested, actions);
                    candidate.syncToHost(tested);
                    mismatches.compare(reference, tested, step, b);
                }
                environments += reference.envCount;
                nonFiniteCpu += countNonFinite(reference);
                nonFiniteCandidate += countNonFinite(tested);
            }
        }
        return new Report(candidate.name(), environments, steps, mismatches.fields, mismatches.first, nonFiniteCpu,
                nonFiniteCandidate);
    }

    private static BatchState copy(BatchState state) {
        BatchState out = new BatchState(state.config, state.envCount);
        for (int env = 0; env < state.envCount; env++) {
            state.copyEnv(env, out, env);
        }
        return out;
    }

    private static int countNonFinite(BatchState state) {
        int count = 0;
        for (int status : state.status) {
            count += Status.has(status, Status.NON_FINITE) ? 1 : 0;
        }
        return count;
    }

    /** The per-field errors collected over every step, and the first one seen. */
    private static final class Mismatches {
        final Map<String, FieldError> fields = new LinkedHashMap<>();
        String first;

        void compare(BatchState reference, BatchState tested, int step, int batch) {
            Map<String, Object> expected = reference.arraysByName();
            Map<String, Object> actual = tested.arraysByName();
            for (Map.Entry<String, Object> entry : expected.entrySet()) {
                String name = entry.getKey();
                Object x = entry.getValue();
                Object y = actual.get(name);
                FieldError now = compareArray(name, x, y, step, Array.getLength(x) / reference.envCount);
                if (now == null) {
                    continue;
                }
                FieldError previous = fields.get(name);
                fields.put(name, previous == null ? now : new FieldError(name,
                        Math.max(now.maxAbsError(), previous.maxAbsError()), previous.mismatches() + now.mismatches(),
                        previous.firstStep(), previous.firstEnv(), previous.firstIndex(), previous.firstCpu(),
                        previous.firstCandidate()));
                if (first == null) {
                    first = "step " + step + ", batch " + batch + " (" + reference.config + "), " + name + " env "
                            + now.firstEnv() + " index " + now.firstIndex() + ": cpu " + now.firstCpu()
                            + ", candidate " + now.firstCandidate();
                }
            }
        }

        /** This step's mismatches of one array, or null when it matches. */
        private static FieldError compareArray(String name, Object x, Object y, int step, int stride) {
            double max = 0;
            long count = 0;
            int firstIndex = -1;
            for (int i = 0, length = Array.getLength(x); i < length; i++) {
                double error = difference(x, y, i);
                if (!Double.isNaN(error)) {
                    count++;
                    max = Math.max(max, error);
                    firstIndex = firstIndex < 0 ? i : firstIndex;
                }
            }
            if (count == 0) {
                return null;
            }
            return new FieldError(name, max, count, step, stride == 0 ? 0 : firstIndex / stride, firstIndex,
                    String.valueOf(Array.get(x, firstIndex)), String.valueOf(Array.get(y, firstIndex)));
        }
    }

    /** NaN when element i is identical (NaNs equal), otherwise the absolute error (+inf for a one-sided NaN). */
    private static double difference(Object x, Object y, int i) {
        return switch (x) {
            case float[] a -> {
                float u = a[i];
                float v = ((float[]) y)[i];
                if (Float.floatToIntBits(u) == Float.floatToIntBits(v)) {
                    yield Double.NaN;
                }
                yield Float.isNaN(u) || Float.isNaN(v) ? Double.POSITIVE_INFINITY : Math.abs((double) u - v);
            }
            case int[] a -> a[i] == ((int[]) y)[i] ? Double.NaN : Math.abs((double) a[i] - ((int[]) y)[i]);
            case boolean[] a -> a[i] == ((boolean[]) y)[i] ? Double.NaN : 1.0;
            default -> throw new IllegalArgumentException("unsupported array " + x.getClass());
        };
    }
}
