package org.kinetix4j.render.gl;

import static org.lwjgl.glfw.GLFW.GLFW_ANY_PLATFORM;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_CREATION_API;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MAJOR;
import static org.lwjgl.glfw.GLFW.GLFW_CONTEXT_VERSION_MINOR;
import static org.lwjgl.glfw.GLFW.GLFW_FALSE;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_CORE_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_FORWARD_COMPAT;
import static org.lwjgl.glfw.GLFW.GLFW_OPENGL_PROFILE;
import static org.lwjgl.glfw.GLFW.GLFW_OSMESA_CONTEXT_API;
import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM;
import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM_NULL;
import static org.lwjgl.glfw.GLFW.GLFW_PLATFORM_X11;
import static org.lwjgl.glfw.GLFW.GLFW_RESIZABLE;
import static org.lwjgl.glfw.GLFW.GLFW_TRUE;
import static org.lwjgl.glfw.GLFW.GLFW_VISIBLE;
import static org.lwjgl.glfw.GLFW.glfwCreateWindow;
import static org.lwjgl.glfw.GLFW.glfwDefaultWindowHints;
import static org.lwjgl.glfw.GLFW.glfwDestroyWindow;
import static org.lwjgl.glfw.GLFW.glfwInit;
import static org.lwjgl.glfw.GLFW.glfwInitHint;
import static org.lwjgl.glfw.GLFW.glfwMakeContextCurrent;
import static org.lwjgl.glfw.GLFW.glfwSwapBuffers;
import static org.lwjgl.glfw.GLFW.glfwSwapInterval;
import static org.lwjgl.glfw.GLFW.glfwTerminate;
import static org.lwjgl.glfw.GLFW.glfwWindowHint;
import static org.lwjgl.glfw.GLFW.glfwWindowShouldClose;

import java.util.ArrayList;
import java.util.List;
import org.lwjgl.glfw.GLFWErrorCallback;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.Library;
import org.lwjgl.system.SharedLibrary;

/**
 * A GLFW window with an OpenGL 3.3 core context, on whatever the machine offers:
 * <ol>
 *   <li>an X display ({@code DISPLAY} set: a real desktop or Xvfb; Mesa's llvmpipe renders without a GPU);</li>
 *   <li>otherwise, for hidden windows only, GLFW's null platform with an OSMesa context (no X server at all;
 *       needs {@code libOSMesa.so.8}, Debian's {@code libosmesa6}).</li>
 * </ol>
 * GLFW is global state, so one context exists at a time per process; {@link #close} ends it.
 */
public final class GlContext implements AutoCloseable {
    /**
     * The OSMesa library for the headless way; system property {@code kinetix.gl.osmesaLibrary}, read at each
     * {@link #open}, overrides it (another soname, or an absolute path).
     */
    public static final String DEFAULT_OSMESA_LIBRARY = "libOSMesa.so.8";
    private static GlContext open;
    /** GLFW's last error description, for the failure message. */
    private static volatile String lastError = "";

    private final long window;
    private final SharedLibrary osmesa;
    private final String platform;

    private GlContext(long window, SharedLibrary osmesa, String platform) {
        this.window = window;
        this.osmesa = osmesa;
        this.platform = platform;
    }

