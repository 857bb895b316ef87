package org.kinetix4j.render.edit;

import java.util.Arrays;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.ShapeRef;

/**
 * Adds a dynamic convex polygon of 3 or 4 vertices given in world coordinates, in either winding (it is stored
 * clockwise, as Jax2D needs); its position becomes the vertex mean. Density 1, role none, collision mode 1.
 *
 * @param worldX vertex x coordinates, m
 * @param worldY vertex y coordinates, m
 * @param kind   what the user drew ("rectangle", "triangle", "polygon"), for the description
 */
public record AddPolygon(float[] worldX, float[] worldY, String kind) implements SlotCommand {
    /** Copies the vertex arrays (a command is a value). */
    public AddPolygon {
        if (worldX.length != worldY.length || worldX.length < 3 || worldX.length > 4) {
            throw new IllegalArgumentException("a polygon needs 3 or 4 vertices, got " + worldX.length);
        }
        worldX = worldX.clone();
        worldY = worldY.clone();
    }

    /** An axis-aligned rectangle spanning two corners. */
    public static AddPolygon rectangle(float x0, float y0, float x1, float y1) {
        float left = Math.min(x0, x1);
        float right = Math.max(x0, x1);
        float bottom = Math.min(y0, y1);
        float top = Math.max(y0, y1);
        return new AddPolygon(new float[] {left, right, right, left}, new float[] {top, top, bottom, bottom},
                "rectangle");
    }

    @Override
    public String describe() {
        return "add " + kind;
    }

    @Override
    public void applyTo(LevelEdit edit) {
        int n = worldX.length;
        float cx = 0f;
        float cy = 0f;
        for (int k = 0; k < n; k++) {
            cx += worldX[k] / n;
            cy += worldY[k] / n;
        }
        float[] vx = new float[n];
        float[] vy = new float[n];
        boolean clockwise = signedArea() < 0f;
        for (int k = 0; k < n; k++) {
            int from = clockwise ? k : n - 1 - k;
            vx[k] = worldX[from] - cx;
            vy[k] = worldY[from] - cy;
        }
        ShapeRef ref = edit.scene.addPolygon(cx, cy, vx, vy, BodyOptions.defaults().withCollisionMode(1));
        edit.tables.density[edit.tables.shapeRow(0, ref.shape())] = 1f;
        edit.tables.role[edit.tables.shapeRow(0, ref.shape())] = 0;
    }

    /** Twice the signed area: negative for clockwise vertices. */
    private float signedArea() {
        float area = 0f;
        for (int k = 0; k < worldX.length; k++) {
            int next = (k + 1) % worldX.length;
            area += worldX[k] * worldY[next] - worldX[next] * worldY[k];
        }
        return area;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddPolygon p && Arrays.equals(worldX, p.worldX) && Arrays.equals(worldY, p.worldY)
                && kind.equals(p.kind);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(worldX) + Arrays.hashCode(worldY)) + kind.hashCode();
    }

    @Override
    public String toString() {
        return "AddPolygon[" + kind + ", x=" + Arrays.toString(worldX) + ", y=" + Arrays.toString(worldY) + "]";
    }
}
