package org.kinetix4j.cli;

/** A bad command-line argument: the launcher prints the message and the subcommand's usage, and exits 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean showUsage;

    /** A usage error with a message naming the argument and what was expected. */
    public UsageException(String message) {
        this(message, true);
    }

    /**
     * A usage error; {@code showUsage} false when the usage text would not help (the arguments are well formed
     * but name something this machine lacks, such as an unavailable backend).
     */
    public UsageException(String message, boolean showUsage) {
        super(message);
        this.showUsage = showUsage;
    }

    /** Whether the launcher prints the subcommand's usage after the message. */
    public boolean showUsage() {
        return showUsage;
    }
}
