package org.kinetix4j.render.gl;

import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.Role;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;
import org.kinetix4j.physics2d.ThrusterTable;

/**
 * The primitives of one Kinetix frame (spec kinetix.md §7.1) in draw order, with the patch placement, colours and
 * canvas coordinates the pixel renderer uses: floor, active polygons, active circles, joints, thrusters. GL-free,
 * so the GL drawer stays a thin layer that turns each primitive into one shader patch.
 *
 * <p>All coordinates are in padded-canvas pixels, {@code c(p) = (p + maxShapeSize) · ppud}; a patch is the
 * canvas rectangle {@code [x0, x1) × [y0, y1)} whose pixels run the primitive's test. Downscales 1–3 are
 * supported (the viewer draws at 1); Kinetix's ds-4 single-pixel joints are not.
 */
public final class FramePrimitives {
    /** Receives the primitives of a frame in draw order. */
    public interface Sink {
        /** A convex clockwise quad (vertices in canvas pixels), filled, with black edges {@code edge} px wide. */
        void quad(float[] vertexX, float[] vertexY, float[] rgb, float edge, int x0, int y0, int x1, int y1);

        /** A circle with a black rim {@code edge} px wide and a rotation indicator along (normalX, normalY). */
        void circle(float centreX, float centreY, float radius, float normalX, float normalY, float[] rgb,
                float edge, int x0, int y0, int x1, int y1);

        /** A joint marker sprite, tinted, in the square patch at (originX, originY). */
        void joint(boolean fixed, float[] tint, int originX, int originY, int patchSize);

        /** A thruster sprite of binding colour {@code colourIndex}, rotated by φ about (centreX, centreY). */
        void thruster(int colourIndex, int centreX, int centreY, float cosMinusPhi, float sinMinusPhi,
                int spriteSize, int originX, int originY, int patchSize);
    }

    private final StaticConfig config;
    private final float ppud;
    private final float maxShapeSize;
    private final int width;
    private final int height;
    private final int margin;
    private final int edge;
    private final int jointPatch;
    private final int thrusterSize;
    private final int thrusterPatch;
    private final float[] vertexX = new float[StaticConfig.VERTICES];
    private final float[] vertexY = new float[StaticConfig.VERTICES];
    private final float[] colour = new float[3];
    private final int[] quadBounds = new int[4];

    /** The frame geometry of {@code config} at {@code downscale} (1–3). */
    public FramePrimitives(StaticConfig config, KinetixStaticParams staticParams, EnvParams envParams,
            int downscale) {
        if (downscale < 1 || downscale > 3) {
            throw new IllegalArgumentException("downscale=" + downscale + " must be 1..3 for the GL drawer");
        }
        // The image size, scale and edge width are the pixel renderer's, taken from it so that both draw one frame.
        PixelRenderer pixels = new PixelRenderer(staticParams.physics(), staticParams, envParams, downscale);
        this.config = config;
        this.ppud = pixels.pixelsPerMetre();
        this.maxShapeSize = staticParams.maxShapeSize();
        this.width = pixels.width();
        this.height = pixels.height();
        this.margin = (int) (maxShapeSize * ppud);
        this.edge = pixels.edgeThickness();
        this.jointPatch = 6 / downscale;
        this.thrusterSize = 16 / downscale;
        this.thrusterPatch = (int) (thrusterSize * Math.sqrt(2.0)) + 1;
    }

    /** Image width, pixels. */
    public int width() {
        return width;
    }

    /** Image height, pixels. */
    public int height() {
        return height;
    }

    /** Canvas padding on every side, pixels. */
    public int margin() {
        return margin;
    }

    /** Pixels per metre. */
    public float pixelsPerMetre() {
        return ppud;
    }

    /** The capacities this frame geometry is for. */
    public StaticConfig config() {
        return config;
    }

