package org.kinetix4j.physics2d;

/**
 * Collision detection for every candidate pair of one environment (Jax2D {@code collision.py}, spec §4),
 * written straight into the batch's manifold tables.
 *
 * <p>Each pair reads only its own cached manifold (warm-start inheritance, §4.2) before overwriting it, so the
 * tables serve as both the cache and this step's manifolds. Pairs with an inactive shape or incompatible collision
 * modes are zeroed without evaluating the geometry: the reference computes and then masks them to zero.
 */
final class CollisionDetection {
    /** SAT reference-face hysteresis (spec §4.5): b's face is used only if clearly better. */
    private static final float REFERENCE_FACE_EPSILON = 0.01f;
    private static final float FLOAT_PI = (float) Math.PI;
    /**
     * Bounding boxes further apart than this, m, cannot overlap under the reference's float32 arithmetic: its
     * rounding error on world coordinates (|x| ≲ 30: positions are clipped to ±15) is below 1e-5 m. A NaN bound
     * compares false and keeps the pair, so NaN states are evaluated exactly as the reference does.
     */
    static final float CULL_MARGIN = 1e-3f;

    private CollisionDetection() {
    }

    /** Port of {@code should_collide}: mode 2 hits everything, modes 1 and 2 hit each other, mode 0 only 2. */
    static boolean shouldCollide(int modeA, int modeB) {
        return modeA == 2 || modeB == 2 || modeA * modeB > 0;
    }

    /**
     * Caches, for every active shape, cos/sin of its rotation and its world bounding box, and for every active
     * polygon its world vertices and local edge data (cos/sin and edge data from {@link ShapeCache} when the
     * workspace has one and they are still current). Inactive shapes are never read by a later stage of the
     * step except as thruster parents, which evaluate their own trigonometry.
     */
    static void prepare(BatchState state, int env, StepWorkspace ws) {
        ShapeTable shapes = state.shapes;
        int base = shapes.row(env, 0);
        int polygons = state.config.numPolygons();
        for (int shape = 0; shape < shapes.capacity; shape++) {
            int row = base + shape;
            if (!shapes.active[row]) {
                continue;
            }
            float rotation = shapes.rotation[row];
            if (ws.cache != null) {
                ws.cache.rotation(env, shape, rotation, ws);
            } else {
                ws.cos[shape] = Maths.cos(rotation);
                ws.sin[shape] = Maths.sin(rotation);
            }
            if (shape < polygons) {
                preparePolygon(shapes, ws, row, shape);
                if (ws.cache == null || !ws.cache.loadEdges(env, shape, shapes, row, ws)) {
                    polygonEdges(shapes, ws, row, shape);
                    if (ws.cache != null) {
                        ws.cache.storeEdges(env, shape, shapes, row, ws);
                    }
                }
            } else {
                float r = shapes.radius[row];
                ws.boundsMinX[shape] = shapes.positionX[row] - r;
                ws.boundsMaxX[shape] = shapes.positionX[row] + r;
                ws.boundsMinY[shape] = shapes.positionY[row] - r;
                ws.boundsMaxY[shape] = shapes.positionY[row] + r;
            }
        }
    }

