package org.kinetix4j.physics2d;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * The reference backend: plain Java, float32, environments split into contiguous chunks over a fork-join pool.
 *
 * <p>Environments never interact and each is stepped by the same sequential code, so results are bit-identical
 * whatever the thread count, the chunking or the other environments in the batch. Steady-state stepping
 * allocates nothing: chunk tasks and their scratch are created once per (batch size, config) and reused.
 */
public final class CpuBackend implements Backend {
    /** Chunks per thread: enough to even out environments that cost more than others. */
    private static final int CHUNKS_PER_THREAD = 4;

    private final int threads;
    private final ForkJoinPool pool;
    private List<ChunkTask> chunks = List.of();
    private final Root root = new Root();
    private StaticConfig chunkConfig;
    private int chunkEnvCount;

    /** A backend on {@code threads} threads (1 = the caller's thread only, no pool). */
    public CpuBackend(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads=" + threads + " must be >= 1");
        }
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    /** A backend on every available processor. */
    public CpuBackend() {
        this(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public String name() {
        return "cpu";
    }

    /** Number of worker threads. */
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
        if (pool == null) {
            ChunkTask only = chunks.get(0);
            only.bind(state, actions);
            only.run();
            return;
        }
        for (int i = 0; i < chunks.size(); i++) {
            chunks.get(i).reinitialize();
            chunks.get(i).bind(state, actions);
        }
        root.reinitialize();
        pool.invoke(root);
    }

    private final class Root extends RecursiveAction {
        private static final long serialVersionUID = 1L;

        @Override
        protected void compute() {
            for (int i = 1; i < chunks.size(); i++) {
                chunks.get(i).fork();
            }
            chunks.get(0).invoke();
            // Join newest first: this worker then pops its own unstolen chunks off the top of its deque and runs
            // them; joining oldest first would block on the chunk a thief took and leave the rest to the thief.
            for (int i = chunks.size() - 1; i >= 1; i--) {
                chunks.get(i).join();
            }
        }
    }

    private void ensureChunks(BatchState state) {
        if (state.config.equals(chunkConfig) && state.envCount == chunkEnvCount) {
            return;
        }
        int count = pool == null ? 1 : Math.min(state.envCount, threads * CHUNKS_PER_THREAD);
        List<ChunkTask> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = (int) ((long) state.envCount * i / count);
            int to = (int) ((long) state.envCount * (i + 1) / count);
            created.add(new ChunkTask(state.config, from, to));
        }
        chunks = created;
        chunkConfig = state.config;
        chunkEnvCount = state.envCount;
    }

    /** Detection only for environment {@code env}: fills the manifold tables as the first stage of a step would. */
    public static void detectCollisions(BatchState state, int env) {
        new EnvStepper(state.config).detect(state, state.checkEnv(env));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static final class ChunkTask extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient EnvStepper stepper;
        private final int from;
        private final int to;
        private transient BatchState state;
        private transient float[] actions;

        ChunkTask(StaticConfig config, int from, int to) {
            this.stepper = new EnvStepper(config);
            this.from = from;
            this.to = to;
        }

        void bind(BatchState batch, float[] batchActions) {
            this.state = batch;
            this.actions = batchActions;
        }

        void run() {
            compute();
        }

        @Override
        protected void compute() {
            int actionSize = state.config.actionSize();
            for (int env = from; env < to; env++) {
                stepper.step(state, env, actions, env * actionSize);
            }
        }
    }
}
