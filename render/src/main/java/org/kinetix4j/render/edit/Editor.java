package org.kinetix4j.render.edit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.render.play.KeyboardPolicy;
import org.kinetix4j.render.play.PlaySession;

/**
 * The editor's state apart from the document: the current tool and its gesture, snapping, and the edit/play
 * mode. Entering play discards a half-built shape, deselects and starts a {@link PlaySession} from a copy of the
 * edited level (Kinetix's behaviour, spec kinetix.md §7.2); leaving it returns to the level as edited. GL-free.
 */
public final class Editor implements AutoCloseable {
    private final EditorModel model;
    private final String backend;
    private final Snapping snapping = new Snapping();
    private final Map<Tool, ToolHandler> handlers = new EnumMap<>(Tool.class);
    private final KeyboardPolicy keyboard = new KeyboardPolicy();
    private Tool tool = Tool.SELECT;
    private PlaySession play;
    private long nextRandomSeed;
    private boolean motorArrows = true;

    /**
     * An editor on {@code model}; play mode steps on the backend named {@code backend} (null: the default CPU
     * backend).
     */
    public Editor(EditorModel model, String backend) {
        this.model = Objects.requireNonNull(model, "model");
        this.backend = backend;
        handlers.put(Tool.SELECT, new SelectTool(snapping));
        for (Tool shapeTool : new Tool[] {Tool.CIRCLE, Tool.RECTANGLE, Tool.TRIANGLE, Tool.POLYGON}) {
            handlers.put(shapeTool, new DrawShapeTool(shapeTool, snapping));
        }
        handlers.put(Tool.REVOLUTE_JOINT, new JointTool(false));
        handlers.put(Tool.FIXED_JOINT, new JointTool(true));
        handlers.put(Tool.THRUSTER, new ThrusterTool());
    }

    /** The document. */
    public EditorModel model() {
        return model;
    }

    /** Grid and anchor snapping settings. */
    public Snapping snapping() {
        return snapping;
    }

    /** The current tool. */
    public Tool tool() {
        return tool;
    }

    /** Switches tool, abandoning the current gesture. */
    public void setTool(Tool next) {
        handler().cancel(model);
        tool = Objects.requireNonNull(next, "tool");
        model.setStatus("tool: " + next.label());
    }

    ToolHandler handler() {
        return handlers.get(tool);
    }

    /** Whether the motor-direction arrows are drawn (M toggles). */
    public boolean motorArrows() {
        return motorArrows;
    }

    /** Shows or hides the motor-direction arrows. */
    public void setMotorArrows(boolean on) {
        motorArrows = on;
    }

    /** Whether play mode is on. */
    public boolean playing() {
        return play != null;
    }

    /** The running play session, or null in edit mode. */
    public PlaySession play() {
        return play;
    }

    /** The keyboard that drives play mode. */
    public KeyboardPolicy keyboard() {
        return keyboard;
    }

    /** Space: edit → play (from a copy of the edited level) or play → edit. */
    public void togglePlay() {
        if (play != null) {
            play.close();
            play = null;
            keyboard.releaseAll();
            model.setStatus("edit mode");
            return;
        }
        handler().cancel(model);
        model.select(Selection.NONE);
        try {
            play = new PlaySession(model.level(), backend, keyboard, ObservationType.SYMBOLIC_FLAT);
            model.setStatus("play mode: Space returns to editing");
        } catch (RuntimeException e) {
            model.setStatus("cannot play: " + e.getMessage());
        }
    }

    /** Replaces the level with the next random level from levelgen (seeds 0, 1, 2, … per editor). */
    public void randomLevel() {
        handler().cancel(model);
        model.randomLevel(nextRandomSeed++);
    }

    @Override
    public void close() {
        if (play != null) {
            play.close();
            play = null;
        }
    }
}