    private static void preparePolygon(ShapeTable shapes, StepWorkspace ws, int row, int shape) {
        float c = ws.cos[shape];
        float s = ws.sin[shape];
        int n = shapes.nVertices[row];
        float minX = Float.POSITIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        int v0 = row * StaticConfig.VERTICES;
        int w0 = shape * StaticConfig.VERTICES;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            float lx = shapes.vertexX[v0 + k];
            float ly = shapes.vertexY[v0 + k];
            float wx = c * lx + -s * ly + shapes.positionX[row];
            float wy = s * lx + c * ly + shapes.positionY[row];
            ws.worldVertexX[w0 + k] = wx;
            ws.worldVertexY[w0 + k] = wy;
            if (k < n) {
                minX = minLoose(minX, wx);
                minY = minLoose(minY, wy);
                maxX = maxLoose(maxX, wx);
                maxY = maxLoose(maxY, wy);
            }
        }
        ws.boundsMinX[shape] = minX;
        ws.boundsMinY[shape] = minY;
        ws.boundsMaxX[shape] = maxX;
        ws.boundsMaxY[shape] = maxY;
    }

    /**
     * Polygon {@code shape}'s local edges: their lengths, unit directions edge / |edge| (circle–polygon) and
     * normals rot_left(edge) / |edge|, the edge turned 90° counter-clockwise (polygon–polygon).
     */
    private static void polygonEdges(ShapeTable shapes, StepWorkspace ws, int row, int shape) {
        int n = shapes.nVertices[row];
        int v0 = row * StaticConfig.VERTICES;
        int w0 = shape * StaticConfig.VERTICES;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            int next = nextVertex(n, k);
            float dx = shapes.vertexX[v0 + next] - shapes.vertexX[v0 + k];
            float dy = shapes.vertexY[v0 + next] - shapes.vertexY[v0 + k];
            float length = Maths.length(dx, dy);
            float divisor = Maths.nz(length);
            ws.edgeLength[w0 + k] = length;
            ws.edgeUnitX[w0 + k] = dx / divisor;
            ws.edgeUnitY[w0 + k] = dy / divisor;
            ws.edgeNormalX[w0 + k] = (Maths.COS_HALF_PI * dx + -Maths.SIN_HALF_PI * dy) / divisor;
            ws.edgeNormalY[w0 + k] = (Maths.SIN_HALF_PI * dx + Maths.COS_HALF_PI * dy) / divisor;
        }
    }

    /**
     * {@link Math#min} for values whose sign of zero never reaches a result (the culling bounds, which only meet
     * comparisons, and the SAT projections, which only meet comparisons or a non-zero offset): one comparison
     * instead of the intrinsic's longer sequence. A NaN operand still gives NaN (see {@link #CULL_MARGIN}).
     */
    private static float minLoose(float a, float b) {
        return a < b || a != a ? a : b;
    }

    /** {@link Math#max} under the conditions of {@link #minLoose}. */
    private static float maxLoose(float a, float b) {
        return a > b || a != a ? a : b;
    }

    /** Detects every pair of environment {@code env} and records the active ones in the workspace. */
    static void detectAll(BatchState state, int env, StepWorkspace ws, boolean inherit) {
        PairTables pairs = state.pairs;
        int[] active = ws.activePairs[ContactGroup.POLY_POLY.ordinal()];
        int count = 0;
        for (int pair = 0; pair < pairs.polyPolyA.length; pair++) {
            if (polyPoly(state, env, ws, pair, inherit)) {
                active[count++] = pair;
            }
        }
        ws.activeCount[ContactGroup.POLY_POLY.ordinal()] = count;
        ManifoldTable cp = state.circlePolyManifolds;
        active = ws.activePairs[ContactGroup.CIRCLE_POLY.ordinal()];
        count = 0;
        for (int pair = 0; pair < pairs.circlePolyA.length; pair++) {
            if (circlePoly(state, env, ws, pair, cp.row(env, pair), inherit)) {
                active[count++] = pair;
            }
        }
        ws.activeCount[ContactGroup.CIRCLE_POLY.ordinal()] = count;
        ManifoldTable cc = state.circleCircleManifolds;
        active = ws.activePairs[ContactGroup.CIRCLE_CIRCLE.ordinal()];
        count = 0;
        for (int pair = 0; pair < pairs.circleCircleA.length; pair++) {
            if (circleCircle(state, env, ws, pair, cc.row(env, pair), inherit)) {
                active[count++] = pair;
            }
        }
        ws.activeCount[ContactGroup.CIRCLE_CIRCLE.ordinal()] = count;
    }

    /**
     * Whether the pair can produce an active manifold: both shapes active, compatible collision modes, and world
     * bounding boxes closer than {@link #CULL_MARGIN}. A pair culled here is one the reference evaluates and
     * finds separated, so its manifold is zero either way.
     */
    private static boolean candidates(ShapeTable shapes, StepWorkspace ws, int base, int shapeA, int shapeB) {
        int a = base + shapeA;
        int b = base + shapeB;
        if (!shapes.active[a] || !shapes.active[b]
                || !shouldCollide(shapes.collisionMode[a], shapes.collisionMode[b])) {
            return false;
        }
        boolean separated = ws.boundsMinX[shapeA] > ws.boundsMaxX[shapeB] + CULL_MARGIN
                || ws.boundsMinX[shapeB] > ws.boundsMaxX[shapeA] + CULL_MARGIN
                || ws.boundsMinY[shapeA] > ws.boundsMaxY[shapeB] + CULL_MARGIN
                || ws.boundsMinY[shapeB] > ws.boundsMaxY[shapeA] + CULL_MARGIN;
        return !separated;
    }

    /** Port of {@code generate_manifold_circle_circle}; returns whether the contact is active. */
    static boolean circleCircle(BatchState state, int env, StepWorkspace ws, int pair, int point,
            boolean inherit) {
        ShapeTable shapes = state.shapes;
        ManifoldTable m = state.circleCircleManifolds;
        int base = shapes.row(env, 0);
        int a = base + state.pairs.circleCircleA[pair];
        int b = base + state.pairs.circleCircleB[pair];
        if (!candidates(shapes, ws, base, state.pairs.circleCircleA[pair], state.pairs.circleCircleB[pair])) {
            clear(m, point);
            return false;
        }
        float dx = shapes.positionX[b] - shapes.positionX[a];
        float dy = shapes.positionY[b] - shapes.positionY[a];
        float dist = Maths.length(dx, dy);
        float r = shapes.radius[a] + shapes.radius[b];
        if (!(dist < r)) {
            clear(m, point);
            return false;
        }
        float nx = dx / Maths.nz(dist);
        float ny = dy / Maths.nz(dist);
        float cpx = shapes.positionX[a] + nx * shapes.radius[a];
        float cpy = shapes.positionY[a] + ny * shapes.radius[a];
        write(shapes, m, point, a, b, nx, ny, r - dist, cpx, cpy, true, inherit);
        return true;
    }

    /** Port of {@code generate_manifold_circle_polygon} (a = circle, b = polygon). */
    static boolean circlePoly(BatchState state, int env, StepWorkspace ws, int pair, int point, boolean inherit) {
        ShapeTable shapes = state.shapes;
        ManifoldTable m = state.circlePolyManifolds;
        int polygon = state.pairs.circlePolyB[pair];
        int base = shapes.row(env, 0);
        int a = base + state.pairs.circlePolyA[pair];
        int b = base + polygon;
        if (!candidates(shapes, ws, base, state.pairs.circlePolyA[pair], polygon)) {
            clear(m, point);
            return false;
        }
        float c = ws.cos[polygon];
        float s = ws.sin[polygon];
        float dx = shapes.positionX[a] - shapes.positionX[b];
        float dy = shapes.positionY[a] - shapes.positionY[b];
        float qx = c * dx + s * dy;
        float qy = -s * dx + c * dy;
        int n = shapes.nVertices[b];
        int v0 = b * StaticConfig.VERTICES;
        int w0 = polygon * StaticConfig.VERTICES;
        boolean inside = true;
        float bestDist = Float.POSITIVE_INFINITY;
        float closestX = 0f;
        float closestY = 0f;
        float maxDist = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < StaticConfig.VERTICES; i++) {
            int next = (i == n - 1 || i == StaticConfig.VERTICES - 1) ? 0 : i + 1;
            float ax = shapes.vertexX[v0 + i];
            float ay = shapes.vertexY[v0 + i];
            float bx = shapes.vertexX[v0 + next];
            float by = shapes.vertexY[v0 + next];
            float side = (ax - qx) * (by - qy) - (ay - qy) * (bx - qx);
            float norm = ws.edgeLength[w0 + i];
            float ux = ws.edgeUnitX[w0 + i];
            float uy = ws.edgeUnitY[w0 + i];
            float along = Maths.clip(ux * (qx - ax) + uy * (qy - ay), 0f, norm);
            float px = ax + along * ux;
            float py = ay + along * uy;
            float dist = Maths.length(px - qx, py - qy);
            if (i == 3 && n == 3) {
                // Edge 3 of a triangle is junk: the reference replaces its distance by max + 1 so it never wins.
                dist = maxDist + 1f;
            } else {
                inside &= side < 0f;
                maxDist = Math.max(maxDist, dist);
            }
            if (dist < bestDist) {
                bestDist = dist;
                closestX = px;
                closestY = py;
            }
        }
        float wx = qx - closestX;
        float wy = qy - closestY;
        float d = Maths.length(wx, wy);
        float r = shapes.radius[a];
        if (!(d <= r || inside)) {
            clear(m, point);
            return false;
        }
        float flip = inside ? -1f : 1f;
        float worldX = (c * wx + -s * wy) * flip;
        float worldY = (s * wx + c * wy) * flip;
        float len = Maths.length(worldX, worldY);
        float nx = -worldX / Maths.nz(len);
        float ny = -worldY / Maths.nz(len);
        float cpx = c * closestX + -s * closestY + shapes.positionX[b];
        float cpy = s * closestX + c * closestY + shapes.positionY[b];
        write(shapes, m, point, a, b, nx, ny, inside ? r : r - d, cpx, cpy, true, inherit);
        return true;
    }

    /** Port of {@code generate_manifolds_polygon_polygon}: two contact points per pair. */
    static boolean polyPoly(BatchState state, int env, StepWorkspace ws, int pair, boolean inherit) {
        ShapeTable shapes = state.shapes;
        ManifoldTable m = state.polyPolyManifolds;
        int polyA = state.pairs.polyPolyA[pair];
        int polyB = state.pairs.polyPolyB[pair];
        int a = shapes.row(env, polyA);
        int b = shapes.row(env, polyB);
        int point0 = m.row(env, 2 * pair);
        int point1 = point0 + 1;
        if (!candidates(shapes, ws, shapes.row(env, 0), polyA, polyB)) {
            clear(m, point0);
            clear(m, point1);
            return false;
        }
        findAxis(shapes, ws, env, polyA, polyB);
        float sepA = ws.axisSeparation;
        if (!(sepA < 0f)) {
            // max(sepA, sepB) >= sepA >= 0: no overlap whatever b's axes say.
            clear(m, point0);
            clear(m, point1);
            return false;
        }
        int faceA = ws.axisFace;
        int incA0 = ws.axisIncident0;
        int incA1 = ws.axisIncident1;
        findAxis(shapes, ws, env, polyB, polyA);
        float sepB = ws.axisSeparation;
        float mostSep = Math.max(sepA, sepB);
        if (!(mostSep < 0f)) {
            clear(m, point0);
            clear(m, point1);
            return false;
        }
        boolean useB = sepA + REFERENCE_FACE_EPSILON < sepB;
        int refPoly = useB ? polyB : polyA;
        int face = (useB ? ws.axisFace : faceA) & 3;
        int refN = shapes.nVertices[useB ? b : a];
        int incPoly = useB ? polyA : polyB;
        int inc0 = useB ? ws.axisIncident0 : incA0;
        int inc1 = useB ? ws.axisIncident1 : incA1;
        int r0 = refPoly * StaticConfig.VERTICES + face;
        int r1 = refPoly * StaticConfig.VERTICES + (face + 1) % refN;
        float ref0x = ws.worldVertexX[r0];
        float ref0y = ws.worldVertexY[r0];
        float ex = ref0x - ws.worldVertexX[r1];
        float ey = ref0y - ws.worldVertexY[r1];
        // The reference's frame angle: π + atan2 with the arguments swapped (x first).
        float angle = FLOAT_PI + Maths.atan2(ex, ey);
        float c = Maths.cos(angle);
        float s = Maths.sin(angle);
        float length = Maths.length(ex, ey);
        int i0 = incPoly * StaticConfig.VERTICES + inc0;
        int i1 = incPoly * StaticConfig.VERTICES + inc1;
        float d0x = ws.worldVertexX[i0] - ref0x;
        float d0y = ws.worldVertexY[i0] - ref0y;
        float d1x = ws.worldVertexX[i1] - ref0x;
        float d1y = ws.worldVertexY[i1] - ref0y;
        float p0x = Maths.clip(c * d0x + -s * d0y, -99999f, 999999f);
        float p0y = Maths.clip(s * d0x + c * d0y, 0f, length);
        float p1x = Maths.clip(c * d1x + -s * d1y, -99999f, 999999f);
        float p1y = Maths.clip(s * d1x + c * d1y, 0f, length);
        boolean firstDeeper = p0x >= p1x;
        boolean bothIn = Math.min(p0x, p1x) > 0f;
        float q0x = firstDeeper ? p0x : p1x;
        float q0y = firstDeeper ? p0y : p1y;
        float q1x = firstDeeper ? p1x : p0x;
        float q1y = firstDeeper ? p1y : p0y;
        float cp0x = c * q0x + s * q0y + ref0x;
        float cp0y = -s * q0x + c * q0y + ref0y;
        float cp1x = c * q1x + s * q1y + ref0x;
        float cp1y = -s * q1x + c * q1y + ref0y;
        // Normal a → b: a's face normal, or minus b's when b holds the reference face.
        float nLocalX = ws.edgeNormalX[refPoly * StaticConfig.VERTICES + face];
        float nLocalY = ws.edgeNormalY[refPoly * StaticConfig.VERTICES + face];
        float rc = ws.cos[refPoly];
        float rs = ws.sin[refPoly];
        float nx = rc * nLocalX + -rs * nLocalY;
        float ny = rs * nLocalX + rc * nLocalY;
        if (useB) {
            nx = -nx;
            ny = -ny;
        }
        write(shapes, m, point0, a, b, nx, ny, -mostSep, cp0x, cp0y, true, inherit);
        if (bothIn) {
            write(shapes, m, point1, a, b, nx, ny, -mostSep, cp1x, cp1y, true, inherit);
        } else {
            clear(m, point1);
        }
        return true;
    }

    /**
     * Port of {@code find_axis_of_least_penetration(A, B)}: the face of A with the largest separation of B, and
     * the indices of B's two vertices deepest along it (stable: ties keep index order). Results go into the
     * workspace's axis fields.
     */
    static void findAxis(ShapeTable shapes, StepWorkspace ws, int env, int polyA, int polyB) {
        int rowA = shapes.row(env, polyA);
        int rowB = shapes.row(env, polyB);
        int nA = shapes.nVertices[rowA];
        int nB = shapes.nVertices[rowB];
        float ca = ws.cos[polyA];
        float sa = ws.sin[polyA];
        float posAX = shapes.positionX[rowA];
        float posAY = shapes.positionY[rowA];
        int va = rowA * StaticConfig.VERTICES;
        int wb = polyB * StaticConfig.VERTICES;
        float bl0x = 0f;
        float bl0y = 0f;
        float bl1x = 0f;
        float bl1y = 0f;
        float bl2x = 0f;
        float bl2y = 0f;
        float bl3x = 0f;
        float bl3y = 0f;
        for (int k = 0; k < StaticConfig.VERTICES; k++) {
            float dx = ws.worldVertexX[wb + k] - posAX;
            float dy = ws.worldVertexY[wb + k] - posAY;
            float lx = ca * dx + sa * dy;
            float ly = -sa * dx + ca * dy;
            switch (k) {
                case 0 -> { bl0x = lx; bl0y = ly; }
                case 1 -> { bl1x = lx; bl1y = ly; }
                case 2 -> { bl2x = lx; bl2y = ly; }
                default -> { bl3x = lx; bl3y = ly; }
            }
        }
        float best = -99999f;
        int bestFace = -1;
        int bestInc0 = 0;
        int bestInc1 = 0;
        float[] pa = ws.projA;
        float[] pb = ws.projB;
        for (int i = 0; i < nA; i++) {
            float nx = ws.edgeNormalX[polyA * StaticConfig.VERTICES + i];
            float ny = ws.edgeNormalY[polyA * StaticConfig.VERTICES + i];
            for (int k = 0; k < StaticConfig.VERTICES; k++) {
                pa[k] = nx * shapes.vertexX[va + k] + ny * shapes.vertexY[va + k];
            }
            pb[0] = nx * bl0x + ny * bl0y;
            pb[1] = nx * bl1x + ny * bl1y;
            pb[2] = nx * bl2x + ny * bl2y;
            pb[3] = nx * bl3x + ny * bl3y;
            // Triangle padding: push the junk 4th projection out of the min/max.
            if (nA == 3) {
                pa[3] = minLoose(minLoose(pa[0], pa[1]), pa[2]) - 1f;
            }
            if (nB == 3) {
                pb[3] = maxLoose(maxLoose(pb[0], pb[1]), pb[2]) + 1f;
            }
            // A zero separation is no contact whatever its sign: the loose min/max are exact here.
            float minB = minLoose(minLoose(pb[0], pb[1]), minLoose(pb[2], pb[3]));
            float maxA = maxLoose(maxLoose(pa[0], pa[1]), maxLoose(pa[2], pa[3]));
            float separation = minB - maxA;
            if (separation > best) {
                best = separation;
                bestFace = i;
                int first = 0;
                for (int k = 1; k < StaticConfig.VERTICES; k++) {
                    if (pb[k] < pb[first]) {
                        first = k;
                    }
                }
                int second = -1;
                for (int k = 0; k < StaticConfig.VERTICES; k++) {
                    if (k != first && (second < 0 || pb[k] < pb[second])) {
                        second = k;
                    }
                }
                bestInc0 = first;
                bestInc1 = second;
            }
        }
        ws.axisSeparation = best;
        ws.axisFace = bestFace;
        ws.axisIncident0 = bestInc0;
        ws.axisIncident1 = bestInc1;
    }

    /** The reference's "next vertex": i + 1, wrapping at 4, and edge n − 1 always closes to vertex 0. */
    static int nextVertex(int nVertices, int i) {
        return (i == nVertices - 1 || i == StaticConfig.VERTICES - 1) ? 0 : i + 1;
    }

    private static void write(ShapeTable shapes, ManifoldTable m, int point, int a, int b, float nx, float ny,
            float penetration, float cpx, float cpy, boolean active, boolean inherit) {
        boolean keep = inherit && m.active[point] && active;
        m.accImpulseNormal[point] = keep ? m.accImpulseNormal[point] : 0f;
        m.accImpulseTangent[point] = keep ? m.accImpulseTangent[point] : 0f;
        m.normalX[point] = nx;
        m.normalY[point] = ny;
        m.penetration[point] = penetration;
        m.collisionPointX[point] = cpx;
        m.collisionPointY[point] = cpy;
        m.active[point] = active;
        float vn = relativeNormalVelocity(shapes, a, b, cpx, cpy, nx, ny);
        m.restitutionVelocityTarget[point] = vn * Math.min(shapes.restitution[a], shapes.restitution[b]);
    }

    /** Port of {@code _calc_relative_velocity}: (v_b + ω_b ⊗ (cp − x_b) − v_a − ω_a ⊗ (cp − x_a)) · n. */
    static float relativeNormalVelocity(ShapeTable shapes, int a, int b, float cpx, float cpy, float nx,
            float ny) {
        float r1x = cpx - shapes.positionX[a];
        float r1y = cpy - shapes.positionY[a];
        float r2x = cpx - shapes.positionX[b];
        float r2y = cpy - shapes.positionY[b];
        float avx = shapes.velocityX[a] + -shapes.angularVelocity[a] * r1y;
        float avy = shapes.velocityY[a] + shapes.angularVelocity[a] * r1x;
        float bvx = shapes.velocityX[b] + -shapes.angularVelocity[b] * r2y;
        float bvy = shapes.velocityY[b] + shapes.angularVelocity[b] * r2x;
        return (bvx - avx) * nx + (bvy - avy) * ny;
    }

    static void clear(ManifoldTable m, int point) {
        m.normalX[point] = 0f;
        m.normalY[point] = 0f;
        m.penetration[point] = 0f;
        m.collisionPointX[point] = 0f;
        m.collisionPointY[point] = 0f;
        m.active[point] = false;
        m.accImpulseNormal[point] = 0f;
        m.accImpulseTangent[point] = 0f;
        m.restitutionVelocityTarget[point] = 0f;
    }
}
