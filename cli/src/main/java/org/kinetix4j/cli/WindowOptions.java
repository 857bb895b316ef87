package org.kinetix4j.cli;

import java.nio.file.Path;

/**
 * The window options {@code play} and {@code edit} share: {@code --scale N} and
 * {@code --screenshot FILE.png [--frames N]} (run N frames in a hidden window, save the last one, exit).
 *
 * @param scale      window pixels per image pixel
 * @param screenshot the PNG to write, or null for an interactive window
 * @param frames     frames to run before the screenshot
 */
record WindowOptions(int scale, Path screenshot, int frames) {
    /** The option names that take a value. */
    static final java.util.Set<String> NAMES = java.util.Set.of("--scale", "--screenshot", "--frames");

    /** Reads the options; {@code --frames} without {@code --screenshot} is a usage error. */
    static WindowOptions parse(Args args, int defaultScale) {
        if (args.has("--frames") && !args.has("--screenshot")) {
            throw new UsageException("--frames only applies with --screenshot FILE.png");
        }
        Path screenshot = args.has("--screenshot") ? Path.of(args.require("--screenshot")) : null;
        if (screenshot != null && !screenshot.getFileName().toString().endsWith(".png")) {
            throw new UsageException("--screenshot " + screenshot + " must name a .png file");
        }
        return new WindowOptions(args.positiveInt("--scale", screenshot != null ? 1 : defaultScale), screenshot,
                args.positiveInt("--frames", 60));
    }
}
