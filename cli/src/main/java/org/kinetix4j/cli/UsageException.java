package org.kinetix4j.cli;

/** A bad command-line argument: the launcher prints the message and the subcommand's usage, and exits 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A usage error with a message naming the argument and what was expected. */
    public UsageException(String message) {
        super(message);
    }
}
