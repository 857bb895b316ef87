package org.kinetix4j.env;

/**
 * The per-environment information of the last {@code step}, in preallocated arrays indexed by environment
 * (Kinetix's {@code info} plus what its logging wrapper adds, spec kinetix.md §1.4, §1.8).
 */
public final class EpisodeInfo {
    /** The step ended the episode by reaching the goal (Kinetix {@code GoalR}). */
    public final boolean[] goalReached;
    /** The green–blue distance the shaping term used, m. */
    public final float[] distance;
    /** The step ended an episode (terminated or truncated); Kinetix's {@code returned_episode}. */
    public final boolean[] episodeEnded;
    /** Return of the last finished episode (Kinetix {@code returned_episode_returns}). */
    public final float[] episodeReturn;
    /** Length in agent steps of the last finished episode (Kinetix {@code returned_episode_lengths}). */
    public final int[] episodeLength;
    /** Whether the last finished episode reached the goal (Kinetix {@code returned_episode_solved}). */
    public final boolean[] episodeSolved;
    /** Agent steps taken in the current episode (Kinetix {@code timestep}). */
    public final int[] timestep;
    /**
     * With {@link AutoresetMode#SAME_STEP}: whether this step's observation of the environment is a fresh
     * episode's, the terminal one being in {@link #finalObservation}.
     */
    public final boolean[] hasFinalObservation;
    /** Terminal observations of the environments reset in this step ({@link #hasFinalObservation}). */
    public final org.kinetix4j.env.obs.ObservationBuilder finalObservation;

    EpisodeInfo(int envCount, org.kinetix4j.env.obs.ObservationBuilder finalObservation) {
        goalReached = new boolean[envCount];
        distance = new float[envCount];
        episodeEnded = new boolean[envCount];
        episodeReturn = new float[envCount];
        episodeLength = new int[envCount];
        episodeSolved = new boolean[envCount];
        timestep = new int[envCount];
        hasFinalObservation = new boolean[envCount];
        this.finalObservation = finalObservation;
    }
}
