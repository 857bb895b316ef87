package org.kinetix4j.render.play;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_ESCAPE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_M;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_SPACE;
import static org.lwjgl.glfw.GLFW.GLFW_PRESS;
import static org.lwjgl.glfw.GLFW.GLFW_RELEASE;
import static org.lwjgl.glfw.GLFW.glfwPollEvents;
import static org.lwjgl.glfw.GLFW.glfwSetKeyCallback;
import static org.lwjgl.glfw.GLFW.glfwSetWindowShouldClose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.VectorEnv;
import org.kinetix4j.env.render.ImageFiles;
import org.kinetix4j.render.gl.FrameCapture;
import org.kinetix4j.render.gl.FramePacer;
import org.kinetix4j.render.gl.FramePrimitives;
import org.kinetix4j.render.gl.GlContext;
import org.kinetix4j.render.gl.LevelDrawer;
import org.kinetix4j.render.gl.OverlayDrawer;
import org.kinetix4j.render.ui.MotorArrows;
import org.kinetix4j.render.ui.ScreenLayout;

/**
 * {@code ./kinetix play}: a window that plays a level at 60 frames per second, drawn as Kinetix draws it, with
 * the heads-up lines of {@link PlaySession#statusLines()} and the motor-direction arrows. Keys: {@link PlayKeys},
 * plus Space to pause, M to toggle the arrows and Esc to quit. With a screenshot file it runs a fixed number of
 * frames in a hidden window as fast as it can, saves the last frame (scene, arrows and heads-up lines) as a PNG
 * and returns.
 */
public final class Viewer {
    /** Frames per second of the interactive window. */
    public static final int FPS = 60;
    private static final int HUD_BACKGROUND = 0xB0FFFFFF;
    private static final int HUD_TEXT = 0xFF000000;

    /**
     * How to show the level.
     *
     * @param scale      window pixels per image pixel (1 or more)
     * @param screenshot where to save the last frame, or null for an interactive window
     * @param frames     frames to run before the screenshot
     * @param arrows     draw the motor-direction arrows over the scene ({@link MotorArrows}; M toggles)
     */
    public record Options(int scale, Path screenshot, int frames, boolean arrows) {
        /** Checks the values. */
        public Options {
            if (scale < 1 || frames < 1) {
                throw new IllegalArgumentException("scale=" + scale + " and frames=" + frames + " must be >= 1");
            }
        }
    }

    private Viewer() {
    }

    /**
     * Plays {@code level} through {@code session} until the window closes (or, with a screenshot, for the given
     * frames).
     *
     * @param keyboard receives the driving keys; null when a scripted policy drives
     * @throws IOException if the screenshot cannot be written
     */
    public static void run(Level level, PlaySession session, KeyboardPolicy keyboard, Options options)
            throws IOException {
        Objects.requireNonNull(session, "session");
        boolean interactive = options.screenshot() == null;
        VectorEnv env = session.env();
        FramePrimitives geometry = new FramePrimitives(env.config(), env.staticParams(), env.envParams(), 1);
        int width = geometry.width() * options.scale();
        int height = geometry.height() * options.scale();
        try (GlContext context = GlContext.open(width, height, "kinetix play: " + level.name(), interactive);
                LevelDrawer drawer = new LevelDrawer(geometry);
                OverlayDrawer overlay = new OverlayDrawer()) {
            KeyboardPolicy keys = keyboard != null ? keyboard : new KeyboardPolicy();
            ScreenLayout layout = new ScreenLayout(0, geometry.width(), geometry.pixelsPerMetre(), options.scale());
            boolean[] arrows = {options.arrows()};
            glfwSetKeyCallback(context.window(), (window, key, scancode, action, mods) -> {
                if (action == GLFW_PRESS && key == GLFW_KEY_ESCAPE) {
                    glfwSetWindowShouldClose(window, true);
                } else if (action == GLFW_PRESS && key == GLFW_KEY_SPACE) {
                    session.togglePause();
                } else if (action == GLFW_PRESS && key == GLFW_KEY_M) {
                    arrows[0] = !arrows[0];
                } else if (action == GLFW_PRESS || action == GLFW_RELEASE) {
                    PlayKeys.handle(session, keys, key, action == GLFW_PRESS);
                }
            });
            FramePacer pacer = new FramePacer(FPS);
            for (int frame = 1; interactive ? !context.shouldClose() : frame <= options.frames(); frame++) {
                glfwPollEvents();
                session.frame();
                drawer.draw(env.state(), env.tables(), 0);
                drawer.blitTo(0, 0, options.scale());
                overlay.begin(width, height);
                if (arrows[0]) {
                    MotorArrows.draw(overlay, layout, env.state(), env.tables(), 0);
                }
                drawHud(overlay, session, width, height, interactive);
                if (!interactive && frame == options.frames()) {
                    ImageFiles.writePng(FrameCapture.readImage(width, height), options.screenshot());
                }
                context.swapBuffers();
                if (interactive) {
                    pacer.await();
                }
            }
            glfwSetKeyCallback(context.window(), null).free();
        }
    }

    private static void drawHud(OverlayDrawer overlay, PlaySession session, int width, int height,
            boolean withHelp) {
        String[] lines = session.statusLines();
        float lineHeight = overlay.lineHeight();
        float boxWidth = 0f;
        for (String line : lines) {
            boxWidth = Math.max(boxWidth, overlay.textWidth(line));
        }
        overlay.rect(4, 4, boxWidth + 12, lines.length * lineHeight + 8, HUD_BACKGROUND);
        for (int i = 0; i < lines.length; i++) {
            overlay.text(10, 8 + i * lineHeight, lines[i], HUD_TEXT);
        }
        if (withHelp) {
            String[] help = {PlayKeys.HELP[0], PlayKeys.HELP[1] + "   M: arrows   Esc: quit"};
            float top = height - help.length * lineHeight - 6;
            overlay.rect(0, top, width, height - top, HUD_BACKGROUND);
            for (int i = 0; i < help.length; i++) {
                overlay.text(6, top + 3 + i * lineHeight, help[i], HUD_TEXT);
            }
        }
        overlay.flush();
    }
}
