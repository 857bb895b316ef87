package org.kinetix4j.physics2d;

/**
 * The seam between the engine's semantics and where it runs: {@code cpu} (this module's reference backend)
 * and the GPU backends all step a {@link BatchState} the same way.
 */
public interface Backend extends AutoCloseable {

    /** Short name as used on the command line ({@code cpu}, {@code opencl}, {@code cuda}). */
    String name();

    /**
     * Advances every environment of {@code state} by one physics step.
     *
     * @param actions {@code [env][J + T]}: per environment, the motor action of each joint slot, then the
     *                thruster action of each thruster slot (Kinetix clips them to [−1, 1] and [0, 1] before;
     *                the engine does not)
     * @throws IllegalArgumentException if {@code actions} does not hold {@code envCount · (J + T)} values
     */
    void step(BatchState state, float[] actions);

    /**
     * Tells the backend that the host arrays of {@code state} were written outside {@link #step} (a reset, a
     * level copied into a slot, a scene edit), so a backend that keeps its own copy of the state (a GPU) must
     * take the host's before the next step. The CPU backend steps the host arrays themselves: nothing to do.
     */
    default void hostStateChanged(BatchState state) {
    }

    /**
     * Makes the results of every step so far visible in the host arrays of {@code state}. A backend that keeps
     * the state on a device copies it back here (and only here), so a loop of {@link #step} calls moves nothing
     * but actions; callers that read the state after stepping (rewards, observations) call this first.
     */
    default void syncToHost(BatchState state) {
    }

    /**
     * Like {@link #syncToHost(BatchState)}, but only the arrays in {@code view} need be current on the host
     * afterwards; a device backend may leave the others behind until a later {@link #syncToHost(BatchState)}
     * brings them, so a loop that reads only rewards and observations does not copy the solver's caches back
     * every step. Before writing the host arrays (then {@link #hostStateChanged}), call
     * {@link #syncToHost(BatchState)}: the write hands the whole host state back to the backend, and the arrays
     * left behind would otherwise overwrite the device's newer ones in every environment. By default the full
     * sync, which holds every view.
     */
    default void syncToHost(BatchState state, HostView view) {
        syncToHost(state);
    }

    /** Releases threads or device memory. */
    @Override
    void close();
}