    /**
     * Opens a window of {@code width × height} pixels and makes its context current on this thread.
     *
     * @param visible false for off-screen work (screenshots, tests); a visible window needs an X display
     * @throws GlUnavailableException saying what was tried, when no OpenGL 3.3 context can be created
     */
    public static synchronized GlContext open(int width, int height, String title, boolean visible) {
        if (open != null) {
            throw new IllegalStateException("a GL context is already open (GLFW is process-wide): close it first");
        }
        GLFWErrorCallback.create((code, description) -> lastError = GLFWErrorCallback.getDescription(description))
                .set();
        List<String> tried = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isEmpty()) {
            GlContext x11 = tryOpen(width, height, title, visible, false, tried, "X display " + display);
            if (x11 != null) {
                return open = x11;
            }
        } else {
            tried.add("X display: DISPLAY is not set");
        }
        if (!visible) {
            GlContext headless = tryOpen(width, height, title, false, true, tried, "GLFW null platform + OSMesa");
            if (headless != null) {
                return open = headless;
            }
        }
        GLFWErrorCallback previous = org.lwjgl.glfw.GLFW.glfwSetErrorCallback(null);
        if (previous != null) {
            previous.free();
        }
        throw new GlUnavailableException("no OpenGL 3.3 context: " + String.join("; ", tried)
                + (visible ? " (a visible window needs an X display; run under xvfb-run for tests)" : ""));
    }

    private static GlContext tryOpen(int width, int height, String title, boolean visible, boolean headless,
            List<String> tried, String what) {
        SharedLibrary osmesa = null;
        try {
            // Init hints outlive glfwTerminate, so each attempt sets the platform. Without a Wayland compositor,
            // GLFW's automatic choice would probe Wayland first and print errors.
            boolean wayland = System.getenv("WAYLAND_DISPLAY") != null;
            glfwInitHint(GLFW_PLATFORM,
                    headless ? GLFW_PLATFORM_NULL : wayland ? GLFW_ANY_PLATFORM : GLFW_PLATFORM_X11);
            if (headless) {
                // The null platform has no GL loader of its own: LWJGL must take GL entry points from OSMesa.
                osmesa = Library.loadNative(GlContext.class, "org.lwjgl.opengl",
                        System.getProperty("kinetix.gl.osmesaLibrary", DEFAULT_OSMESA_LIBRARY));
                Configuration.OPENGL_EXPLICIT_INIT.set(true);
            }
            if (!glfwInit()) {
                tried.add(what + ": glfwInit failed (" + lastError + ")");
                closeQuietly(osmesa);
                return null;
            }
            glfwDefaultWindowHints();
            glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
            glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
            glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
            glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
            glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
            // OSMesa refuses forward-compatible contexts; a core profile is enough there.
            glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, headless ? GLFW_FALSE : GLFW_TRUE);
            if (headless) {
                glfwWindowHint(GLFW_CONTEXT_CREATION_API, GLFW_OSMESA_CONTEXT_API);
            }
            long window = glfwCreateWindow(width, height, title, 0L, 0L);
            if (window == 0L) {
                tried.add(what + ": no 3.3 core window (" + lastError + ")");
                glfwTerminate();
                closeQuietly(osmesa);
                return null;
            }
            glfwMakeContextCurrent(window);
            if (headless) {
                GL.create(osmesa);
            }
            GL.createCapabilities();
            glfwSwapInterval(visible ? 1 : 0);
            return new GlContext(window, osmesa, what);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            tried.add(what + ": " + e.getMessage());
            closeQuietly(osmesa);
            return null;
        } finally {
            if (headless) {
                Configuration.OPENGL_EXPLICIT_INIT.set(null);
            }
        }
    }

    private static void closeQuietly(SharedLibrary library) {
        if (library != null) {
            library.free();
        }
    }

    /** The GLFW window handle (for input callbacks). */
    public long window() {
        return window;
    }

    /** Which way the context was made, e.g. "X display :99" or "GLFW null platform + OSMesa". */
    public String platform() {
        return platform;
    }

    /** Whether the user asked to close the window. */
    public boolean shouldClose() {
        return glfwWindowShouldClose(window);
    }

    /** Shows the frame drawn into the back buffer. */
    public void swapBuffers() {
        glfwSwapBuffers(window);
    }

    @Override
    public void close() {
        synchronized (GlContext.class) {
            GL.setCapabilities(null);
            glfwMakeContextCurrent(0L);
            glfwDestroyWindow(window);
            glfwTerminate();
            if (osmesa != null) {
                GL.destroy();
                osmesa.free();
            }
            GLFWErrorCallback callback = org.lwjgl.glfw.GLFW.glfwSetErrorCallback(null);
            if (callback != null) {
                callback.free();
            }
            open = null;
        }
    }
}
