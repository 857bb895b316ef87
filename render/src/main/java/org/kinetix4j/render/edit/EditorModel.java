package org.kinetix4j.render.edit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.LevelWriter;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;

/**
 * The editor's document: the level being edited (an immutable value replaced by every edit), the undo and redo
 * histories, the selection, the size to save at, the file and a status message. GL-free; the input layer
 * ({@link EditorInput}) and tests drive it.
 *
 * <p>Every change goes through {@link #apply}: the command produces a new level from the current one, the old
 * level goes on the undo stack and the redo stack is cleared. A command that fails (no free slot, a non-convex
 * polygon) changes nothing and leaves its message in {@link #status()}.
 */
public final class EditorModel {
    /** How many edits undo reaches back. */
    public static final int HISTORY = 200;

    private Level level;
    private Level preview;
    private final Deque<Level> undo = new ArrayDeque<>();
    private final Deque<Level> redo = new ArrayDeque<>();
    private Selection selection = Selection.NONE;
    private LevelSize size;
    private Path file;
    private String status = "";

    /** An editor on {@code level}, saving to {@code file} (may be null) at the level's own size. */
    public EditorModel(Level level, Path file) {
        this.level = Objects.requireNonNull(level, "level");
        this.file = file;
        this.size = level.size();
    }

    /** Opens {@code file}; the size is inferred from its capacities. */
    public static EditorModel forFile(Path file) {
        return new EditorModel(LevelReader.read(file), file);
    }

    /** The level as last edited. */
    public Level level() {
        return level;
    }

    /** What to draw: the preview of an edit in progress, else the level. */
    public Level displayed() {
        return preview != null ? preview : level;
    }

    /**
     * Applies {@code command}; returns whether it changed the level (on failure the message is in
     * {@link #status()}).
     */
    public boolean apply(EditCommand command) {
        preview = null;
        Level next;
        try {
            next = command.apply(level);
        } catch (IllegalArgumentException | IllegalStateException e) {
            status = command.describe() + " refused: " + e.getMessage();
            return false;
        }
        undo.push(level);
        if (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
        level = next;
        status = command.describe();
        selection = validSelection(selection);
        return true;
    }

    /** Shows what {@code command} would do without committing it (mouse drags, shapes being drawn). */
    public void preview(EditCommand command) {
        try {
            preview = command.apply(level);
        } catch (IllegalArgumentException | IllegalStateException e) {
            preview = null;
        }
    }

    /** Drops the preview. */
    public void clearPreview() {
        preview = null;
    }

    /** Undoes the last edit; returns false when there is none. */
    public boolean undo() {
        return step(undo, redo, "undo");
    }

    /** Redoes the last undone edit; returns false when there is none. */
    public boolean redo() {
        return step(redo, undo, "redo");
    }

    private boolean step(Deque<Level> from, Deque<Level> to, String what) {
        preview = null;
        if (from.isEmpty()) {
            status = "nothing to " + what;
            return false;
        }
        to.push(level);
        level = from.pop();
        selection = validSelection(selection);
        status = what;
        return true;
    }

    /** Number of edits that can be undone. */
    public int undoDepth() {
        return undo.size();
    }

    /** Number of edits that can be redone. */
    public int redoDepth() {
        return redo.size();
    }

    /** The selection (always an active entity of the current level, or none). */
    public Selection selection() {
        return selection;
    }

    /** Selects {@code target} (nothing if it is not an active entity). */
    public void select(Selection target) {
        selection = validSelection(target);
    }

    private Selection validSelection(Selection target) {
        return Picking.isActive(level, target) ? target : Selection.NONE;
    }

    /** The size the level is saved at. */
    public LevelSize size() {
        return size;
    }

    /**
     * Chooses the size to save at. A larger preset also grows the level being edited to its capacities (Kinetix's
     * padding, undoable), so the extra slots can be used; a smaller one only packs the level when it is saved.
     */
    public void setSize(LevelSize newSize) {
        this.size = Objects.requireNonNull(newSize, "size");
        if (newSize != LevelSize.CUSTOM && grows(level.state().config, newSize.config())) {
            apply(new ReplaceLevel(level.expandTo(newSize.config()), "grow level to size " + newSize));
        }
        status = "save size " + newSize;
    }

    private static boolean grows(StaticConfig from, StaticConfig to) {
        boolean fits = from.numPolygons() <= to.numPolygons() && from.numCircles() <= to.numCircles()
                && from.numJoints() <= to.numJoints() && from.numThrusters() <= to.numThrusters();
        return fits && !BatchState.sameCapacities(from, to);
    }

    /** The file saves go to (null until one is chosen). */
    public Path file() {
        return file;
    }

    /** Message of the last action, for the status line. */
    public String status() {
        return status;
    }

    /** Sets the status message (for actions outside the model, e.g. entering play mode). */
    public void setStatus(String message) {
        status = Objects.requireNonNull(message, "message");
    }

    /** Saves to the current file; see {@link #saveAs}. */
    public boolean save() {
        if (file == null) {
            status = "not saved: no file chosen (start the editor with a file name)";
            return false;
        }
        return saveAs(file);
    }

    /**
     * Saves the level to {@code target} at the chosen size, atomically (see {@link LevelWriter#write}), unless
     * {@link SaveCheck} finds a problem: then nothing is written and {@link #status()} says why.
     *
     * @return whether the file was written
     */
    public boolean saveAs(Path target) {
        List<String> problems = SaveCheck.problems(level, size);
        if (!problems.isEmpty()) {
            status = "not saved: " + String.join("; ", problems);
            return false;
        }
        try {
            Level sized = LevelResize.to(level, size);
            LevelWriter.write(new Level(target.getFileName().toString(), sized.staticParams(), sized.envParams(),
                    sized.state(), sized.tables()), target);
        } catch (RuntimeException e) {
            status = "not saved: " + e.getMessage();
            return false;
        }
        file = target;
        status = "saved " + target + " (size " + size + ")";
        return true;
    }

    /** Opens {@code source} as an undoable edit; the save size becomes the file's. */
    public boolean open(Path source) {
        Level opened;
        try {
            opened = LevelReader.read(source);
        } catch (RuntimeException e) {
            status = "cannot open " + source + ": " + e.getMessage();
            return false;
        }
        apply(new ReplaceLevel(opened, "open " + source.getFileName()));
        file = source;
        size = opened.size();
        return true;
    }

    /** Replaces the level with {@code template} at the current save size (undoable). */
    public void newLevel(Templates template) {
        LevelSize at = size == LevelSize.CUSTOM ? LevelSize.L : size;
        apply(new ReplaceLevel(template.create(at), "new " + template.name().toLowerCase(java.util.Locale.ROOT)
                + " level (" + at + ")"));
    }

    /** Replaces the level with a random one from levelgen at the current save size (undoable). */
    public void randomLevel(long seed) {
        LevelSize at = size == LevelSize.CUSTOM ? LevelSize.L : size;
        apply(new ReplaceLevel(Templates.random(at, seed), "random level (" + at + ", seed " + seed + ")"));
    }
}
