package org.kinetix4j.render.gl;

import static org.lwjgl.opengl.GL11.GL_PACK_ALIGNMENT;
import static org.lwjgl.opengl.GL11.GL_RGBA;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL11.glPixelStorei;
import static org.lwjgl.opengl.GL11.glReadPixels;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import org.lwjgl.BufferUtils;

/** Reads pixels back from the bound framebuffer (GL rows run bottom-up; images top-down). */
public final class FrameCapture {
    private FrameCapture() {
    }

    /**
     * The rectangle (x, y, width, height) of the bound read framebuffer as packed {@code 0xRRGGBB}, row-major
     * from the top row down.
     */
    public static int[] readRgb(int x, int y, int width, int height) {
        ByteBuffer pixels = BufferUtils.createByteBuffer(width * height * 4);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(x, y, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
        int[] rgb = new int[width * height];
        for (int row = 0; row < height; row++) {
            int glRow = height - 1 - row;
            for (int col = 0; col < width; col++) {
                int i = (glRow * width + col) * 4;
                rgb[row * width + col] = (pixels.get(i) & 0xFF) << 16 | (pixels.get(i + 1) & 0xFF) << 8
                        | (pixels.get(i + 2) & 0xFF);
            }
        }
        return rgb;
    }

    /** The window's framebuffer (the bound one), {@code width × height}, as an image. */
    public static BufferedImage readImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, readRgb(0, 0, width, height), 0, width);
        return image;
    }
}
