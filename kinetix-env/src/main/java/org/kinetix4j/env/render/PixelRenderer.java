package org.kinetix4j.env.render;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * Kinetix's pixel renderer (spec kinetix.md §7.1): draws one environment of a batch into the pixel observation
 * of §4.5, a {@code (W/ds) × (H/ds) × 3} float image in [0, 1].
 *
 * <p><b>Output layout.</b> {@link #render} writes {@code out[offset + (x * height + y) * 3 + channel]}: x grows to
 * the right, y grows <em>upwards</em> (index 0 is the bottom row of the world), channels R, G, B, each the 0–255
 * colour divided by 255. Pixel (i, j) samples the world point (i / ppud, j / ppud) with
 * {@code ppud = floor(pixelsPerUnit / ds)} (25 at ds 4): sample points are the lower-left corners of the cells.
 * {@link #renderRgb} and {@link #toImage} give the usual top-down picture instead, for PNG/GIF output.
 *
 * <p><b>What is drawn, in order</b> (later primitives overwrite earlier ones), as in Kinetix:
 * <ol>
 * <li>white background;</li>
 * <li>the floor (polygon slot 0, active or not) with its vertices unrotated, in the fixated colour rule;</li>
 * <li>active polygons from slot {@code numStaticFixatedPolys} on, in slot order, each inside a square patch of
 *     side {@code maxShapeSize · ppud} whose origin is {@code trunc(c(position − maxShapeSize/2))} with
 *     {@code c(p) = (p + maxShapeSize) · ppud}: anything farther than 1 m from the centroid along x or y is
 *     clipped (Kinetix quirk 9, kept). All four vertex rows are used (triangles are not special-cased, quirk 8);</li>
 * <li>active circles, same patches, with a black rotation indicator towards (−sin θ, cos θ);</li>
 * <li>active joints: at ds 4 one pixel at {@code round(c(globalPosition))}; at other ds a {@code (6 div ds)}-pixel
 *     marker (nothing from ds 7 on), coloured by the joint's motor binding;</li>
 * <li>active thrusters: a {@code (16 div ds)}-pixel sprite rotated by thruster + parent rotation, its plume
 *     tinted by the thruster's binding colour.</li>
 * </ol>
 * Fill colours: role colour if the shape moves; (80, 80, 80) for a fixated ({@code inverseMass == 0}) role-0
 * shape; half the role colour for a fixated shape with a role. Edges are black, {@code e} pixels thick:
 * 2 at ds 1, 1 at ds 2, 0 at ds 4, 2 otherwise. Patches are clamped to the padded canvas exactly as JaxGL does
 * (origin clamped to ≥ 0, then shifted to stay inside the canvas), so the output matches Kinetix's
 * {@code render_pixels} wherever the textures play no part.
 *
 * <p><b>Deviation from Kinetix: textures.</b> Kinetix samples three PNG assets ({@code rjoint.png},
 * {@code fjoint.png}, {@code thruster.png}). This port does not ship or read them; it draws procedural
 * equivalents with the same sizes, sampling, tinting and binary alpha: a 6×6 disc with a black ring for revolute
 * joints, a 6×6 square with a black border for fixed joints (white inside, multiplied by the joint colour), and a
 * 16×16 thruster sprite whose dark nozzle half faces +x and whose plume half (texture rows 0–8, multiplied by the
 * binding colour / 255) faces −x at rotation 0. Joint markers at ds ≠ 4 and thruster sprites therefore differ
 * from Kinetix's in a few pixels; everything else (including the ds-4 joint pixels) follows §7.1 exactly, up to
 * float rounding of the vertex transform (sin/cos come from {@link Math}, which never allocates, rather than the
 * engine's {@code StrictMath}-based {@code Maths}; XLA may also order the 2×2 product differently), which can only
 * move a pixel whose sample point lies within ~1e−5 px of a shape boundary.
 *
 * <p><b>Threading and allocation.</b> An instance holds scratch state: use one per thread. {@link #render}
 * allocates nothing; it writes every output pixel, so {@code out} needs no clearing.
 */
public final class PixelRenderer {
    /** Background colour, 0–255. */
    public static final float BACKGROUND = 255f;
    /** Colour of fixated role-0 shapes (and of a role-0 floor), 0–255. */
    public static final float FIXATED_GREY = 80f;
    /**
     * Joint and thruster binding colours, RGB 0–255: index 0 white (fixed or motor-off joints), then yellow,
     * magenta, cyan and orange for bindings 0..3 (index = binding + 1).
     */
    private static final float[][] BINDING_COLOURS = {
        {255f, 255f, 255f}, {255f, 255f, 0f}, {255f, 0f, 255f}, {0f, 255f, 255f}, {255f, 153f, 51f}};
    private static final int JOINT_TEX = 6;
    private static final int THRUSTER_TEX = 16;
    /** Texture rows (along the thrust axis) of the thruster sprite that are tinted: the plume half. */
    private static final int THRUSTER_PLUME_ROWS = 9;

    private final StaticConfig config;
    private final int downscale;
    private final float ppud;
    private final float maxShapeSize;
    private final int width;
    private final int height;
    private final int margin;
    private final int canvasWidth;
    private final int canvasHeight;
    private final int shapePatch;
    private final int edge;
    private final boolean jointPixels;
    private final int jointPatch;
    private final int thrusterSize;
    private final int thrusterPatch;
    private final float[][] roleColours;
    /** Joint textures, {@code [u][v]} flattened, RGBA 0–255 with binary alpha, untinted. */
    private final float[] revoluteTexture;
    private final float[] fixedTexture;
    /** Thruster sprites per binding colour, already tinted: {@code [colour][u][v][rgba]}. */
    private final float[][] thrusterTextures;
    private final float[] vertexX = new float[StaticConfig.VERTICES];
    private final float[] vertexY = new float[StaticConfig.VERTICES];
    private final float[] colour = new float[3];
    /** Patch bounds {x0, y0, x1, y1} of the quad being filled, for {@link #shrinkToConvexQuad}. */
    private final int[] quadBounds = new int[4];
    private float[] scratch;

    /**
     * A renderer for environments of {@code config} at downscale {@code downscale}.
     *
     * @param config       the capacities of the batches to render (must match {@code staticParams.physics()})
     * @param staticParams screen size and {@code maxShapeSize}
     * @param envParams    {@code pixelsPerUnit}
     * @param downscale    1 for full resolution (500 × 500), 4 for Kinetix's observations (125 × 125)
     * @throws IllegalArgumentException if the capacities disagree or a size is not positive
     */
    public PixelRenderer(StaticConfig config, KinetixStaticParams staticParams, EnvParams envParams, int downscale) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(staticParams, "staticParams");
        Objects.requireNonNull(envParams, "envParams");
        if (!BatchState.sameCapacities(config, staticParams.physics())) {
            throw new IllegalArgumentException("config " + config + " and staticParams.physics() "
                    + staticParams.physics() + " have different capacities");
        }
        if (downscale < 1) {
            throw new IllegalArgumentException("downscale=" + downscale + " must be >= 1");
        }
        this.downscale = downscale;
        this.ppud = (float) Math.floor(envParams.pixelsPerUnit() / downscale);
        this.maxShapeSize = staticParams.maxShapeSize();
        this.width = staticParams.screenWidth() / downscale;
        this.height = staticParams.screenHeight() / downscale;
        if (!(ppud >= 1f) || width < 1 || height < 1 || !(maxShapeSize >= 0f)) {
            throw new IllegalArgumentException("pixelsPerUnit=" + envParams.pixelsPerUnit() + ", screen "
                    + staticParams.screenWidth() + "x" + staticParams.screenHeight() + ", maxShapeSize="
                    + maxShapeSize + " give an empty image at downscale=" + downscale);
        }
        this.margin = (int) (maxShapeSize * ppud);
        this.canvasWidth = width + 2 * margin;
        this.canvasHeight = height + 2 * margin;
        this.shapePatch = margin;
        this.edge = switch (downscale) {
            case 1 -> 2;
            case 2 -> 1;
            case 4 -> 0;
            default -> 2;
        };
        this.jointPixels = downscale == 4;
        this.jointPatch = JOINT_TEX / downscale;
        this.thrusterSize = THRUSTER_TEX / downscale;
        this.thrusterPatch = (int) (thrusterSize * Math.sqrt(2.0)) + 1;
        Role[] roles = Role.values();
        this.roleColours = new float[roles.length][];
        for (Role role : roles) {
            roleColours[role.code] = new float[] {role.red, role.green, role.blue};
        }
        this.revoluteTexture = revoluteJointTexture();
        this.fixedTexture = fixedJointTexture();
        float[] thruster = thrusterTexture();
        this.thrusterTextures = new float[BINDING_COLOURS.length][];
        for (int i = 0; i < BINDING_COLOURS.length; i++) {
            thrusterTextures[i] = tintPlume(thruster, BINDING_COLOURS[i]);
        }
    }

    /** A renderer at {@code staticParams.downscale()} for {@code staticParams.physics()}. */
    public PixelRenderer(KinetixStaticParams staticParams, EnvParams envParams) {
        this(staticParams.physics(), staticParams, envParams, staticParams.downscale());
    }

    /** A renderer for {@code level}'s capacities and parameters at {@code downscale}. */
    public static PixelRenderer forLevel(Level level, int downscale) {
        return new PixelRenderer(level.staticParams().physics(), level.staticParams(), level.envParams(), downscale);
    }

    /**
     * Binding colour {@code index}, RGB 0–255 (a copy): 0 white (fixed and motor-off joints), then yellow, magenta,
     * cyan and orange for bindings 0..3 ({@code index = binding + 1}); out-of-range indices are clamped. For other
     * renderers of the same picture (the LWJGL viewer).
     */
    public static float[] bindingColourOf(int index) {
        return bindingColour(index).clone();
    }

    /**
     * The untinted 6×6 joint marker this renderer draws at downscale 1–6, RGBA 0–255 with binary alpha, laid out
     * {@code [u][v]} ({@code (u · 6 + v) · 4 + channel}, u along x). A fresh copy.
     */
    public static float[] jointTextureOf(boolean fixed) {
        return fixed ? fixedJointTexture() : revoluteJointTexture();
    }

    /**
     * The 16×16 thruster sprite tinted with binding colour {@code index} (see {@link #bindingColourOf}), RGBA
     * 0–255 with binary alpha, laid out {@code [u][v]} with u along the thrust axis (nozzle at u = 15, +x at
     * rotation 0). A fresh copy.
     */
    public static float[] thrusterTextureOf(int index) {
        return tintPlume(thrusterTexture(), bindingColour(index));
    }

    /** The downscale factor. */
    public int downscale() {
        return downscale;
    }

    /** Pixels per metre in the output, {@code floor(pixelsPerUnit / downscale)}. */
    public float pixelsPerMetre() {
        return ppud;
    }

    /** Image width in pixels ({@code screenWidth / downscale}). */
    public int width() {
        return width;
    }

    /** Image height in pixels ({@code screenHeight / downscale}). */
    public int height() {
        return height;
    }

    /** Floats per image: {@code width · height · 3}. */
    public int imageSize() {
        return width * height * 3;
    }

    /** Black edge thickness in pixels at this downscale. */
    public int edgeThickness() {
        return edge;
    }

    /** Index of channel {@code channel} of pixel (x, y) (y up) relative to the image's offset. */
    public int index(int x, int y, int channel) {
        return (x * height + y) * 3 + channel;
    }

    /**
     * Draws environment {@code env} into {@code out[offset .. offset + imageSize())} in the observation layout
     * {@code [x][y][channel]}, y up, values in [0, 1]. Allocates nothing.
     *
     * @throws IllegalArgumentException if the state or tables have other capacities, or {@code out} is too short
     * @throws IndexOutOfBoundsException if {@code env} is not an environment of the batch
     */
    public void render(BatchState state, EnvTables tables, int env, float[] out, int offset) {
        check(state, tables, env);
        if (offset < 0 || out.length - offset < imageSize()) {
            throw new IllegalArgumentException("out has " + out.length + " floats; an image of " + imageSize()
                    + " does not fit at offset=" + offset);
        }
        Arrays.fill(out, offset, offset + imageSize(), BACKGROUND / 255f);
        ShapeTable shapes = state.shapes;
        drawFloor(shapes, tables, env, out, offset);
        for (int p = config.numStaticFixatedPolys(); p < config.numPolygons(); p++) {
            if (shapes.active[shapes.row(env, p)]) {
                drawPolygon(shapes, tables, env, p, out, offset);
            }
        }
        for (int c = 0; c < config.numCircles(); c++) {
            int shape = config.circleShape(c);
            if (shapes.active[shapes.row(env, shape)]) {
                drawCircle(shapes, tables, env, shape, out, offset);
            }
        }
        JointTable joints = state.joints;
        for (int j = 0; j < config.numJoints(); j++) {
            if (joints.active[joints.row(env, j)]) {
                drawJoint(joints, tables, env, j, out, offset);
            }
        }
        ThrusterTable thrusters = state.thrusters;
        for (int t = 0; t < config.numThrusters(); t++) {
            if (thrusters.active[thrusters.row(env, t)]) {
                drawThruster(state, tables, env, t, out, offset);
            }
        }
    }

    /** {@link #render} into a new array. */
    public float[] render(BatchState state, EnvTables tables, int env) {
        float[] out = new float[imageSize()];
        render(state, tables, env, out, 0);
        return out;
    }

    /**
     * Draws environment {@code env} as a normal top-down picture: {@code width · height} packed {@code 0xRRGGBB}
     * values, row-major from the top row (highest y) down, channels rounded to 0–255.
     */
    public int[] renderRgb(BatchState state, EnvTables tables, int env) {
        if (scratch == null) {
            scratch = new float[imageSize()];
        }
        render(state, tables, env, scratch, 0);
        return toRgb(scratch, 0, width, height);
    }

    /** Draws environment {@code env} as a {@link BufferedImage#TYPE_INT_RGB} image, top row = highest y. */
    public BufferedImage toImage(BatchState state, EnvTables tables, int env) {
        return imageOf(renderRgb(state, tables, env), width, height);
    }

    /**
     * Converts an observation image ({@code [x][y][c]}, y up, [0, 1]) of {@code width × height} pixels at
     * {@code offset} into packed {@code 0xRRGGBB} values, row-major from the top row down.
     */
    public static int[] toRgb(float[] image, int offset, int width, int height) {
        if (width < 1 || height < 1 || offset < 0 || image.length - offset < width * height * 3) {
            throw new IllegalArgumentException("image of " + image.length + " floats has no " + width + "x"
                    + height + "x3 image at offset=" + offset);
        }
        int[] rgb = new int[width * height];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                int i = offset + (x * height + y) * 3;
                rgb[(height - 1 - y) * width + x] =
                        (toByte(image[i]) << 16) | (toByte(image[i + 1]) << 8) | toByte(image[i + 2]);
            }
        }
        return rgb;
    }

    /** {@link #toRgb} as a {@link BufferedImage#TYPE_INT_RGB} image. */
    public static BufferedImage toImage(float[] image, int offset, int width, int height) {
        return imageOf(toRgb(image, offset, width, height), width, height);
    }

    private static BufferedImage imageOf(int[] rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    private static int toByte(float v) {
        int b = Math.round(v * 255f);
        return b < 0 ? 0 : (b > 255 ? 255 : b);
    }

    private void check(BatchState state, EnvTables tables, int env) {
        if (!BatchState.sameCapacities(state.config, config) || !BatchState.sameCapacities(tables.config, config)) {
            throw new IllegalArgumentException("renderer built for " + config + " cannot draw state " + state.config
                    + " with tables " + tables.config);
        }
        state.checkEnv(env);
        if (env >= tables.envCount) {
            throw new IndexOutOfBoundsException("env=" + env + " is outside the tables' 0.." + (tables.envCount - 1));
        }
    }

    // ---------------------------------------------------------------------------------------------- primitives

    /** World coordinate → padded-canvas pixel coordinate, c(p) = (p + maxShapeSize) · ppud. */
    private float toCanvas(float p) {
        return toCanvas(p, maxShapeSize, ppud);
    }

    private static float toCanvas(float p, float maxShapeSize, float ppud) {
        return (p + maxShapeSize) * ppud;
    }

    /**
     * JaxGL's patch placement along one axis: origin clamped to ≥ 0, then shifted to keep the patch inside. Public
     * for other renderers of the same picture (the LWJGL viewer), so that they place patches exactly as this one.
     */
    public static int clampPatch(int origin, int patch, int canvas) {
        int o = origin < 0 ? 0 : origin;
        int max = canvas - patch;
        return o > max ? (max < 0 ? 0 : max) : o;
    }

    /** Index in {@code out} of padded-canvas pixel (cx, cy), which must be visible. */
    private int outIndex(int offset, int cx, int cy) {
        return offset + ((cx - margin) * height + (cy - margin)) * 3;
    }

    private float[] fillColour(int role, boolean fixated, float[] rgb) {
        float[] base = roleColours[Math.clamp(role, 0, roleColours.length - 1)];
        if (!fixated) {
            rgb[0] = base[0];
            rgb[1] = base[1];
            rgb[2] = base[2];
        } else if (role == 0) {
            rgb[0] = FIXATED_GREY;
            rgb[1] = FIXATED_GREY;
            rgb[2] = FIXATED_GREY;
        } else {
            rgb[0] = base[0] * 0.5f;
            rgb[1] = base[1] * 0.5f;
            rgb[2] = base[2] * 0.5f;
        }
        return rgb;
    }

    private void drawFloor(ShapeTable shapes, EnvTables tables, int env, float[] out, int offset) {
        int row = shapes.row(env, 0);
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            int v = shapes.vertex(env, 0, k);
            vertexX[k] = toCanvas(shapes.positionX[row] + shapes.vertexX[v]);
            vertexY[k] = toCanvas(shapes.positionY[row] + shapes.vertexY[v]);
        }
        fillColour(tables.role[tables.shapeRow(env, 0)], true, colour);
        int ox = clampPatch((int) toCanvas(0f), width, canvasWidth);
        int oy = clampPatch((int) toCanvas(0f), height, canvasHeight);
        fillQuad(ox, oy, width, height, out, offset);
    }

    private void drawPolygon(ShapeTable shapes, EnvTables tables, int env, int shape, float[] out, int offset) {
        int row = shapes.row(env, shape);
        float px = shapes.positionX[row];
        float py = shapes.positionY[row];
        polygonOnCanvas(shapes, env, shape, maxShapeSize, ppud, vertexX, vertexY);
        fillColour(tables.role[tables.shapeRow(env, shape)], shapes.inverseMass[row] == 0f, colour);
        float half = maxShapeSize / 2f;
        int ox = clampPatch((int) toCanvas(px - half), shapePatch, canvasWidth);
        int oy = clampPatch((int) toCanvas(py - half), shapePatch, canvasHeight);
        fillQuad(ox, oy, shapePatch, shapePatch, out, offset);
    }

    /**
     * The corners of polygon {@code shape} of environment {@code env}, rotated and placed, in padded-canvas pixels
     * {@code c(p) = (p + maxShapeSize) · ppud}, into {@code vertexX} and {@code vertexY}. Public so that other
     * renderers of the same picture (the LWJGL viewer) draw exactly the quads this one fills.
     */
    public static void polygonOnCanvas(ShapeTable shapes, int env, int shape, float maxShapeSize, float ppud,
            float[] vertexX, float[] vertexY) {
        int row = shapes.row(env, shape);
        float px = shapes.positionX[row];
        float py = shapes.positionY[row];
        float c = cos(shapes.rotation[row]);
        float s = sin(shapes.rotation[row]);
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            int v = shapes.vertex(env, shape, k);
            float lx = shapes.vertexX[v];
            float ly = shapes.vertexY[v];
            vertexX[k] = toCanvas(px + (c * lx + -s * ly), maxShapeSize, ppud);
            vertexY[k] = toCanvas(py + (s * lx + c * ly), maxShapeSize, ppud);
        }
    }

    /**
     * JaxGL's convex quad shader over the patch at (ox, oy): inside when every edge's signed area
     * cross(v_i − p, v_{i+1} − p) ≤ 0; black when also within {@link #edge} pixels of an edge line (signed area
     * divided by the edge length greater than −e).
     *
     * <p>Two shortcuts give the same pixels as evaluating the shader everywhere: a strictly convex clockwise quad
     * is only evaluated inside its bounding box (plus one pixel), since no pixel outside it can pass all four
     * tests; and when every edge has a positive length the inside test uses the sign of the signed area, which
     * division by a positive length does not change, dividing only for the edge test of inside pixels.
     */
    private void fillQuad(int ox, int oy, int patchW, int patchH, float[] out, int offset) {
        float ax = vertexX[0];
        float ay = vertexY[0];
        float bx = vertexX[1];
        float by = vertexY[1];
        float cx2 = vertexX[2];
        float cy2 = vertexY[2];
        float dx2 = vertexX[3];
        float dy2 = vertexY[3];
        float lab = length(ax - bx, ay - by);
        float lbc = length(bx - cx2, by - cy2);
        float lcd = length(cx2 - dx2, cy2 - dy2);
        float lda = length(dx2 - ax, dy2 - ay);
        int[] bounds = quadBounds;
        bounds[0] = Math.max(ox, margin);
        bounds[1] = Math.max(oy, margin);
        bounds[2] = Math.min(ox + patchW, margin + width);
        bounds[3] = Math.min(oy + patchH, margin + height);
        shrinkToConvexQuad(vertexX, vertexY, bounds);
        int x0 = bounds[0];
        int y0 = bounds[1];
        int x1 = bounds[2];
        int y1 = bounds[3];
        boolean positiveLengths = lab > 0f && lbc > 0f && lcd > 0f && lda > 0f && lab < Float.POSITIVE_INFINITY
                && lbc < Float.POSITIVE_INFINITY && lcd < Float.POSITIVE_INFINITY && lda < Float.POSITIVE_INFINITY;
        float r = colour[0] / 255f;
        float g = colour[1] / 255f;
        float b = colour[2] / 255f;
        float e = edge;
        for (int px = x0; px < x1; px++) {
            float fx = px;
            float rax = ax - fx;
            float rbx = bx - fx;
            float rcx = cx2 - fx;
            float rdx = dx2 - fx;
            for (int py = y0; py < y1; py++) {
                float fy = py;
                float ray = ay - fy;
                float rby = by - fy;
                float rcy = cy2 - fy;
                float rdy = dy2 - fy;
                float sab = rax * rby - ray * rbx;
                float sbc = rbx * rcy - rby * rcx;
                float scd = rcx * rdy - rcy * rdx;
                float sda = rdx * ray - rdy * rax;
                boolean inside;
                boolean onEdge;
                if (positiveLengths) {
                    inside = sab <= 0f & sbc <= 0f & scd <= 0f & sda <= 0f;
                    if (!inside) {
                        continue;
                    }
                    onEdge = e > 0f && (sab / lab > -e | sbc / lbc > -e | scd / lcd > -e | sda / lda > -e);
                } else {
                    sab /= lab;
                    sbc /= lbc;
                    scd /= lcd;
                    sda /= lda;
                    inside = sab <= 0f & sbc <= 0f & scd <= 0f & sda <= 0f;
                    if (!inside) {
                        continue;
                    }
                    onEdge = sab > -e | sbc > -e | scd > -e | sda > -e;
                }
                int i = outIndex(offset, px, py);
                if (onEdge) {
                    out[i] = 0f;
                    out[i + 1] = 0f;
                    out[i + 2] = 0f;
                } else {
                    out[i] = r;
                    out[i + 1] = g;
                    out[i + 2] = b;
                }
            }
        }
    }

    private static float length(float dx, float dy) {
        return (float) Math.sqrt(dx * dx + dy * dy);
    }

    /**
     * Narrows {@code bounds}, a patch {@code {x0, y0, x1, y1}} in canvas pixels (x1, y1 exclusive), to the bounding
     * box plus one pixel of the quad {@code (vertexX[k], vertexY[k])} when that quad is strictly convex and
     * clockwise: no pixel outside the box can pass all four edge tests of the quad shader. Leaves {@code bounds}
     * as it is otherwise. Public so that other renderers of the same picture (the LWJGL viewer) cover exactly the
     * pixels this one evaluates.
     */
    public static void shrinkToConvexQuad(float[] vertexX, float[] vertexY, int[] bounds) {
        if (strictlyConvexClockwise(vertexX, vertexY)) {
            float minX = Math.min(Math.min(vertexX[0], vertexX[1]), Math.min(vertexX[2], vertexX[3]));
            float maxX = Math.max(Math.max(vertexX[0], vertexX[1]), Math.max(vertexX[2], vertexX[3]));
            float minY = Math.min(Math.min(vertexY[0], vertexY[1]), Math.min(vertexY[2], vertexY[3]));
            float maxY = Math.max(Math.max(vertexY[0], vertexY[1]), Math.max(vertexY[2], vertexY[3]));
            bounds[0] = (int) Math.max(bounds[0], Math.floor(minX) - 1);
            bounds[1] = (int) Math.max(bounds[1], Math.floor(minY) - 1);
            bounds[2] = (int) Math.min(bounds[2], Math.ceil(maxX) + 2);
            bounds[3] = (int) Math.min(bounds[3], Math.ceil(maxY) + 2);
        }
    }

    /** Whether the quad turns strictly clockwise at all four corners (hence is convex and simple). */
    private static boolean strictlyConvexClockwise(float[] vertexX, float[] vertexY) {
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            int n = (k + 1) % StaticConfig.VERTICES;
            int m = (k + 2) % StaticConfig.VERTICES;
            float turn = (vertexX[n] - vertexX[k]) * (vertexY[m] - vertexY[n])
                    - (vertexY[n] - vertexY[k]) * (vertexX[m] - vertexX[n]);
            if (!(turn < 0f)) {
                return false;
            }
        }
        return true;
    }

    private void drawCircle(ShapeTable shapes, EnvTables tables, int env, int shape, float[] out, int offset) {
        int row = shapes.row(env, shape);
        float px = shapes.positionX[row];
        float py = shapes.positionY[row];
        float centreX = toCanvas(px);
        float centreY = toCanvas(py);
        float radius = shapes.radius[row] * ppud;
        float rotation = shapes.rotation[row];
        float normalX = sin(rotation);
        float normalY = -cos(rotation);
        float tipX = centreX + normalX;
        float tipY = centreY + normalY;
        fillColour(tables.role[tables.shapeRow(env, shape)], shapes.inverseMass[row] == 0f, colour);
        float r = colour[0] / 255f;
        float g = colour[1] / 255f;
        float b = colour[2] / 255f;
        float half = maxShapeSize / 2f;
        int ox = clampPatch((int) toCanvas(px - half), shapePatch, canvasWidth);
        int oy = clampPatch((int) toCanvas(py - half), shapePatch, canvasHeight);
        if (Float.isNaN(centreX) || Float.isNaN(centreY) || !(radius >= 0f)) {
            return; // no pixel passes dist <= radius
        }
        // Only pixels within the circle's bounding box (plus one pixel) can pass dist <= radius.
        int x0 = (int) Math.max(Math.max(ox, margin), Math.floor(centreX - radius) - 1);
        int x1 = (int) Math.min(Math.min(ox + shapePatch, margin + width), Math.ceil(centreX + radius) + 2);
        int y0 = (int) Math.max(Math.max(oy, margin), Math.floor(centreY - radius) - 1);
        int y1 = (int) Math.min(Math.min(oy + shapePatch, margin + height), Math.ceil(centreY + radius) + 2);
        float ringFrom = radius - edge;
        for (int cx = x0; cx < x1; cx++) {
            float fx = cx;
            float dx = fx - centreX;
            for (int cy = y0; cy < y1; cy++) {
                float fy = cy;
                float dy = fy - centreY;
                float dist = (float) Math.sqrt(dx * dx + dy * dy);
                if (!(dist <= radius)) {
                    continue;
                }
                boolean onEdge = dist > ringFrom;
                float lineDist = Math.abs((centreX - fx) * (tipY - fy) - (centreY - fy) * (tipX - fx));
                onEdge |= lineDist < 1f & normalX * dx + normalY * dy <= 0f;
                int i = outIndex(offset, cx, cy);
                if (onEdge) {
                    out[i] = 0f;
                    out[i + 1] = 0f;
                    out[i + 2] = 0f;
                } else {
                    out[i] = r;
                    out[i + 1] = g;
                    out[i + 2] = b;
                }
            }
        }
    }

    private static float[] bindingColour(int index) {
        return BINDING_COLOURS[Math.clamp(index, 0, BINDING_COLOURS.length - 1)];
    }

    private void drawJoint(JointTable joints, EnvTables tables, int env, int slot, float[] out, int offset) {
        int row = joints.row(env, slot);
        boolean motor = joints.motorOn[row] && !joints.isFixedJoint[row];
        float[] rgb = bindingColour(motor ? tables.motorBinding[tables.jointRow(env, slot)] + 1 : 0);
        float gx = toCanvas(joints.globalPositionX[row]);
        float gy = toCanvas(joints.globalPositionY[row]);
        if (jointPixels) {
            // A disc of radius 0.5 centred on the (unclamped) rounded position: one pixel, none if clamped away.
            int patch = JOINT_TEX / downscale;
            long px = (long) Math.rint(gx - patch / 2);
            long py = (long) Math.rint(gy - patch / 2);
            if (px >= margin && px < margin + width && py >= margin && py < margin + height) {
                int i = outIndex(offset, (int) px, (int) py);
                out[i] = rgb[0] / 255f;
                out[i + 1] = rgb[1] / 255f;
                out[i + 2] = rgb[2] / 255f;
            }
            return;
        }
        int patch = jointPatch;
        if (patch < 1) {
            return;
        }
        float[] texture = joints.isFixedJoint[row] ? fixedTexture : revoluteTexture;
        int ox = clampPatch(roundToInt(gx - patch / 2), patch, canvasWidth);
        int oy = clampPatch(roundToInt(gy - patch / 2), patch, canvasHeight);
        float tintR = rgb[0] / 255f;
        float tintG = rgb[1] / 255f;
        float tintB = rgb[2] / 255f;
        for (int u = 0; u < patch; u++) {
            int cx = ox + u;
            if (cx < margin || cx >= margin + width) {
                continue;
            }
            int tu = jointTexel(u, patch);
            for (int v = 0; v < patch; v++) {
                int cy = oy + v;
                if (cy < margin || cy >= margin + height) {
                    continue;
                }
                int t = (tu * JOINT_TEX + jointTexel(v, patch)) * 4;
                if (texture[t + 3] == 1f) {
                    int i = outIndex(offset, cx, cy);
                    out[i] = texture[t] * tintR / 255f;
                    out[i + 1] = texture[t + 1] * tintG / 255f;
                    out[i + 2] = texture[t + 2] * tintB / 255f;
                }
            }
        }
    }

    /** Nearest texel of patch pixel {@code i}: round-half-even(6 · i/(patch − 1) − 0.5), clamped; 0 for 1 px. */
    private static int jointTexel(int i, int patch) {
        if (patch == 1) {
            return 0;
        }
        float unit = (float) i / (float) (patch - 1);
        return Math.clamp((long) Math.rint(JOINT_TEX * unit - 0.5f), 0, JOINT_TEX - 1);
    }

    /** float32 cosine, the engine's (StrictMath's value, allocation-free), so frames are reproducible anywhere. */
    private static float cos(float angle) {
        return Maths.cos(angle);
    }

    /** float32 sine, the engine's; see {@link #cos}. */
    private static float sin(float angle) {
        return Maths.sin(angle);
    }

    private static int roundToInt(float v) {
        return (int) Math.rint(v);
    }

    private void drawThruster(BatchState state, EnvTables tables, int env, int slot, float[] out, int offset) {
        if (thrusterSize < 1) {
            return;
        }
        ThrusterTable thrusters = state.thrusters;
        ShapeTable shapes = state.shapes;
        int row = thrusters.row(env, slot);
        int parent = Math.clamp(thrusters.shape[row], 0, config.numShapes() - 1);
        float phi = thrusters.rotation[row] + shapes.rotation[shapes.row(env, parent)];
        float c = cos(-phi);
        float s = sin(-phi);
        float[] texture = thrusterTextures[Math.clamp(tables.thrusterBinding[tables.thrusterRow(env, slot)] + 1, 0,
                thrusterTextures.length - 1)];
        int px = roundToInt(toCanvas(thrusters.globalPositionX[row]));
        int py = roundToInt(toCanvas(thrusters.globalPositionY[row]));
        int ox = clampPatch(px - thrusterPatch / 2, thrusterPatch, canvasWidth);
        int oy = clampPatch(py - thrusterPatch / 2, thrusterPatch, canvasHeight);
        float size = thrusterSize;
        int x0 = Math.max(ox, margin);
        int x1 = Math.min(ox + thrusterPatch, margin + width);
        int y0 = Math.max(oy, margin);
        int y1 = Math.min(oy + thrusterPatch, margin + height);
        for (int cx = x0; cx < x1; cx++) {
            float dx = cx - px;
            for (int cy = y0; cy < y1; cy++) {
                float dy = cy - py;
                float tx = (c * dx + -s * dy) / size + 0.5f;
                float ty = (s * dx + c * dy) / size + 0.5f;
                if (!(tx >= 0f && tx <= 1f && ty >= 0f && ty <= 1f)) {
                    continue;
                }
                int u = Math.clamp((long) Math.rint(THRUSTER_TEX * tx - 0.5f + 0.001f), 0, THRUSTER_TEX - 1);
                int v = Math.clamp((long) Math.rint(THRUSTER_TEX * ty - 0.5f + 0.001f), 0, THRUSTER_TEX - 1);
                int t = (u * THRUSTER_TEX + v) * 4;
                if (texture[t + 3] == 1f) {
                    int i = outIndex(offset, cx, cy);
                    out[i] = texture[t] / 255f;
                    out[i + 1] = texture[t + 1] / 255f;
                    out[i + 2] = texture[t + 2] / 255f;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------ procedural textures

    private static void setTexel(float[] texture, int size, int u, int v, float grey, boolean opaque) {
        int t = (u * size + v) * 4;
        texture[t] = grey;
        texture[t + 1] = grey;
        texture[t + 2] = grey;
        texture[t + 3] = opaque ? 1f : 0f;
    }

    /** 6×6 revolute marker: a disc of radius 2.9 texels, black ring beyond 1.9, white inside. */
    private static float[] revoluteJointTexture() {
        float[] texture = new float[JOINT_TEX * JOINT_TEX * 4];
        double centre = (JOINT_TEX - 1) / 2.0;
        for (int u = 0; u < JOINT_TEX; u++) {
            for (int v = 0; v < JOINT_TEX; v++) {
                double r = Math.hypot(u - centre, v - centre);
                setTexel(texture, JOINT_TEX, u, v, r > 1.9 ? 0f : 255f, r < 2.9);
            }
        }
        return texture;
    }

    /** 6×6 fixed-joint marker: an opaque square, black one-texel border, white inside. */
    private static float[] fixedJointTexture() {
        float[] texture = new float[JOINT_TEX * JOINT_TEX * 4];
        for (int u = 0; u < JOINT_TEX; u++) {
            for (int v = 0; v < JOINT_TEX; v++) {
                boolean border = u == 0 || v == 0 || u == JOINT_TEX - 1 || v == JOINT_TEX - 1;
                setTexel(texture, JOINT_TEX, u, v, border ? 0f : 255f, true);
            }
        }
        return texture;
    }

    /**
     * 16×16 thruster sprite, {@code [u][v]}: u runs along the thrust axis from −x (u = 0) to +x (u = 15) at
     * rotation 0, v across it. Rows u ≥ 9: a dark bell-shaped nozzle, widest at its mouth (u = 9), with a black
     * outline. Rows u ≤ 8: a flame widening towards the nozzle, light grey with a white core (tinted later).
     */
    private static float[] thrusterTexture() {
        float[] texture = new float[THRUSTER_TEX * THRUSTER_TEX * 4];
        double centre = (THRUSTER_TEX - 1) / 2.0;
        for (int u = 0; u < THRUSTER_TEX; u++) {
            for (int v = 0; v < THRUSTER_TEX; v++) {
                double d = Math.abs(v - centre);
                if (u >= THRUSTER_PLUME_ROWS) {
                    double halfWidth = 7.5 - (u - THRUSTER_PLUME_ROWS) * 0.5;
                    boolean outline = u == THRUSTER_PLUME_ROWS || u == THRUSTER_TEX - 1 || d > halfWidth - 1;
                    setTexel(texture, THRUSTER_TEX, u, v, outline ? 0f : 80f, d < halfWidth);
                } else {
                    double halfWidth = 1.0 + u * 0.55;
                    float grey = d < halfWidth * 0.45 ? 255f : (d > halfWidth - 1 ? 140f : 200f);
                    setTexel(texture, THRUSTER_TEX, u, v, grey, d < halfWidth);
                }
            }
        }
        return texture;
    }

    /** The sprite with the RGB of its plume rows (u &lt; 9) multiplied by {@code rgb / 255}. */
    private static float[] tintPlume(float[] texture, float[] rgb) {
        float[] tinted = texture.clone();
        for (int u = 0; u < THRUSTER_PLUME_ROWS; u++) {
            for (int v = 0; v < THRUSTER_TEX; v++) {
                int t = (u * THRUSTER_TEX + v) * 4;
                for (int ch = 0; ch < 3; ch++) {
                    tinted[t + ch] = tinted[t + ch] * (rgb[ch] / 255f);
                }
            }
        }
        return tinted;
    }
}