    /** Emits environment {@code env}'s primitives, in Kinetix's draw order, into {@code sink}. */
    public void emit(BatchState state, EnvTables tables, int env, Sink sink) {
        ShapeTable shapes = state.shapes;
        emitFloor(shapes, tables, env, sink);
        for (int p = config.numStaticFixatedPolys(); p < config.numPolygons(); p++) {
            if (shapes.active[shapes.row(env, p)]) {
                emitPolygon(shapes, tables, env, p, sink);
            }
        }
        for (int c = 0; c < config.numCircles(); c++) {
            int shape = config.circleShape(c);
            if (shapes.active[shapes.row(env, shape)]) {
                emitCircle(shapes, tables, env, shape, sink);
            }
        }
        JointTable joints = state.joints;
        for (int j = 0; j < config.numJoints(); j++) {
            if (joints.active[joints.row(env, j)] && jointPatch >= 1) {
                emitJoint(joints, tables, env, j, sink);
            }
        }
        ThrusterTable thrusters = state.thrusters;
        for (int t = 0; t < config.numThrusters(); t++) {
            if (thrusters.active[thrusters.row(env, t)]) {
                emitThruster(state, tables, env, t, sink);
            }
        }
    }

    /** World coordinate → canvas pixel coordinate. */
    public float toCanvas(float p) {
        return (p + maxShapeSize) * ppud;
    }

    private float[] fillColour(int role, boolean fixated) {
        Role r = Role.of(Math.clamp(role, 0, Role.values().length - 1));
        float scale = fixated ? 0.5f : 1f;
        if (fixated && r == Role.NONE) {
            colour[0] = PixelRenderer.FIXATED_GREY;
            colour[1] = PixelRenderer.FIXATED_GREY;
            colour[2] = PixelRenderer.FIXATED_GREY;
        } else {
            colour[0] = r.red * scale;
            colour[1] = r.green * scale;
            colour[2] = r.blue * scale;
        }
        return colour;
    }

