package org.kinetix4j.env.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.CpuBackend;
import org.w3c.dom.Node;

class ImageFilesTest {
    @TempDir
    Path dir;

    @Test
    void pngRoundTripsExactly() throws IOException {
        Level level = ReferenceImagesTest.readLevel("m/h7_car_flip");
        BufferedImage image = PixelRenderer.forLevel(level, 4).toImage(level.state(), level.tables(), 0);
        Path file = dir.resolve("nested/frame.png");
        ImageFiles.writePng(image, file);
        ImageFiles.writePng(image, file); // replacing an existing file
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(125, read.getWidth());
        for (int y = 0; y < 125; y++) {
            for (int x = 0; x < 125; x++) {
                assertEquals(image.getRGB(x, y), read.getRGB(x, y), "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void gifHasEveryFrameTheDelayAndLoopsForever() throws IOException {
        Level level = ReferenceImagesTest.readLevel("s/h2_one_wheel_car");
        PixelRenderer renderer = PixelRenderer.forLevel(level, 4);
        List<BufferedImage> frames = new ArrayList<>();
        try (CpuBackend backend = new CpuBackend(1)) {
            float[] zero = new float[level.state().config.actionSize()];
            for (int i = 0; i < 5; i++) {
                frames.add(renderer.toImage(level.state(), level.tables(), 0));
                backend.step(level.state(), zero);
                backend.step(level.state(), zero);
            }
        }
        Path file = dir.resolve("episode.gif");
        ImageFiles.writeGif(frames, 40, file);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            for (int i = 0; i < 5; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                Node control = root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("4", control.getAttributes().getNamedItem("delayTime").getNodeValue());
                BufferedImage frame = reader.read(i);
                assertEquals(125, frame.getWidth());
                // Few colours: the palette is exact; compare a floor pixel and a background pixel.
                assertEquals(frames.get(i).getRGB(60, 120), frame.getRGB(60, 120));
                assertEquals(frames.get(i).getRGB(60, 10), frame.getRGB(60, 10));
            }
            IIOMetadata first = reader.getImageMetadata(0);
            IIOMetadataNode root = (IIOMetadataNode) first.getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            byte[] loop = (byte[]) app.getUserObject();
            assertEquals(3, loop.length);
            assertEquals(1, loop[0]);
            assertEquals(0, loop[1]);
            assertEquals(0, loop[2]);
        } finally {
            reader.dispose();
        }
        assertThrows(IllegalArgumentException.class, () -> ImageFiles.writeGif(List.of(), 40, file));
        assertThrows(IllegalArgumentException.class, () -> ImageFiles.writeGif(frames, -1, file));
    }

    @Test
    void upscaleRepeatsPixels() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x123456);
        image.setRGB(1, 0, 0xabcdef);
        BufferedImage big = ImageFiles.upscale(image, 3);
        assertEquals(6, big.getWidth());
        assertEquals(3, big.getHeight());
        assertTrue((big.getRGB(2, 2) & 0xffffff) == 0x123456 && (big.getRGB(3, 0) & 0xffffff) == 0xabcdef);
    }
}
