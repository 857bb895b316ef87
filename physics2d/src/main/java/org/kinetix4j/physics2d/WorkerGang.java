package org.kinetix4j.physics2d;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed gang of worker threads that, together with the calling thread, runs the chunks of one batch step and
 * then waits for the next. Chunks are claimed from a shared counter, so faster threads take more of them.
 *
 * <p>Why not a {@link java.util.concurrent.ForkJoinPool}: an external {@code invoke} allocates a few dozen bytes
 * per call, and the step must allocate nothing. Here dispatch is a volatile generation bump plus
 * {@link LockSupport#unpark}, completion an atomic counter; idle workers spin briefly (steps come back to back
 * in training loops), then park.
 */
final class WorkerGang implements AutoCloseable {
    /** How long an idle worker spins before parking, ns: longer than the gap between two batch steps. */
    private static final long SPIN_NANOS = 200_000;

    private final Thread[] workers;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicInteger finishedChunks = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private IntConsumer task;
    private int chunkCount;
    /** The first failure of a chunk in this run, rethrown by the caller. */
    private volatile RuntimeException failure;

    /** A gang of {@code helpers} worker threads (the caller is the extra participant). */
    WorkerGang(int helpers) {
        workers = new Thread[helpers];
        for (int i = 0; i < helpers; i++) {
            workers[i] = Thread.ofPlatform().daemon().name("kinetix4j-cpu-" + (i + 1)).unstarted(this::workLoop);
            workers[i].start();
        }
    }

    /**
     * Runs {@code chunk.accept(i)} for every i in 0..count−1 across the gang and the caller; returns when all are
     * done, rethrowing the first exception a chunk threw. Not reentrant: one run at a time.
     */
    void run(int count, IntConsumer chunk) {
        task = chunk;
        chunkCount = count;
        failure = null;
        nextChunk.set(0);
        finishedChunks.set(0);
        generation++;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        runChunks();
        while (finishedChunks.get() < count) {
            Thread.onSpinWait();
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    private void runChunks() {
        int count = chunkCount;
        IntConsumer chunk = task;
        for (int i = nextChunk.getAndIncrement(); i < count; i = nextChunk.getAndIncrement()) {
            try {
                chunk.accept(i);
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
        int seen = 0;
        while (!closed) {
            int current = generation;
            if (current != seen) {
                seen = current;
                runChunks();
                continue;
            }
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (generation == seen && !closed) {
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
