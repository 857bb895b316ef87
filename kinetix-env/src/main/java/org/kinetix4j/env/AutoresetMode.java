package org.kinetix4j.env;

/** What the vector environment does with an environment whose episode ended (Gymnasium's names). */
public enum AutoresetMode {
    /**
     * Gymnasium's default: the step that ends an episode returns the terminal observation; the next
     * {@code step} ignores that environment's action, resets it and returns its first observation with reward 0.
     */
    NEXT_STEP,
    /**
     * Kinetix/gymnax behaviour: the environment is reset inside the step that ends its episode; the returned
     * observation is the new episode's first, and the terminal observation is kept in the info.
     */
    SAME_STEP,
    /** No automatic reset: the caller resets finished environments with {@code reset(seed, mask)}. */
    DISABLED
}
