package org.kinetix4j.physics2d;

import java.util.function.IntConsumer;

/**
 * The reference backend: plain Java, float32, environments split into contiguous chunks run by a fixed gang of
 * threads (the caller included).
 *
 * <p>Environments never interact and each is stepped by the same sequential code, so results are bit-identical
 * whatever the thread count, the chunking or the other environments in the batch. Steady-state stepping
 * allocates nothing: chunks, their scratch and the threads are created once per (batch size, config). One
 * backend steps one batch at a time (it is not meant to be called from several threads at once).
 */
public final class CpuBackend implements Backend {
    /** Chunks per thread: enough to even out environments that cost more than others. */
    private static final int CHUNKS_PER_THREAD = 4;

    private final int threads;
    private final WorkerGang gang;
    private final IntConsumer runChunk = this::runChunk;
    private EnvStepper[] steppers = new EnvStepper[0];
    private int[] chunkStart = new int[1];
    private StaticConfig chunkConfig;
    private int chunkEnvCount;
    private BatchState boundState;
    private float[] boundActions;

    /** A backend on {@code threads} threads (1 = the caller's thread only). */
    public CpuBackend(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads=" + threads + " must be >= 1");
        }
        this.threads = threads;
        this.gang = threads > 1 ? new WorkerGang(threads - 1) : null;
    }

    /** A backend on every available processor. */
    public CpuBackend() {
        this(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String name() {
        return "cpu";
    }

    /** Number of threads, the caller included. */
    public int threads() {
        return threads;
    }

    @Override
    public void step(BatchState state, float[] actions) {
        int actionSize = state.config.actionSize();
        if (actions.length != state.envCount * actionSize) {
            throw new IllegalArgumentException("actions has " + actions.length + " values, expected envCount="
                    + state.envCount + " x (numJoints + numThrusters)=" + actionSize);
        }
        ensureChunks(state);
        boundState = state;
        boundActions = actions;
        try {
            if (gang == null) {
                runChunk(0);
            } else {
                gang.run(steppers.length, runChunk);
            }
        } finally {
            boundState = null;
            boundActions = null;
        }
    }

    private void runChunk(int chunk) {
        BatchState state = boundState;
        float[] actions = boundActions;
        int actionSize = state.config.actionSize();
        EnvStepper stepper = steppers[chunk];
        for (int env = chunkStart[chunk]; env < chunkStart[chunk + 1]; env++) {
            stepper.step(state, env, actions, env * actionSize);
        }
    }

    private void ensureChunks(BatchState state) {
        if (state.config.equals(chunkConfig) && state.envCount == chunkEnvCount) {
            return;
        }
        int count = gang == null ? 1 : Math.min(state.envCount, threads * CHUNKS_PER_THREAD);
        steppers = new EnvStepper[count];
        chunkStart = new int[count + 1];
        ShapeCache cache = new ShapeCache(state.config, state.envCount);
        for (int i = 0; i < count; i++) {
            steppers[i] = new EnvStepper(state.config, cache);
            chunkStart[i + 1] = (int) ((long) state.envCount * (i + 1) / count);
        }
        chunkConfig = state.config;
        chunkEnvCount = state.envCount;
    }

    /** One detection scratch per thread, reused while the config stays the same (the generator calls this a lot). */
    private static final ThreadLocal<EnvStepper> DETECTOR = new ThreadLocal<>();

    /** Detection only for environment {@code env}: fills the manifold tables as the first stage of a step would. */
    public static void detectCollisions(BatchState state, int env) {
        EnvStepper detector = DETECTOR.get();
        if (detector == null || !detector.config().equals(state.config)) {
            detector = new EnvStepper(state.config);
            DETECTOR.set(detector);
        }
        detector.detect(state, state.checkEnv(env));
    }

    @Override
    public void close() {
        if (gang != null) {
            gang.close();
        }
    }
}
