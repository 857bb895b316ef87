package org.kinetix4j.physics2d;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed gang of worker threads that, together with the calling thread, runs the chunks of one batch step and
 * then waits for the next. Chunks are claimed from a shared cursor, so faster threads take more of them.
 *
 * <p>Why not a {@link java.util.concurrent.ForkJoinPool}: an external {@code invoke} allocates a few dozen bytes
 * per call, and the step must allocate nothing. Here a run is published by one atomic write of the cursor and
 * {@link LockSupport#unpark}; idle workers spin briefly (steps come back to back in training loops), then park.
 *
 * <p>The cursor packs the run's id, its chunk count and the next unclaimed chunk into one {@code long}, and
 * chunks are claimed by compare-and-set: a worker still leaving an earlier run can never claim a chunk of the
 * next one with the earlier run's count, or a chunk twice.
 */
final class WorkerGang implements AutoCloseable {
    /** How long an idle worker spins before parking, ns: longer than the gap between two batch steps. */
    private static final long SPIN_NANOS = 200_000;
    private static final int INDEX_BITS = 20;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** Most chunks one run may have (the chunk count and index each get 20 bits of the cursor). */
    static final int MAX_CHUNKS = (int) INDEX_MASK;

    private final Thread[] workers;
    /** run id (24 bits) | chunk count (20 bits) | next chunk (20 bits). */
    private final AtomicLong cursor = new AtomicLong();
    private final AtomicInteger finishedChunks = new AtomicInteger();
    private volatile boolean closed;
    private volatile IntConsumer task;
    /** The first failure of a chunk in this run, rethrown by the caller. */
    private volatile RuntimeException failure;
    private long runId;

    /** A gang of {@code helpers} worker threads (the caller is the extra participant). */
    WorkerGang(int helpers) {
        workers = new Thread[helpers];
        for (int i = 0; i < helpers; i++) {
            workers[i] = Thread.ofPlatform().daemon().name("kinetix4j-cpu-" + (i + 1)).unstarted(this::workLoop);
            workers[i].start();
        }
    }

    private static long idOf(long c) {
        return c >>> (2 * INDEX_BITS);
    }

    /**
     * Runs {@code chunk.accept(i)} for every i in 0..count−1 across the gang and the caller; returns when all are
     * done, rethrowing the first exception a chunk threw. Not reentrant: one run at a time.
     */
    void run(int count, IntConsumer chunk) {
        if (count < 0 || count > MAX_CHUNKS) {
            throw new IllegalArgumentException("count=" + count + " must be in 0.." + MAX_CHUNKS);
        }
        task = chunk;
        failure = null;
        finishedChunks.set(0);
        runId = (runId + 1) & ((1L << 24) - 1);
        cursor.set(runId << (2 * INDEX_BITS) | (long) count << INDEX_BITS);
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        runChunks(runId);
        while (finishedChunks.get() < count) {
            Thread.onSpinWait();
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    /** Claims and runs chunks of run {@code id} until none is left or a newer run has started. */
    private void runChunks(long id) {
        while (true) {
            long c = cursor.get();
            int count = (int) ((c >>> INDEX_BITS) & INDEX_MASK);
            int next = (int) (c & INDEX_MASK);
            if (idOf(c) != id || next >= count) {
                return;
            }
            if (!cursor.compareAndSet(c, c + 1)) {
                continue;
            }
            try {
                task.accept(next);
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            } finally {
                finishedChunks.incrementAndGet();
            }
        }
    }

    private void workLoop() {
        long seen = 0;
        while (!closed) {
            long current = idOf(cursor.get());
            if (current != seen) {
                seen = current;
                runChunks(current);
                continue;
            }
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (idOf(cursor.get()) == seen && !closed) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
    }
}
