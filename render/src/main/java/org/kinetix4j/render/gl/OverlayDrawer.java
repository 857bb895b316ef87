package org.kinetix4j.render.gl;

import static org.lwjgl.opengl.GL11.GL_BLEND;
import static org.lwjgl.opengl.GL11.GL_FLOAT;
import static org.lwjgl.opengl.GL11.GL_ONE_MINUS_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_TRIANGLES;
import static org.lwjgl.opengl.GL11.glBlendFunc;
import static org.lwjgl.opengl.GL11.glDisable;
import static org.lwjgl.opengl.GL11.glDrawArrays;
import static org.lwjgl.opengl.GL11.glEnable;
import static org.lwjgl.opengl.GL11.glViewport;
import static org.lwjgl.opengl.GL15.GL_ARRAY_BUFFER;
import static org.lwjgl.opengl.GL15.GL_STREAM_DRAW;
import static org.lwjgl.opengl.GL15.glBindBuffer;
import static org.lwjgl.opengl.GL15.glBufferData;
import static org.lwjgl.opengl.GL15.glDeleteBuffers;
import static org.lwjgl.opengl.GL15.glGenBuffers;
import static org.lwjgl.opengl.GL20.glEnableVertexAttribArray;
import static org.lwjgl.opengl.GL20.glUniform2f;
import static org.lwjgl.opengl.GL20.glVertexAttribPointer;
import static org.lwjgl.opengl.GL30.glBindVertexArray;
import static org.lwjgl.opengl.GL30.glDeleteVertexArrays;
import static org.lwjgl.opengl.GL30.glGenVertexArrays;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import org.kinetix4j.render.ui.Canvas2D;
import org.lwjgl.BufferUtils;
import org.lwjgl.stb.STBEasyFont;
import org.lwjgl.system.MemoryStack;

/**
 * Flat 2D overlays over the scene: rectangles, lines and text (stb_easy_font, so no font file is needed), in
 * window pixels with the origin at the top left. Calls are batched and drawn by {@link #flush}.
 */
public final class OverlayDrawer implements Canvas2D, AutoCloseable {
    private static final int FLOATS_PER_VERTEX = 6;
    private static final int MAX_VERTICES = 1 << 16;
    private static final float TEXT_SCALE = 1.5f;

    private final ShaderProgram program = new ShaderProgram("overlay.vert", "overlay.frag");
    private final int vertexArray = glGenVertexArrays();
    private final int buffer = glGenBuffers();
    private final FloatBuffer vertices = BufferUtils.createFloatBuffer(MAX_VERTICES * FLOATS_PER_VERTEX);
    private final ByteBuffer glyphQuads = BufferUtils.createByteBuffer(64 * 1024);
    private int windowWidth;
    private int windowHeight;

    /** An overlay drawer; needs a current GL context. */
    public OverlayDrawer() {
        glBindVertexArray(vertexArray);
        glBindBuffer(GL_ARRAY_BUFFER, buffer);
        glVertexAttribPointer(0, 2, GL_FLOAT, false, FLOATS_PER_VERTEX * Float.BYTES, 0L);
        glVertexAttribPointer(1, 4, GL_FLOAT, false, FLOATS_PER_VERTEX * Float.BYTES, 2L * Float.BYTES);
        glEnableVertexAttribArray(0);
        glEnableVertexAttribArray(1);
        glBindVertexArray(0);
    }

    /** Starts a batch for a window of {@code width × height} pixels. */
    public void begin(int width, int height) {
        windowWidth = width;
        windowHeight = height;
        vertices.clear();
    }

    @Override
    public void rect(float x, float y, float width, float height, int argb) {
        vertex(x, y, argb);
        vertex(x + width, y, argb);
        vertex(x + width, y + height, argb);
        vertex(x, y, argb);
        vertex(x + width, y + height, argb);
        vertex(x, y + height, argb);
    }

    @Override
    public void line(float x0, float y0, float x1, float y1, float width, int argb) {
        float dx = x1 - x0;
        float dy = y1 - y0;
        float length = (float) Math.hypot(dx, dy);
        if (length == 0f) {
            return;
        }
        float nx = -dy / length * width / 2f;
        float ny = dx / length * width / 2f;
        vertex(x0 + nx, y0 + ny, argb);
        vertex(x1 + nx, y1 + ny, argb);
        vertex(x1 - nx, y1 - ny, argb);
        vertex(x0 + nx, y0 + ny, argb);
        vertex(x1 - nx, y1 - ny, argb);
        vertex(x0 - nx, y0 - ny, argb);
    }

    @Override
    public void text(float x, float y, String text, int argb) {
        int quads;
        try (MemoryStack stack = MemoryStack.stackPush()) {
            glyphQuads.clear();
            quads = STBEasyFont.stb_easy_font_print(0f, 0f, stack.ASCII(text), null, glyphQuads);
        }
        // Each glyph quad is 4 vertices of 16 bytes (x, y, z as floats, then a colour we replace).
        for (int q = 0; q < quads; q++) {
            int v = q * 4 * 16;
            float x0 = x + glyphQuads.getFloat(v) * TEXT_SCALE;
            float y0 = y + glyphQuads.getFloat(v + 4) * TEXT_SCALE;
            float x2 = x + glyphQuads.getFloat(v + 32) * TEXT_SCALE;
            float y2 = y + glyphQuads.getFloat(v + 36) * TEXT_SCALE;
            rect(x0, y0, x2 - x0, y2 - y0, argb);
        }
    }

    @Override
    public float textWidth(String text) {
        return STBEasyFont.stb_easy_font_width(text) * TEXT_SCALE;
    }

    @Override
    public float lineHeight() {
        return 12f * TEXT_SCALE;
    }

    private void vertex(float x, float y, int argb) {
        if (vertices.remaining() < FLOATS_PER_VERTEX) {
            return; // a full batch drops further overlay geometry rather than failing the frame
        }
        vertices.put(x).put(y).put((argb >> 16 & 0xFF) / 255f).put((argb >> 8 & 0xFF) / 255f)
                .put((argb & 0xFF) / 255f).put((argb >>> 24) / 255f);
    }

    /** Draws the batch into the window's framebuffer over what is there. */
    public void flush() {
        vertices.flip();
        int count = vertices.remaining() / FLOATS_PER_VERTEX;
        glViewport(0, 0, windowWidth, windowHeight);
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        program.use();
        glUniform2f(program.uniform("uWindow"), windowWidth, windowHeight);
        glBindVertexArray(vertexArray);
        glBindBuffer(GL_ARRAY_BUFFER, buffer);
        glBufferData(GL_ARRAY_BUFFER, vertices, GL_STREAM_DRAW);
        glDrawArrays(GL_TRIANGLES, 0, count);
        glBindVertexArray(0);
        glDisable(GL_BLEND);
        vertices.clear();
    }

    @Override
    public void close() {
        program.close();
        glDeleteBuffers(buffer);
        glDeleteVertexArrays(vertexArray);
    }
}
