package org.kinetix4j.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} / {@code --flag} options of one subcommand, validated against the known names. */
final class Args {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Args() {
    }

    /**
     * Parses {@code args}; {@code withValue} lists options that take a value, {@code flags} those that do not.
     *
     * @throws UsageException for an unknown option, a missing value or a stray positional argument
     */
    static Args parse(List<String> args, Set<String> withValue, Set<String> flags) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                parsed.values.put(arg, "true");
            } else if (withValue.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                parsed.values.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                throw new UsageException("unexpected argument " + arg);
            }
        }
        return parsed;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    int positiveInt(String name, int fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw new UsageException(name + "=" + text + " must be a positive integer");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(name + "=" + text + " must be a positive integer");
        }
    }
}
