package org.kinetix4j.physics2d;

/**
 * Per-environment fault bits that the step raises instead of throwing (it runs inside a hot loop over many
 * environments). The host decides what a fault means; Kinetix ends the episode on {@link #NON_FINITE}.
 */
public final class Status {
    /** Some position, rotation or velocity of an active shape became NaN or infinite. */
    public static final int NON_FINITE = 1;

    private Status() {
    }

    /** Whether {@code status} has bit {@code flag} set. */
    public static boolean has(int status, int flag) {
        return (status & flag) != 0;
    }
}
