package org.kinetix4j.env.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes rendered frames to disk with the JDK's {@code javax.imageio}: single PNGs and looping animated GIFs.
 * Parent directories are created as needed; existing files are replaced.
 */
public final class ImageFiles {
    private static final String GIF_METADATA_FORMAT = "javax_imageio_gif_image_1.0";

    private ImageFiles() {
    }

    /**
     * Writes {@code image} as a PNG file.
     *
     * @throws IOException if the file cannot be written
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Objects.requireNonNull(image, "image");
        createParent(file);
        try (OutputStream stream = Files.newOutputStream(file);
                ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
            ImageWriter writer = writerFor("png");
            try {
                writer.setOutput(out);
                writer.write(image);
            } finally {
                writer.dispose();
            }
        }
    }

    /**
     * Writes {@code frames} as an animated GIF that loops forever, each frame shown for {@code frameDelayMillis}
     * (GIF stores hundredths of a second: the delay is rounded to the nearest 10 ms, at least 10 ms). Frames with
     * more than 256 colours are quantised by the JDK's GIF writer.
     *
     * @throws IllegalArgumentException if there are no frames or the delay is negative or above 655 350 ms
     * @throws IOException if the file cannot be written
     */
    public static void writeGif(List<? extends BufferedImage> frames, int frameDelayMillis, Path file)
            throws IOException {
        Objects.requireNonNull(frames, "frames");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animated GIF needs at least one frame");
        }
        if (frameDelayMillis < 0 || frameDelayMillis > 655_350) {
            throw new IllegalArgumentException("frameDelayMillis=" + frameDelayMillis + " must be in 0..655350");
        }
        int centiseconds = Math.max(1, Math.round(frameDelayMillis / 10f));
        createParent(file);
        try (OutputStream stream = Files.newOutputStream(file);
                ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
            ImageWriter writer = writerFor("gif");
            try {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                writer.prepareWriteSequence(null);
                boolean first = true;
                for (BufferedImage frame : frames) {
                    Objects.requireNonNull(frame, "frame");
                    IIOMetadata metadata = gifFrameMetadata(writer, param, frame, centiseconds, first);
                    writer.writeToSequence(new IIOImage(frame, null, metadata), param);
                    first = false;
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        }
    }

    /**
     * A copy of {@code image} enlarged {@code factor} times with nearest-neighbour sampling (useful to look at
     * 125 × 125 observations).
     */
    public static BufferedImage upscale(BufferedImage image, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor=" + factor + " must be >= 1");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage big = new BufferedImage(w * factor, h * factor, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h * factor; y++) {
            for (int x = 0; x < w * factor; x++) {
                big.setRGB(x, y, image.getRGB(x / factor, y / factor));
            }
        }
        return big;
    }

    private static IIOMetadata gifFrameMetadata(ImageWriter writer, ImageWriteParam param, BufferedImage frame,
            int centiseconds, boolean first) throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(frame), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(GIF_METADATA_FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(centiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1: loop count 0 (little-endian) = repeat forever.
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(GIF_METADATA_FORMAT, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private static ImageWriter writerFor(String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no javax.imageio writer for format " + format);
        }
        return writers.next();
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
