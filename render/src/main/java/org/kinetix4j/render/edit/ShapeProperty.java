package org.kinetix4j.render.edit;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.ShapeTable;

/** The per-shape properties of the editor panel (spec kinetix.md §7.2, "shapes"). */
public enum ShapeProperty implements Property {
    /** 0 none, 1 green, 2 blue, 3 red. */
    ROLE("role", 0, 3, 1),
    /** Density, kg/m²; changes mass and inertia. */
    DENSITY("density", 0.1f, 5f, 0.1f),
    /** Friction coefficient. */
    FRICTION("friction", 0f, 1f, 0.02f),
    /** Restitution (bounciness). */
    RESTITUTION("restitution", 0f, 0.8f, 0.02f),
    /** Fixated: does not move (inverse mass 0). */
    FIXED("fixed", 0, 1, 1),
    /** Collision mode: 0 collides with nothing, 1 with everything, 2 only with the floor and walls. */
    COLLISION_MODE("collision mode", 0, 2, 1),
    /** Centre x, m. */
    X("x", 0f, 5f, 0.05f),
    /** Centre y, m. */
    Y("y", 0f, 5f, 0.05f),
    /** Rotation, degrees. */
    ROTATION("rotation deg", -360f, 360f, 5f),
    /** Circle radius, or a polygon's largest |vertex coordinate|, m. */
    SIZE("size", 0.05f, 1f, 0.05f);

    private final Range range;

    ShapeProperty(String label, float min, float max, float step) {
        this.range = new Range(label, min, max, step);
    }

    @Override
    public Range range() {
        return range;
    }

    @Override
    public boolean toggle() {
        return this == FIXED;
    }

    @Override
    public String format(float value) {
        return this == ROLE ? Role.of(Math.round(value)).name().toLowerCase(java.util.Locale.ROOT)
                : Property.super.format(value);
    }

    @Override
    public float get(BatchState state, EnvTables tables, int shape) {
        ShapeTable shapes = state.shapes;
        int row = shapes.row(0, shape);
        return switch (this) {
            case ROLE -> tables.role[tables.shapeRow(0, shape)];
            case DENSITY -> tables.density[tables.shapeRow(0, shape)];
            case FRICTION -> shapes.friction[row];
            case RESTITUTION -> shapes.restitution[row];
            case FIXED -> shapes.inverseMass[row] == 0f ? 1f : 0f;
            case COLLISION_MODE -> shapes.collisionMode[row];
            case X -> shapes.positionX[row];
            case Y -> shapes.positionY[row];
            case ROTATION -> (float) Math.toDegrees(shapes.rotation[row]);
            case SIZE -> size(state, shape);
        };
    }

    /** A circle's radius, or a polygon's largest |vertex coordinate| (Kinetix's polygon "size" slider). */
    static float size(BatchState state, int shape) {
        ShapeTable shapes = state.shapes;
        int row = shapes.row(0, shape);
        if (shape >= state.config.numPolygons()) {
            return shapes.radius[row];
        }
        float largest = 0f;
        for (int k = 0; k < shapes.nVertices[row]; k++) {
            int v = shapes.vertex(0, shape, k);
            largest = Math.max(largest, Math.max(Math.abs(shapes.vertexX[v]), Math.abs(shapes.vertexY[v])));
        }
        return largest;
    }

    @Override
    public void set(LevelEdit edit, int shape, float value) {
        if (this == ROLE) {
            edit.requireShape(shape);
        } else {
            edit.requireMovableShape(shape);
        }
        ShapeTable shapes = edit.shapes();
        int row = edit.shapeRow(shape);
        switch (this) {
            case ROLE -> edit.tables.role[edit.tables.shapeRow(0, shape)] = Math.round(value);
            case DENSITY -> {
                edit.tables.density[edit.tables.shapeRow(0, shape)] = value;
                edit.setMass(shape, edit.fixated(shape));
            }
            case FRICTION -> shapes.friction[row] = value;
            case RESTITUTION -> shapes.restitution[row] = value;
            case FIXED -> edit.setMass(shape, value != 0f);
            case COLLISION_MODE -> shapes.collisionMode[row] = Math.round(value);
            case X -> shapes.positionX[row] = value;
            case Y -> shapes.positionY[row] = value;
            case ROTATION -> shapes.rotation[row] = (float) Math.toRadians(value);
            case SIZE -> ResizeShape.scale(edit, shape, value / size(edit.state, shape));
        }
    }
}
