package org.kinetix4j.render.gl;

import static org.lwjgl.opengl.GL11.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_NEAREST;
import static org.lwjgl.opengl.GL11.GL_RGBA;
import static org.lwjgl.opengl.GL11.GL_RGBA8;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_2D;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_MAG_FILTER;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_MIN_FILTER;
import static org.lwjgl.opengl.GL11.GL_TRIANGLE_STRIP;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL11.glBindTexture;
import static org.lwjgl.opengl.GL11.glClear;
import static org.lwjgl.opengl.GL11.glClearColor;
import static org.lwjgl.opengl.GL11.glDeleteTextures;
import static org.lwjgl.opengl.GL11.glDrawArrays;
import static org.lwjgl.opengl.GL11.glGenTextures;
import static org.lwjgl.opengl.GL11.glTexImage2D;
import static org.lwjgl.opengl.GL11.glTexParameteri;
import static org.lwjgl.opengl.GL11.glViewport;
import static org.lwjgl.opengl.GL20.glUniform1f;
import static org.lwjgl.opengl.GL20.glUniform1i;
import static org.lwjgl.opengl.GL20.glUniform2f;
import static org.lwjgl.opengl.GL20.glUniform3f;
import static org.lwjgl.opengl.GL20.glUniform4f;
import static org.lwjgl.opengl.GL30.GL_COLOR_ATTACHMENT0;
import static org.lwjgl.opengl.GL30.GL_DRAW_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER_COMPLETE;
import static org.lwjgl.opengl.GL30.GL_READ_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.glBindFramebuffer;
import static org.lwjgl.opengl.GL30.glBindVertexArray;
import static org.lwjgl.opengl.GL30.glBlitFramebuffer;
import static org.lwjgl.opengl.GL30.glCheckFramebufferStatus;
import static org.lwjgl.opengl.GL30.glDeleteFramebuffers;
import static org.lwjgl.opengl.GL30.glDeleteVertexArrays;
import static org.lwjgl.opengl.GL30.glFramebufferTexture2D;
import static org.lwjgl.opengl.GL30.glGenFramebuffers;
import static org.lwjgl.opengl.GL30.glGenVertexArrays;

import java.nio.ByteBuffer;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.physics2d.BatchState;
import org.lwjgl.BufferUtils;

/**
 * Draws one environment of a batch with OpenGL as Kinetix draws it (spec kinetix.md §7.1), into an off-screen
 * {@code width × height} image that {@link #blitTo} copies, scaled, into the window.
 *
 * <p>Each primitive of {@link FramePrimitives} becomes one patch quad whose fragment shader ({@code patch.frag})
 * runs Kinetix's per-pixel test at the integer pixel index, as kinetix-env's {@link PixelRenderer} does on the
 * CPU, with the same joint and thruster sprites; so the frame equals the pixel renderer's up to float rounding at
 * shape boundaries (the GPU may fuse multiply-adds or round {@code sqrt} differently).
 */
public final class LevelDrawer implements AutoCloseable {
    private static final int QUAD = 0;
    private static final int CIRCLE = 1;
    private static final int JOINT = 2;
    private static final int THRUSTER = 3;
    private static final int BINDING_COLOURS = 5;
    private static final String[] VERTEX_UNIFORMS = {"uVertex[0]", "uVertex[1]", "uVertex[2]", "uVertex[3]"};

    private final FramePrimitives primitives;
    private final ShaderProgram program;
    private final int vertexArray;
    private final int framebuffer;
    private final int colourTexture;
    private final int revoluteTexture;
    private final int fixedTexture;
    private final int[] thrusterTextures = new int[BINDING_COLOURS];
    private final Emitter emitter = new Emitter();

