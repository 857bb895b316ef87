package org.kinetix4j.render.gl;

import java.util.concurrent.locks.LockSupport;

/** Holds a render loop to a frame rate when vsync does not (Xvfb, or drivers that ignore the swap interval). */
public final class FramePacer {
    private final long frameNanos;
    private long next = System.nanoTime();

    /** A pacer for {@code framesPerSecond}. */
    public FramePacer(int framesPerSecond) {
        this.frameNanos = 1_000_000_000L / framesPerSecond;
    }

    /** Waits until the next frame is due; a late frame resets the schedule instead of racing to catch up. */
    public void await() {
        next += frameNanos;
        long now = System.nanoTime();
        if (next < now) {
            next = now;
            return;
        }
        while (next - System.nanoTime() > 0) {
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }
}