    private void emitFloor(ShapeTable shapes, EnvTables tables, int env, Sink sink) {
        int row = shapes.row(env, 0);
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            int v = shapes.vertex(env, 0, k);
            vertexX[k] = toCanvas(shapes.positionX[row] + shapes.vertexX[v]);
            vertexY[k] = toCanvas(shapes.positionY[row] + shapes.vertexY[v]);
        }
        int ox = PixelRenderer.clampPatch((int) toCanvas(0f), width, width + 2 * margin);
        int oy = PixelRenderer.clampPatch((int) toCanvas(0f), height, height + 2 * margin);
        quad(sink, fillColour(tables.role[tables.shapeRow(env, 0)], true), ox, oy, ox + width, oy + height);
    }

    private void emitPolygon(ShapeTable shapes, EnvTables tables, int env, int shape, Sink sink) {
        int row = shapes.row(env, shape);
        float px = shapes.positionX[row];
        float py = shapes.positionY[row];
        PixelRenderer.polygonOnCanvas(shapes, env, shape, maxShapeSize, ppud, vertexX, vertexY);
        float[] rgb = fillColour(tables.role[tables.shapeRow(env, shape)], shapes.inverseMass[row] == 0f);
        int ox = shapePatchOrigin(px, width);
        int oy = shapePatchOrigin(py, height);
        quad(sink, rgb, ox, oy, ox + margin, oy + margin);
    }

    /**
     * Emits the current quad over its patch, shrunk as the pixel renderer shrinks it (to the quad's bounding box plus
     * one pixel when the quad is strictly convex and clockwise), so both evaluate the same pixels; most of a patch
     * (all of the floor's, but its top rows) lies outside that box, and skipping it keeps software GL fast.
     */
    private void quad(Sink sink, float[] rgb, int x0, int y0, int x1, int y1) {
        int[] bounds = quadBounds;
        bounds[0] = x0;
        bounds[1] = y0;
        bounds[2] = x1;
        bounds[3] = y1;
        PixelRenderer.shrinkToConvexQuad(vertexX, vertexY, bounds);
        if (bounds[0] < bounds[2] && bounds[1] < bounds[3]) {
            sink.quad(vertexX, vertexY, rgb, edge, bounds[0], bounds[1], bounds[2], bounds[3]);
        }
    }

    /** Polygons and circles: a patch of side maxShapeSize · ppud at trunc(c(position − maxShapeSize/2)). */
    private int shapePatchOrigin(float position, int size) {
        return PixelRenderer.clampPatch((int) toCanvas(position - maxShapeSize / 2f), margin, size + 2 * margin);
    }

    private void emitCircle(ShapeTable shapes, EnvTables tables, int env, int shape, Sink sink) {
        int row = shapes.row(env, shape);
        float px = shapes.positionX[row];
        float py = shapes.positionY[row];
        float rotation = shapes.rotation[row];
        float[] rgb = fillColour(tables.role[tables.shapeRow(env, shape)], shapes.inverseMass[row] == 0f);
        int ox = shapePatchOrigin(px, width);
        int oy = shapePatchOrigin(py, height);
        float centreX = toCanvas(px);
        float centreY = toCanvas(py);
        float radius = shapes.radius[row] * ppud;
        if (Float.isNaN(centreX) || Float.isNaN(centreY) || !(radius >= 0f)) {
            return; // no pixel passes dist <= radius
        }
        // Only pixels within the circle's bounding box (plus one pixel) can pass dist <= radius.
        int x0 = (int) Math.max(ox, Math.floor(centreX - radius) - 1);
        int x1 = (int) Math.min(ox + margin, Math.ceil(centreX + radius) + 2);
        int y0 = (int) Math.max(oy, Math.floor(centreY - radius) - 1);
        int y1 = (int) Math.min(oy + margin, Math.ceil(centreY + radius) + 2);
        if (x0 < x1 && y0 < y1) {
            sink.circle(centreX, centreY, radius, Maths.sin(rotation), -Maths.cos(rotation), rgb, edge, x0, y0, x1,
                    y1);
        }
    }

    private void emitJoint(JointTable joints, EnvTables tables, int env, int slot, Sink sink) {
        int row = joints.row(env, slot);
        boolean motor = joints.motorOn[row] && !joints.isFixedJoint[row];
        float[] tint = PixelRenderer.bindingColourOf(motor ? tables.motorBinding[tables.jointRow(env, slot)] + 1 : 0);
        float gx = toCanvas(joints.globalPositionX[row]);
        float gy = toCanvas(joints.globalPositionY[row]);
        int ox = PixelRenderer.clampPatch((int) Math.rint(gx - jointPatch / 2), jointPatch, width + 2 * margin);
        int oy = PixelRenderer.clampPatch((int) Math.rint(gy - jointPatch / 2), jointPatch, height + 2 * margin);
        sink.joint(joints.isFixedJoint[row], tint, ox, oy, jointPatch);
    }

    private void emitThruster(BatchState state, EnvTables tables, int env, int slot, Sink sink) {
        ThrusterTable thrusters = state.thrusters;
        ShapeTable shapes = state.shapes;
        int row = thrusters.row(env, slot);
        int parent = Math.clamp(thrusters.shape[row], 0, config.numShapes() - 1);
        float phi = thrusters.rotation[row] + shapes.rotation[shapes.row(env, parent)];
        int px = (int) Math.rint(toCanvas(thrusters.globalPositionX[row]));
        int py = (int) Math.rint(toCanvas(thrusters.globalPositionY[row]));
        int ox = PixelRenderer.clampPatch(px - thrusterPatch / 2, thrusterPatch, width + 2 * margin);
        int oy = PixelRenderer.clampPatch(py - thrusterPatch / 2, thrusterPatch, height + 2 * margin);
        sink.thruster(tables.thrusterBinding[tables.thrusterRow(env, slot)] + 1, px, py, Maths.cos(-phi),
                Maths.sin(-phi), thrusterSize, ox, oy, thrusterPatch);
    }
}
