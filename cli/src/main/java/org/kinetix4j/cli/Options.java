package org.kinetix4j.cli;

/** Parsers for option values shared by several subcommands. */
final class Options {
    private Options() {
    }

    /** An {@code on|off} option. */
    static boolean onOff(Args args, String name, boolean fallback) {
        String value = args.get(name, fallback ? "on" : "off");
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UsageException(name + "=" + value + " must be on or off");
        };
    }

    /** A signed integer option. */
    static long longValue(Args args, String name, long fallback) {
        String text = args.get(name, null);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(name + "=" + text + " must be an integer");
        }
    }
}
