package org.kinetix4j.render.edit;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_SPACE;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.GLFW_RELEASE;
import static org.lwjgl.glfw.GLFW.GLFW_REPEAT;
import static org.lwjgl.glfw.GLFW.glfwPollEvents;
import static org.lwjgl.glfw.GLFW.glfwSetCursorPosCallback;
import static org.lwjgl.glfw.GLFW.glfwSetDropCallback;
import static org.lwjgl.glfw.GLFW.glfwSetKeyCallback;
import static org.lwjgl.glfw.GLFW.glfwSetMouseButtonCallback;
import static org.lwjgl.glfw.GLFW.glfwSetScrollCallback;
import static org.lwjgl.opengl.GL11.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.glClear;
import static org.lwjgl.opengl.GL11.glClearColor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.render.ImageFiles;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.render.gl.FrameCapture;
import org.kinetix4j.render.gl.FramePacer;
import org.kinetix4j.render.gl.FramePrimitives;
import org.kinetix4j.render.gl.GlContext;
import org.kinetix4j.render.gl.LevelDrawer;
import org.kinetix4j.render.gl.OverlayDrawer;
import org.kinetix4j.render.ui.ScreenLayout;
import org.lwjgl.glfw.GLFWDropCallback;

/**
 * {@code ./kinetix edit}: the thin GL layer of the editor. It forwards GLFW's callbacks unchanged to
 * {@link EditorInput} and draws, each frame, the level (the edited one, its preview, or the play session's state)
 * with {@link LevelDrawer}, then the {@link SceneOverlay} and the {@link EditorPanel}. Everything else is GL-free.
 */
public final class EditorWindow {
    private EditorWindow() {
    }

    /**
     * Runs the editor of {@code input} until the window is closed, or, with a screenshot file, draws
     * {@code frames} frames in a hidden window and saves the last one as a PNG.
     *
     * @throws IOException if the screenshot cannot be written
     */
    public static void run(EditorInput input, Path screenshot, int frames) throws IOException {
        boolean interactive = screenshot == null;
        Editor editor = input.editor();
        ScreenLayout layout = input.layout();
        SceneOverlay sceneOverlay = new SceneOverlay(editor, layout);
        Map<StaticConfig, LevelDrawer> drawers = new HashMap<>();
        try (GlContext context = GlContext.open(layout.windowWidth(), layout.windowHeight(), "kinetix edit",
                interactive); OverlayDrawer overlay = new OverlayDrawer()) {
            listen(context.window(), input);
            FramePacer pacer = new FramePacer(60);
            for (int frame = 1; interactive ? !context.shouldClose() : frame <= frames; frame++) {
                glfwPollEvents();
                glClearColor(1f, 1f, 1f, 1f);
                glClear(GL_COLOR_BUFFER_BIT);
                drawScene(editor, layout, drawers);
                overlay.begin(layout.windowWidth(), layout.windowHeight());
                sceneOverlay.draw(overlay);
                input.panel().draw(overlay);
                overlay.flush();
                if (!interactive && frame == frames) {
                    ImageFiles.writePng(FrameCapture.readImage(layout.windowWidth(), layout.windowHeight()),
                            screenshot);
                }
                context.swapBuffers();
                if (interactive) {
                    pacer.await();
                }
            }
            drawers.values().forEach(LevelDrawer::close);
        }
    }

    private static void drawScene(Editor editor, ScreenLayout layout, Map<StaticConfig, LevelDrawer> drawers) {
        BatchState state;
        EnvTables tables;
        Level level = editor.model().displayed();
        if (editor.playing()) {
            editor.play().frame();
            state = editor.play().env().state();
            tables = editor.play().env().tables();
        } else {
            state = level.state();
            tables = level.tables();
        }
        LevelDrawer drawer = drawers.computeIfAbsent(state.config, config -> new LevelDrawer(
                new FramePrimitives(config, level.staticParams(), level.envParams(), 1)));
        drawer.draw(state, tables, 0);
        drawer.blitTo(layout.panelWidth(), 0, layout.scale());
    }

    private static void listen(long window, EditorInput input) {
        glfwSetCursorPosCallback(window, (w, x, y) -> input.mouseMove(x, y));
        glfwSetMouseButtonCallback(window, (w, button, action, mods) ->
                input.mouseButton(button, action == GLFW_PRESS, mods));
        glfwSetScrollCallback(window, (w, dx, dy) -> input.scroll(dy));
        glfwSetKeyCallback(window, (w, key, scancode, action, mods) -> {
            // Held keys repeat (nudges, undo), except Space, whose repeats would flip edit/play back and forth.
            if (action == GLFW_PRESS || action == GLFW_REPEAT && key != GLFW_KEY_SPACE) {
                input.key(key, true, mods);
            } else if (action == GLFW_RELEASE) {
                input.key(key, false, mods);
            }
        });
        glfwSetDropCallback(window, (w, count, names) -> {
            if (count > 0) {
                input.drop(Path.of(GLFWDropCallback.getName(names, 0)));
            }
        });
    }
}
