package org.kinetix4j.render.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.render.GlTestSupport;
import org.kinetix4j.render.ui.ScreenLayout;

/**
 * The editor's GL view with a level open and a shape selected: the panel on the left, the level on the right
 * drawn as the pixel renderer draws it (where no overlay covers it). With {@code -Dkinetix.docs.dir=DIR} the
 * frame is also copied to {@code DIR/editor.png} (the README's screenshot).
 */
class EditorWindowTest {
    @TempDir
    Path dir;

    @Test
    void shouldDrawThePanelAndTheLevel() throws Exception {
        GlTestSupport.openHidden(8, 8).close();
        Path levelFile = GlTestSupport.repositoryLevels().resolve("l/car_ramp_jump.json");
        EditorScript script = new EditorScript(LevelReader.read(levelFile), levelFile);
        script.editor.snapping().setGrid(false);
        script.tool(Tool.SELECT);
        var state = script.model.level().state();
        int body = -1;
        for (int p = state.config.numStaticFixatedPolys(); p < state.config.numPolygons() && body < 0; p++) {
            body = state.shapes.active[state.shapes.row(0, p)] && state.shapes.inverseMass[p] != 0f ? p : -1;
        }
        script.click(state.shapes.positionX[body], state.shapes.positionY[body]);
        assertEquals(Selection.shape(body), script.model.selection());
        script.editor.snapping().setGrid(true);

        Path png = dir.resolve("editor.png");
        EditorWindow.run(script.input, png, 3);
        BufferedImage image = ImageIO.read(png.toFile());
        ScreenLayout layout = script.layout;
        assertEquals(layout.windowWidth(), image.getWidth());
        assertEquals(layout.windowHeight(), image.getHeight());
        assertEquals(0xCCE5F5, image.getRGB(layout.panelWidth() - 2, layout.windowHeight() - 2) & 0xFFFFFF,
                "panel background");

        int[] expected = PixelRenderer.forLevel(script.model.level(), 1).renderRgb(state, script.model.level()
                .tables(), 0);
        int same = 0;
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 500; x++) {
                same += (image.getRGB(layout.panelWidth() + x, y) & 0xFFFFFF) == expected[y * 500 + x] ? 1 : 0;
            }
        }
        // The grid lines (every 0.1 m) and the selection outline cover a fraction of the scene; all else matches.
        assertTrue(same > 500 * 500 * 0.6, same + " of 250000 scene pixels equal the pixel renderer's");

        String docs = System.getProperty("kinetix.docs.dir");
        if (docs != null) {
            Files.copy(png, Path.of(docs).resolve("editor.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
