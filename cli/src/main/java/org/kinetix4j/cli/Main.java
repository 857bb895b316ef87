package org.kinetix4j.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Entry point of {@code ./kinetix}: dispatches to a subcommand. */
public final class Main {
    private Main() {
    }

    /** A subcommand: its usage text and how it runs. */
    interface Command {
        /** One-line summary. */
        String summary();

        /** Full usage text, printed by {@code --help} and after a usage error. */
        String usage();

        /** Runs with the arguments after the subcommand name; returns the exit code. */
        int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new TreeMap<>();
        commands.put("bench", new BenchCommand());
        commands.put("simulate", new SimulateCommand());
        commands.put("rollout", new RolloutCommand());
        commands.put("generate", new GenerateCommand());
        commands.put("render", new RenderCommand());
        commands.put("play", new PlayCommand());
        commands.put("edit", new EditCommand());
        return commands;
    }

    /** Runs the launcher and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the launcher; returns 0 on success, 1 on a failure, 2 on a usage error. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printOverview(commands, args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("kinetix: unknown command '" + args[0] + "'");
            printOverview(commands, err);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("kinetix " + args[0] + ": " + e.getMessage());
            if (e.showUsage()) {
                err.println(command.usage());
            }
            return 2;
        } catch (Exception e) {
            err.println("kinetix " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private static void printOverview(Map<String, Command> commands, PrintStream out) {
        out.println("usage: kinetix <command> [options]   (kinetix <command> --help for its options)");
        out.println();
        commands.forEach((name, command) -> out.printf("  %-10s %s%n", name, command.summary()));
    }
}