    /** A drawer for frames of {@code primitives}' size; needs a current GL context. */
    public LevelDrawer(FramePrimitives primitives) {
        this.primitives = primitives;
        this.program = new ShaderProgram("patch.vert", "patch.frag");
        this.vertexArray = glGenVertexArrays();
        this.colourTexture = texture(primitives.width(), primitives.height(), null);
        this.framebuffer = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colourTexture, 0);
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("scene framebuffer incomplete: status=0x" + Integer.toHexString(status));
        }
        this.revoluteTexture = sprite(PixelRenderer.jointTextureOf(false), 6);
        this.fixedTexture = sprite(PixelRenderer.jointTextureOf(true), 6);
        for (int i = 0; i < BINDING_COLOURS; i++) {
            thrusterTextures[i] = sprite(PixelRenderer.thrusterTextureOf(i), 16);
        }
    }

    /** The image width, pixels. */
    public int width() {
        return primitives.width();
    }

    /** The image height, pixels. */
    public int height() {
        return primitives.height();
    }

    /** Draws environment {@code env} into the off-screen image. */
    public void draw(BatchState state, EnvTables tables, int env) {
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
        glViewport(0, 0, width(), height());
        glClearColor(1f, 1f, 1f, 1f);
        glClear(GL_COLOR_BUFFER_BIT);
        program.use();
        glBindVertexArray(vertexArray);
        glUniform2f(program.uniform("uViewport"), width(), height());
        glUniform1f(program.uniform("uMargin"), primitives.margin());
        glUniform1i(program.uniform("uTexture"), 0);
        primitives.emit(state, tables, env, emitter);
        glBindVertexArray(0);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }

    /**
     * Copies the image into the current window's framebuffer with its lower-left corner at window pixel
     * (x, y), magnified {@code scale} times with nearest-neighbour sampling.
     */
    public void blitTo(int x, int y, int scale) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        glBlitFramebuffer(0, 0, width(), height(), x, y, x + width() * scale, y + height() * scale,
                GL_COLOR_BUFFER_BIT, GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }

    /**
     * The last drawn image as packed {@code 0xRRGGBB}, row-major from the top row down: the layout of
     * {@link PixelRenderer#renderRgb}.
     */
    public int[] readRgb() {
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
        int[] rgb = FrameCapture.readRgb(0, 0, width(), height());
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        return rgb;
    }

    /** Receives primitives in draw order and issues one patch draw call each. */
    private final class Emitter implements FramePrimitives.Sink {
        @Override
        public void quad(float[] vertexX, float[] vertexY, float[] rgb, float edge, int x0, int y0, int x1, int y1) {
            glUniform1i(program.uniform("uKind"), QUAD);
            for (int k = 0; k < 4; k++) {
                glUniform2f(program.uniform(VERTEX_UNIFORMS[k]), vertexX[k], vertexY[k]);
            }
            colourAndEdge(rgb, edge);
            patch(x0, y0, x1, y1);
        }

        @Override
        public void circle(float centreX, float centreY, float radius, float normalX, float normalY, float[] rgb,
                float edge, int x0, int y0, int x1, int y1) {
            glUniform1i(program.uniform("uKind"), CIRCLE);
            glUniform2f(program.uniform("uCentre"), centreX, centreY);
            glUniform1f(program.uniform("uRadius"), radius);
            glUniform2f(program.uniform("uNormal"), normalX, normalY);
            colourAndEdge(rgb, edge);
            patch(x0, y0, x1, y1);
        }

        @Override
        public void joint(boolean fixed, float[] tint, int originX, int originY, int patchSize) {
            glUniform1i(program.uniform("uKind"), JOINT);
            glBindTexture(GL_TEXTURE_2D, fixed ? fixedTexture : revoluteTexture);
            glUniform3f(program.uniform("uColour"), tint[0] / 255f, tint[1] / 255f, tint[2] / 255f);
            glUniform2f(program.uniform("uPatchOrigin"), originX, originY);
            glUniform1f(program.uniform("uPatchSize"), patchSize);
            patch(originX, originY, originX + patchSize, originY + patchSize);
        }

        @Override
        public void thruster(int colourIndex, int centreX, int centreY, float cosMinusPhi, float sinMinusPhi,
                int spriteSize, int originX, int originY, int patchSize) {
            glUniform1i(program.uniform("uKind"), THRUSTER);
            glBindTexture(GL_TEXTURE_2D, thrusterTextures[Math.clamp(colourIndex, 0, BINDING_COLOURS - 1)]);
            glUniform2f(program.uniform("uCentre"), centreX, centreY);
            glUniform2f(program.uniform("uCosSin"), cosMinusPhi, sinMinusPhi);
            glUniform1f(program.uniform("uSpriteSize"), spriteSize);
            patch(originX, originY, originX + patchSize, originY + patchSize);
        }

        private void colourAndEdge(float[] rgb, float edge) {
            glUniform3f(program.uniform("uColour"), rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f);
            glUniform1f(program.uniform("uEdge"), edge);
        }

        /** Draws the canvas-pixel rectangle [x0, x1) × [y0, y1), clipped to the image by the viewport. */
        private void patch(int x0, int y0, int x1, int y1) {
            int m = primitives.margin();
            glUniform4f(program.uniform("uRect"), x0 - m, y0 - m, x1 - m, y1 - m);
            glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        }
    }

    private static int sprite(float[] rgba, int size) {
        ByteBuffer bytes = BufferUtils.createByteBuffer(rgba.length);
        for (int i = 0; i < rgba.length; i++) {
            // Colour channels are 0–255; the alpha channel is binary 0/1.
            float v = i % 4 == 3 ? rgba[i] * 255f : rgba[i];
            bytes.put((byte) Math.clamp(Math.round(v), 0, 255));
        }
        bytes.flip();
        return texture(size, size, bytes);
    }

    private static int texture(int width, int height, ByteBuffer pixels) {
        int texture = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
        glBindTexture(GL_TEXTURE_2D, 0);
        return texture;
    }

    @Override
    public void close() {
        program.close();
        glDeleteVertexArrays(vertexArray);
        glDeleteFramebuffers(framebuffer);
        glDeleteTextures(colourTexture);
        glDeleteTextures(revoluteTexture);
        glDeleteTextures(fixedTexture);
        glDeleteTextures(thrusterTextures);
    }
}
