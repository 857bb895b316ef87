package org.kinetix4j.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.kinetix4j.render.gl.GlContext;
import org.kinetix4j.render.gl.GlUnavailableException;

/** Opens GL contexts for tests: skips when the machine has none, unless {@code -Dkinetix.gl.required=true}. */
public final class GlTestSupport {
    /**
     * Set by CI ({@code KINETIX_GL_REQUIRED=true} in {@code .ci/run}, or {@code -Dkinetix.gl.required=true}), where
     * the GL packages are installed: a missing context is then a failure, not a skip.
     */
    public static final boolean GL_REQUIRED = Boolean.getBoolean("kinetix.gl.required")
            || "true".equals(System.getenv("KINETIX_GL_REQUIRED"));

    private GlTestSupport() {
    }

    /** A hidden context of {@code width × height}, or an aborted (skipped) test saying why there is none. */
    public static GlContext openHidden(int width, int height) {
        try {
            return GlContext.open(width, height, "kinetix4j test", false);
        } catch (GlUnavailableException e) {
            if (GL_REQUIRED) {
                throw new AssertionError("kinetix.gl.required=true but " + e.getMessage(), e);
            }
            Assumptions.abort("skipped: no OpenGL here (" + e.getMessage()
                    + "); install xvfb + Mesa and run under xvfb-run, or libosmesa6 for headless");
            throw e;
        }
    }

    /** The repository's {@code levels/} folder. */
    public static Path repositoryLevels() {
        Path here = Path.of("").toAbsolutePath();
        Path levels = here.resolveSibling("levels");
        return Files.isDirectory(levels) ? levels : here.resolve("levels");
    }

    /** The shared Kinetix levels ({@code ../shared/kinetix-levels}). */
    public static Path kinetixLevels() {
        return Path.of(System.getProperty("kinetix.shared.dir", "../../shared")).resolve("kinetix-levels");
    }
}
