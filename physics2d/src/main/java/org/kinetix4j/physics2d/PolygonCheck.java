package org.kinetix4j.physics2d;

/** Validation of user-supplied polygons: the engine's routines assume 3–4 convex, clockwise vertices. */
final class PolygonCheck {
    private PolygonCheck() {
    }

    static void requireConvexClockwise(float[] vx, float[] vy) {
        if (vx.length != vy.length) {
            throw new IllegalArgumentException(
                    "vertexX has " + vx.length + " entries but vertexY has " + vy.length);
        }
        int n = vx.length;
        if (n < 3 || n > StaticConfig.VERTICES) {
            throw new IllegalArgumentException("a polygon needs 3 or 4 vertices, got " + n);
        }
        for (int k = 0; k < n; k++) {
            BodyOptions.requireFinite("vertexX[" + k + "]", vx[k]);
            BodyOptions.requireFinite("vertexY[" + k + "]", vy[k]);
        }
        for (int k = 0; k < n; k++) {
            int k1 = (k + 1) % n;
            int k2 = (k + 2) % n;
            double e1x = (double) vx[k1] - vx[k];
            double e1y = (double) vy[k1] - vy[k];
            double e2x = (double) vx[k2] - vx[k1];
            double e2y = (double) vy[k2] - vy[k1];
            double turn = e1x * e2y - e1y * e2x;
            if (!(turn < 0)) {
                throw new IllegalArgumentException("polygon vertices must be convex, clockwise and non-degenerate: "
                        + "the turn at vertex " + k1 + " (" + vx[k1] + ", " + vy[k1] + ") is "
                        + (turn == 0 ? "straight or a repeated point" : "counter-clockwise"));
            }
        }
    }
}
