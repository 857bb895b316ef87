package org.kinetix4j.benchmarks.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.jbox2d.dynamics.World;
import org.jbox2d.pooling.IWorldPool;
import org.jbox2d.pooling.normal.DefaultWorldPool;
import org.kinetix4j.env.Level;

/**
 * The baseline batch: one {@link JBox2DWorld} per environment, stepped over a fork-join pool of the same size and
 * with the same chunking as {@code CpuBackend} (contiguous chunks, four per thread; one thread = the caller's).
 */
public final class JBox2DBatch implements AutoCloseable {
    private static final int CHUNKS_PER_THREAD = 4;

    private final List<JBox2DWorld> worlds;
    private final int actionSize;
    private final ForkJoinPool pool;
    private final List<Chunk> chunks;
    private float[] actions;

    /**
     * A batch of the given worlds on {@code threads} threads.
     *
     * @param actionSize values per environment in the action array ({@code J + T} of the levels' capacities)
     */
    public JBox2DBatch(List<JBox2DWorld> worlds, int actionSize, int threads) {
        if (threads < 1 || worlds.isEmpty()) {
            throw new IllegalArgumentException("threads=" + threads + " must be >= 1 and worlds non-empty");
        }
        this.worlds = List.copyOf(worlds);
        this.actionSize = actionSize;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
        int[] bounds = chunkBounds(worlds.size(), threads);
        chunks = new ArrayList<>(bounds.length - 1);
        for (int i = 0; i + 1 < bounds.length; i++) {
            chunks.add(new Chunk(bounds[i], bounds[i + 1]));
        }
    }

    /** Chunk i holds environments {@code bounds[i] .. bounds[i + 1] − 1}. */
    private static int[] chunkBounds(int envs, int threads) {
        int count = threads == 1 ? 1 : Math.min(envs, threads * CHUNKS_PER_THREAD);
        int[] bounds = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            bounds[i] = (int) ((long) envs * i / count);
        }
        return bounds;
    }

    /**
     * {@code envs} worlds, environment e converted from {@code levels.get(e % levels.size())} with
     * {@link JBox2DOptions#defaults()}. The worlds of one chunk (never stepped concurrently) share one JBox2D
     * scratch pool, which keeps the memory per world at tens of kilobytes instead of ~0.8 MB.
     */
    public static JBox2DBatch tile(List<Level> levels, int envs, int threads) {
        if (threads < 1 || envs < 1) {
            throw new IllegalArgumentException("threads=" + threads + " and envs=" + envs + " must be >= 1");
        }
        List<JBox2DWorld> worlds = new ArrayList<>(envs);
        int[] bounds = chunkBounds(envs, threads);
        for (int i = 0; i + 1 < bounds.length; i++) {
            IWorldPool scratch = new DefaultWorldPool(World.WORLD_POOL_SIZE, World.WORLD_POOL_CONTAINER_SIZE);
            for (int env = bounds[i]; env < bounds[i + 1]; env++) {
                worlds.add(JBox2DWorld.of(levels.get(env % levels.size()), scratch));
            }
        }
        return new JBox2DBatch(worlds, levels.get(0).state().config.actionSize(), threads);
    }

    /** One step of every world; {@code actions} is {@code [env][J + T]} as for our engine. */
    public void step(float[] actions) {
        if (actions.length != worlds.size() * actionSize) {
            throw new IllegalArgumentException("actions has " + actions.length + " values, expected "
                    + worlds.size() + " x " + actionSize);
        }
        this.actions = actions;
        if (pool == null) {
            chunks.get(0).compute();
            return;
        }
        for (Chunk chunk : chunks) {
            chunk.reinitialize();
        }
        pool.invoke(new RecursiveAction() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void compute() {
                invokeAll(chunks);
            }
        });
    }

    /** Number of worlds. */
    public int size() {
        return worlds.size();
    }

    /** World {@code env}. */
    public JBox2DWorld world(int env) {
        return worlds.get(env);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private final class Chunk extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final int from;
        private final int to;

        Chunk(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            float[] batchActions = actions;
            for (int env = from; env < to; env++) {
                worlds.get(env).step(batchActions, env * actionSize);
            }
        }
    }
}
