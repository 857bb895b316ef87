package org.kinetix4j.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.render.edit.Editor;
import org.kinetix4j.render.edit.EditorInput;
import org.kinetix4j.render.edit.EditorModel;
import org.kinetix4j.render.edit.EditorWindow;
import org.kinetix4j.render.edit.Templates;
import org.kinetix4j.render.ui.ScreenLayout;

/** {@code kinetix edit}: the interactive level editor. */
final class EditCommand implements Main.Command {
    @Override
    public String summary() {
        return "edit a level in a window (Space: play it); saves Kinetix JSON";
    }

    @Override
    public String usage() {
        return """
                usage: kinetix edit [FILE] [--size s|m|l] [--random SEED] [--backend NAME] [--scale N]
                                           [--screenshot FILE.png [--frames N]]

                  FILE              the level to edit; saves (Ctrl+S) go there. A missing file starts from the
                                    ball-and-goal template. Without FILE nothing can be saved.
                  --size s|m|l      size to save at (default: the file's, else l); a larger size grows the level
                  --random SEED     start from a random level of levelgen instead
                  --backend NAME    physics backend of play mode (default cpu)
                  --scale N         window pixels per image pixel (default 1)
                  --screenshot FILE draw --frames frames (default 60) in a hidden window, save the last as PNG

                  tools (digits when nothing is selected, mouse wheel, or the panel): 0 select/move (drag;
                  Shift-drag rotates, Ctrl-drag resizes), 1 circle, 2 rectangle, 3 triangle, 4 polygon (3-4
                  vertices; Enter closes a triangle), 5 revolute joint, 6 fixed joint, 7 thruster (click, aim, click).
                  Right click deletes. Selection: W/A/S/D move, Q/E rotate, [ ] rotate 45 deg, + - resize,
                  F fixate, C collision mode, R or 0-3 role, digits set a joint's/thruster's binding, Delete.
                  Ctrl+C duplicates the selected shape. With nothing selected the panel sets gravity.
                  Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, Ctrl+S save, Ctrl+N new, G grid, M motor arrows,
                  Esc cancel, Space play/edit. Drop a .json file on the window to open it.""";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        LevelFileArgument split = LevelFileArgument.split(argList);
        Args args = split.parseOptions(Set.of("--size", "--random"));
        String backend = args.get(BackendOption.NAME, "cpu");
        BackendOption.check(backend);
        WindowOptions window = WindowOptions.parse(args, 1);
        LevelSize size;
        try {
            size = args.has("--size") ? LevelSize.parse(args.require("--size")) : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = split.file() == null ? null : Path.of(split.file());
        EditorModel model = model(file, size, args);
        try (Editor editor = new Editor(model, backend)) {
            EditorWindow.run(new EditorInput(editor, ScreenLayout.defaults(window.scale())), window.screenshot(),
                    window.frames());
        }
        if (window.screenshot() != null) {
            out.println("wrote " + window.screenshot());
        }
        return 0;
    }

    private static EditorModel model(Path file, LevelSize size, Args args) {
        EditorModel model;
        if (file != null && Files.isRegularFile(file)) {
            model = EditorModel.forFile(file);
        } else {
            model = new EditorModel(Templates.BALL_AND_GOAL.create(size != null ? size : LevelSize.L), file);
        }
        if (size != null) {
            model.setSize(size);
        }
        if (args.has("--random")) {
            model.randomLevel(Options.longValue(args, "--random", 0));
        }
        return model;
    }
}
