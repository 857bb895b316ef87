package org.kinetix4j.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The leading {@code FILE} of {@code play FILE …} and {@code edit [FILE] …}: the first argument, when it is not
 * an option. The other arguments are left for {@link Args}.
 *
 * @param file the file argument, or null when the arguments start with an option
 * @param rest the remaining arguments
 */
record LevelFileArgument(String file, List<String> rest) {
    /** Splits {@code args} into the leading file and the options. */
    static LevelFileArgument split(List<String> args) {
        if (!args.isEmpty() && !args.get(0).startsWith("--")) {
            return new LevelFileArgument(args.get(0), new ArrayList<>(args.subList(1, args.size())));
        }
        return new LevelFileArgument(null, new ArrayList<>(args));
    }

    /**
     * Parses the options after the file. Every command that opens a level in a window takes the
     * {@link WindowOptions} and {@code --backend}; {@code commandOptions} are the command's own, each with a value.
     */
    Args parseOptions(Set<String> commandOptions) {
        Set<String> withValue = new HashSet<>(WindowOptions.NAMES);
        withValue.add(BackendOption.NAME);
        withValue.addAll(commandOptions);
        return Args.parse(rest, withValue, Set.of());
    }
}
