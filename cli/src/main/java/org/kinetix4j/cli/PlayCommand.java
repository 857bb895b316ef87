package org.kinetix4j.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.render.play.KeyboardPolicy;
import org.kinetix4j.render.play.PlaySession;
import org.kinetix4j.render.play.Policy;
import org.kinetix4j.render.play.Viewer;

/** {@code kinetix play}: the LWJGL viewer, driven by the keyboard or by a {@link Policy}. */
final class PlayCommand implements Main.Command {
    @Override
    public String summary() {
        return "play a level in a window (keyboard or --policy), or save a frame with --screenshot";
    }

    @Override
    public String usage() {
        return """
                usage: kinetix play FILE [--backend cpu|opencl|cuda|auto] [--policy CLASS] [--scale N]
                                         [--arrows on|off] [--screenshot FILE.png [--frames N]]

                  FILE                a Kinetix level JSON file
                  --backend NAME      physics backend (default cpu)
                  --policy CLASS      a class implementing org.kinetix4j.render.play.Policy, with a public
                                      no-argument constructor, drives instead of the keyboard
                                      (e.g. org.kinetix4j.render.play.FullThrottlePolicy)
                  --scale N           window pixels per image pixel (default 2; 1 with --screenshot)
                  --arrows on|off     motor-direction arrows over the scene (default on; M toggles)
                  --screenshot FILE   run --frames frames (default 60) in a hidden window, save the last as PNG

                  keys: Left/Right motor channel 0 (+1/-1), Up/Down channel 1, 1 and 2 thrusters, 3 and 4 motor
                        channels 2 and 3; Space or P pause, N single step, R reset, + and - speed, M arrows,
                        Esc quit.
                  60 frames per second, one physics step per frame at speed 1 (real time).
                  Needs an X display (or xvfb-run); --screenshot also works headless through OSMesa.""";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        LevelFileArgument split = LevelFileArgument.split(argList);
        Args args = split.parseOptions(Set.of("--policy", "--arrows"));
        if (split.file() == null) {
            throw new UsageException("a level FILE is required");
        }
        Path file = Path.of(split.file());
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        String backend = args.get(BackendOption.NAME, "cpu");
        BackendOption.check(backend);
        WindowOptions window = WindowOptions.parse(args, 2);
        Policy policy = args.has("--policy") ? policy(args.require("--policy")) : null;
        Level level = LevelReader.read(file);
        KeyboardPolicy keyboard = policy == null ? new KeyboardPolicy() : null;
        try (PlaySession session = new PlaySession(level, backend, policy != null ? policy : keyboard,
                ObservationType.SYMBOLIC_ENTITY)) {
            Viewer.run(level, session, keyboard, new Viewer.Options(window.scale(), window.screenshot(),
                    window.frames(), Options.onOff(args, "--arrows", true)));
            if (window.screenshot() != null) {
                out.println("wrote " + window.screenshot() + " (frame " + window.frames() + ", "
                        + session.timestep() + " agent steps into the episode)");
            }
        }
        return 0;
    }

    /** Instantiates {@code --policy CLASS}. */
    static Policy policy(String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new UsageException("--policy " + className + ": no such class on the class path");
        }
        if (!Policy.class.isAssignableFrom(type)) {
            throw new UsageException("--policy " + className + " does not implement " + Policy.class.getName());
        }
        try {
            return type.asSubclass(Policy.class).getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new UsageException("--policy " + className + " needs a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("--policy " + className + ": its constructor failed: "
                    + e.getCause(), e.getCause());
        }
    }
}
