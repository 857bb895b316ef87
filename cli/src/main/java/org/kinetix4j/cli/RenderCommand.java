package org.kinetix4j.cli;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.render.ImageFiles;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.CpuBackend;
import org.kinetix4j.physics2d.StaticConfig;

/** {@code kinetix render}: a level, or its frame after N physics steps, as Kinetix draws it; optionally a GIF. */
final class RenderCommand implements Main.Command {
    @Override
    public String summary() {
        return "draw a level (or the frame after N steps) as Kinetix does: PNG, optionally an animated GIF";
    }

    @Override
    public String usage() {
        return """
                usage: kinetix render --level FILE --out FILE.png [--steps N] [--actions zero|plus|minus|FILE]
                                      [--downscale D] [--gif FILE.gif]

                  --level FILE        a Kinetix level JSON file
                  --out FILE.png      the frame after --steps physics steps (0 = the level as loaded)
                  --steps N           physics steps to run first (default 0; with --gif, 240)
                  --actions PROGRAM   zero (default), plus, minus, or an engine trace file (see simulate)
                  --downscale D       1 (default): 500 x 500 px; 4: the 125 x 125 pixel observation
                  --gif FILE.gif      also write the rollout as an animation, one frame per agent step
                                      (2 physics steps), 30 frames per second""";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--level", "--out", "--steps", "--actions", "--downscale", "--gif"),
                Set.of());
        Path levelFile = Path.of(args.require("--level"));
        if (!Files.isRegularFile(levelFile)) {
            throw new UsageException("--level " + levelFile + ": no such file");
        }
        Path png = Path.of(args.require("--out"));
        Path gif = args.has("--gif") ? Path.of(args.require("--gif")) : null;
        int downscale = args.positiveInt("--downscale", 1);
        Level level = LevelReader.read(levelFile);
        StaticConfig config = level.state().config;
        int defaultSteps = gif != null ? 240 : 0;
        List<float[]> actions = args.has("--steps") || gif != null || args.has("--actions")
                ? EnginePrograms.sequence(args.get("--actions", "zero"), config, args, defaultSteps) : List.of();

        BatchState state = new BatchState(config, 1);
        EnvTables tables = new EnvTables(config, 1);
        level.copyInto(state, tables, 0);
        PixelRenderer renderer = new PixelRenderer(config, level.staticParams(), level.envParams(), downscale);
        int frameSkip = level.staticParams().frameSkip();
        List<BufferedImage> frames = new ArrayList<>();
        frames.add(renderer.toImage(state, tables, 0));
        try (CpuBackend backend = new CpuBackend(1)) {
            for (int t = 0; t < actions.size(); t++) {
                backend.step(state, actions.get(t));
                if (gif != null && (t + 1) % frameSkip == 0) {
                    frames.add(renderer.toImage(state, tables, 0));
                }
            }
        }
        ImageFiles.writePng(renderer.toImage(state, tables, 0), png);
        out.println("wrote " + png + " (" + renderer.width() + " x " + renderer.height() + " px, after "
                + actions.size() + " physics steps)");
        if (gif != null) {
            ImageFiles.writeGif(frames, 1000 / 30, gif);
            out.println("wrote " + gif + " (" + frames.size() + " frames)");
        }
        return 0;
    }
}
