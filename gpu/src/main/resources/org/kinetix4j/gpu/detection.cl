/*
 * Collision detection (physics2d CollisionDetection; Jax2D collision.py, spec section 4), for one environment,
 * written straight into the manifold tables: each pair reads only its own cached manifold (warm-start
 * inheritance) before overwriting it.
 */

#define REFERENCE_FACE_EPSILON 0.01f
#define FLOAT_PI 0x1.921fb6p1f
/* CollisionDetection.CULL_MARGIN: bounding boxes further apart cannot touch under float32 rounding. */
#define CULL_MARGIN 1e-3f
/* Maths.COS_HALF_PI / SIN_HALF_PI: float32 cos and sin of float32(pi/2), the rot_left skew. */
#define COS_HALF_PI (-0x1.777a5cp-25f)
#define SIN_HALF_PI 1.0f

FUNC int shouldCollide(int modeA, int modeB) {
    return modeA == 2 || modeB == 2 || modeA * modeB > 0;
}

/* The reference's "next vertex": i + 1, wrapping at 4; edge n - 1 always closes to vertex 0. */
FUNC int nextVertex(int nVertices, int i) {
    return (i == nVertices - 1 || i == VERTICES - 1) ? 0 : i + 1;
}

FUNC void preparePolygon(State *st, Workspace *ws, int row, int shape) {
    float c = ws->cos[shape];
    float s = ws->sin[shape];
    int n = st->nVertices[row];
    float minX = INFINITY;
    float minY = INFINITY;
    float maxX = -INFINITY;
    float maxY = -INFINITY;
    int v0 = row * VERTICES;
    int w0 = shape * VERTICES;
    for (int k = 0; k < VERTICES; k++) {
        float lx = st->vertexX[v0 + k];
        float ly = st->vertexY[v0 + k];
        float wx = c * lx + -s * ly + st->positionX[row];
        float wy = s * lx + c * ly + st->positionY[row];
        ws->worldVertexX[w0 + k] = wx;
        ws->worldVertexY[w0 + k] = wy;
        if (k < n) {
            minX = jmin(minX, wx);
            minY = jmin(minY, wy);
            maxX = jmax(maxX, wx);
            maxY = jmax(maxY, wy);
        }
        int next = nextVertex(n, k);
        float dx = st->vertexX[v0 + next] - lx;
        float dy = st->vertexY[v0 + next] - ly;
        float length = nz(flength(dx, dy));
        ws->edgeNormalX[w0 + k] = (COS_HALF_PI * dx + -SIN_HALF_PI * dy) / length;
        ws->edgeNormalY[w0 + k] = (SIN_HALF_PI * dx + COS_HALF_PI * dy) / length;
    }
    ws->boundsMinX[shape] = minX;
    ws->boundsMinY[shape] = minY;
    ws->boundsMaxX[shape] = maxX;
    ws->boundsMaxY[shape] = maxY;
}

/* CollisionDetection.prepare: cos/sin, bounds, world vertices and edge normals of every active shape. */
FUNC void prepareShapes(State *st, int env, Workspace *ws) {
    int base = env * NUM_SHAPES;
    for (int shape = 0; shape < NUM_SHAPES; shape++) {
        int row = base + shape;
        if (!st->shapeActive[row]) {
            continue;
        }
        float rotation = st->rotation[row];
        ws->cos[shape] = fcos(rotation);
        ws->sin[shape] = fsin(rotation);
        if (shape < NUM_POLYGONS) {
            preparePolygon(st, ws, row, shape);
        } else {
            float r = st->radius[row];
            ws->boundsMinX[shape] = st->positionX[row] - r;
            ws->boundsMaxX[shape] = st->positionX[row] + r;
            ws->boundsMinY[shape] = st->positionY[row] - r;
            ws->boundsMaxY[shape] = st->positionY[row] + r;
        }
    }
}

FUNC int isCandidate(State *st, Workspace *ws, int base, int shapeA, int shapeB) {
    int a = base + shapeA;
    int b = base + shapeB;
    if (!st->shapeActive[a] || !st->shapeActive[b]
            || !shouldCollide(st->collisionMode[a], st->collisionMode[b])) {
        return 0;
    }
    int separated = ws->boundsMinX[shapeA] > ws->boundsMaxX[shapeB] + CULL_MARGIN
            || ws->boundsMinX[shapeB] > ws->boundsMaxX[shapeA] + CULL_MARGIN
            || ws->boundsMinY[shapeA] > ws->boundsMaxY[shapeB] + CULL_MARGIN
            || ws->boundsMinY[shapeB] > ws->boundsMaxY[shapeA] + CULL_MARGIN;
    return !separated;
}

FUNC void clearPoint(Manifolds *m, int point) {
    m->normalX[point] = 0.0f;
    m->normalY[point] = 0.0f;
    m->penetration[point] = 0.0f;
    m->collisionPointX[point] = 0.0f;
    m->collisionPointY[point] = 0.0f;
    m->active[point] = 0;
    m->accImpulseNormal[point] = 0.0f;
    m->accImpulseTangent[point] = 0.0f;
    m->restitutionVelocityTarget[point] = 0.0f;
}

/* _calc_relative_velocity: (v_b + w_b x (cp - x_b) - v_a - w_a x (cp - x_a)) . n; a, b are shape rows. */
FUNC float relativeNormalVelocity(State *st, int a, int b, float cpx, float cpy, float nx, float ny) {
    float r1x = cpx - st->positionX[a];
    float r1y = cpy - st->positionY[a];
    float r2x = cpx - st->positionX[b];
    float r2y = cpy - st->positionY[b];
    float avx = st->velocityX[a] + -st->angularVelocity[a] * r1y;
    float avy = st->velocityY[a] + st->angularVelocity[a] * r1x;
    float bvx = st->velocityX[b] + -st->angularVelocity[b] * r2y;
    float bvy = st->velocityY[b] + st->angularVelocity[b] * r2x;
    return (bvx - avx) * nx + (bvy - avy) * ny;
}

FUNC void writePoint(State *st, Manifolds *m, int point, int a, int b, float nx, float ny, float penetration,
        float cpx, float cpy) {
    int keep = DO_WARM_STARTING && m->active[point];
    m->accImpulseNormal[point] = keep ? m->accImpulseNormal[point] : 0.0f;
    m->accImpulseTangent[point] = keep ? m->accImpulseTangent[point] : 0.0f;
    m->normalX[point] = nx;
    m->normalY[point] = ny;
    m->penetration[point] = penetration;
    m->collisionPointX[point] = cpx;
    m->collisionPointY[point] = cpy;
    m->active[point] = 1;
    float vn = relativeNormalVelocity(st, a, b, cpx, cpy, nx, ny);
    m->restitutionVelocityTarget[point] = vn * jmin(st->restitution[a], st->restitution[b]);
}

/* generate_manifold_circle_circle; returns whether the contact is active. */
FUNC int detectCircleCircle(State *st, int env, Workspace *ws, int pair) {
    Manifolds *m = &st->manifolds[GROUP_CIRCLE_CIRCLE];
    int point = env * m->pointsPerEnv + pair;
    int base = env * NUM_SHAPES;
    int shapeA = st->pairFirst[GROUP_CIRCLE_CIRCLE][pair];
    int shapeB = st->pairSecond[GROUP_CIRCLE_CIRCLE][pair];
    int a = base + shapeA;
    int b = base + shapeB;
    if (!isCandidate(st, ws, base, shapeA, shapeB)) {
        clearPoint(m, point);
        return 0;
    }
    float dx = st->positionX[b] - st->positionX[a];
    float dy = st->positionY[b] - st->positionY[a];
    float dist = flength(dx, dy);
    float r = st->radius[a] + st->radius[b];
    if (!(dist < r)) {
        clearPoint(m, point);
        return 0;
    }
    float nx = dx / nz(dist);
    float ny = dy / nz(dist);
    float cpx = st->positionX[a] + nx * st->radius[a];
    float cpy = st->positionY[a] + ny * st->radius[a];
    writePoint(st, m, point, a, b, nx, ny, r - dist, cpx, cpy);
    return 1;
}

/* generate_manifold_circle_polygon (a = circle, b = polygon). */
FUNC int detectCirclePoly(State *st, int env, Workspace *ws, int pair) {
    Manifolds *m = &st->manifolds[GROUP_CIRCLE_POLY];
    int point = env * m->pointsPerEnv + pair;
    int base = env * NUM_SHAPES;
    int circle = st->pairFirst[GROUP_CIRCLE_POLY][pair];
    int polygon = st->pairSecond[GROUP_CIRCLE_POLY][pair];
    int a = base + circle;
    int b = base + polygon;
    if (!isCandidate(st, ws, base, circle, polygon)) {
        clearPoint(m, point);
        return 0;
    }
    float c = ws->cos[polygon];
    float s = ws->sin[polygon];
    float dx = st->positionX[a] - st->positionX[b];
    float dy = st->positionY[a] - st->positionY[b];
    float qx = c * dx + s * dy;
    float qy = -s * dx + c * dy;
    int n = st->nVertices[b];
    int v0 = b * VERTICES;
    int inside = 1;
    float bestDist = INFINITY;
    float closestX = 0.0f;
    float closestY = 0.0f;
    float maxDist = -INFINITY;
    for (int i = 0; i < VERTICES; i++) {
        int next = nextVertex(n, i);
        float ax = st->vertexX[v0 + i];
        float ay = st->vertexY[v0 + i];
        float bx = st->vertexX[v0 + next];
        float by = st->vertexY[v0 + next];
        float side = (ax - qx) * (by - qy) - (ay - qy) * (bx - qx);
        float ex = bx - ax;
        float ey = by - ay;
        float norm = flength(ex, ey);
        float ux = ex / nz(norm);
        float uy = ey / nz(norm);
        float along = clip(ux * (qx - ax) + uy * (qy - ay), 0.0f, norm);
        float px = ax + along * ux;
        float py = ay + along * uy;
        float dist = flength(px - qx, py - qy);
        if (i == 3 && n == 3) {
            /* Edge 3 of a triangle is junk: the reference replaces its distance by max + 1. */
            dist = maxDist + 1.0f;
        } else {
            inside &= side < 0.0f;
            maxDist = jmax(maxDist, dist);
        }
        if (dist < bestDist) {
            bestDist = dist;
            closestX = px;
            closestY = py;
        }
    }
    float wx = qx - closestX;
    float wy = qy - closestY;
    float d = flength(wx, wy);
    float r = st->radius[a];
    if (!(d <= r || inside)) {
        clearPoint(m, point);
        return 0;
    }
    float flip = inside ? -1.0f : 1.0f;
    float worldX = (c * wx + -s * wy) * flip;
    float worldY = (s * wx + c * wy) * flip;
    float len = flength(worldX, worldY);
    float nx = -worldX / nz(len);
    float ny = -worldY / nz(len);
    float cpx = c * closestX + -s * closestY + st->positionX[b];
    float cpy = s * closestX + c * closestY + st->positionY[b];
    writePoint(st, m, point, a, b, nx, ny, inside ? r : r - d, cpx, cpy);
    return 1;
}

/*
 * find_axis_of_least_penetration(A, B): the face of A with the largest separation of B, and the indices of B's
 * two vertices deepest along it (ties keep index order); results in the workspace's axis fields.
 */
FUNC void findAxis(State *st, Workspace *ws, int env, int polyA, int polyB) {
    int rowA = env * NUM_SHAPES + polyA;
    int rowB = env * NUM_SHAPES + polyB;
    int nA = st->nVertices[rowA];
    int nB = st->nVertices[rowB];
    float ca = ws->cos[polyA];
    float sa = ws->sin[polyA];
    float posAX = st->positionX[rowA];
    float posAY = st->positionY[rowA];
    int va = rowA * VERTICES;
    int wb = polyB * VERTICES;
    float blx[VERTICES];
    float bly[VERTICES];
    for (int k = 0; k < VERTICES; k++) {
        float dx = ws->worldVertexX[wb + k] - posAX;
        float dy = ws->worldVertexY[wb + k] - posAY;
        blx[k] = ca * dx + sa * dy;
        bly[k] = -sa * dx + ca * dy;
    }
    float best = -99999.0f;
    int bestFace = -1;
    int bestInc0 = 0;
    int bestInc1 = 0;
    float pa[VERTICES];
    float pb[VERTICES];
    for (int i = 0; i < nA; i++) {
        float nx = ws->edgeNormalX[polyA * VERTICES + i];
        float ny = ws->edgeNormalY[polyA * VERTICES + i];
        for (int k = 0; k < VERTICES; k++) {
            pa[k] = nx * st->vertexX[va + k] + ny * st->vertexY[va + k];
            pb[k] = nx * blx[k] + ny * bly[k];
        }
        /* Triangle padding: push the junk 4th projection out of the min/max. */
        if (nA == 3) {
            pa[3] = jmin(jmin(pa[0], pa[1]), pa[2]) - 1.0f;
        }
        if (nB == 3) {
            pb[3] = jmax(jmax(pb[0], pb[1]), pb[2]) + 1.0f;
        }
        float minB = jmin(jmin(pb[0], pb[1]), jmin(pb[2], pb[3]));
        float maxA = jmax(jmax(pa[0], pa[1]), jmax(pa[2], pa[3]));
        float separation = minB - maxA;
        if (separation > best) {
            best = separation;
            bestFace = i;
            int first = 0;
            for (int k = 1; k < VERTICES; k++) {
                if (pb[k] < pb[first]) {
                    first = k;
                }
            }
            int second = -1;
            for (int k = 0; k < VERTICES; k++) {
                if (k != first && (second < 0 || pb[k] < pb[second])) {
                    second = k;
                }
            }
            bestInc0 = first;
            bestInc1 = second;
        }
    }
    ws->axisSeparation = best;
    ws->axisFace = bestFace;
    ws->axisIncident0 = bestInc0;
    ws->axisIncident1 = bestInc1;
}

/* generate_manifolds_polygon_polygon: two contact points per pair. */
FUNC int detectPolyPoly(State *st, int env, Workspace *ws, int pair) {
    Manifolds *m = &st->manifolds[GROUP_POLY_POLY];
    int polyA = st->pairFirst[GROUP_POLY_POLY][pair];
    int polyB = st->pairSecond[GROUP_POLY_POLY][pair];
    int a = env * NUM_SHAPES + polyA;
    int b = env * NUM_SHAPES + polyB;
    int point0 = env * m->pointsPerEnv + 2 * pair;
    int point1 = point0 + 1;
    if (!isCandidate(st, ws, env * NUM_SHAPES, polyA, polyB)) {
        clearPoint(m, point0);
        clearPoint(m, point1);
        return 0;
    }
    findAxis(st, ws, env, polyA, polyB);
    float sepA = ws->axisSeparation;
    if (!(sepA < 0.0f)) {
        clearPoint(m, point0);
        clearPoint(m, point1);
        return 0;
    }
    int faceA = ws->axisFace;
    int incA0 = ws->axisIncident0;
    int incA1 = ws->axisIncident1;
    findAxis(st, ws, env, polyB, polyA);
    float sepB = ws->axisSeparation;
    float mostSep = jmax(sepA, sepB);
    if (!(mostSep < 0.0f)) {
        clearPoint(m, point0);
        clearPoint(m, point1);
        return 0;
    }
    int useB = sepA + REFERENCE_FACE_EPSILON < sepB;
    int refPoly = useB ? polyB : polyA;
    int face = (useB ? ws->axisFace : faceA) & 3;
    int refN = st->nVertices[useB ? b : a];
    int incPoly = useB ? polyA : polyB;
    int inc0 = useB ? ws->axisIncident0 : incA0;
    int inc1 = useB ? ws->axisIncident1 : incA1;
    int r0 = refPoly * VERTICES + face;
    int r1 = refPoly * VERTICES + (face + 1) % refN;
    float ref0x = ws->worldVertexX[r0];
    float ref0y = ws->worldVertexY[r0];
    float ex = ref0x - ws->worldVertexX[r1];
    float ey = ref0y - ws->worldVertexY[r1];
    /* The reference's frame angle: pi + atan2 with the arguments swapped (x first). */
    float angle = FLOAT_PI + fatan2(ex, ey);
    float c = fcos(angle);
    float s = fsin(angle);
    float length = flength(ex, ey);
    int i0 = incPoly * VERTICES + inc0;
    int i1 = incPoly * VERTICES + inc1;
    float d0x = ws->worldVertexX[i0] - ref0x;
    float d0y = ws->worldVertexY[i0] - ref0y;
    float d1x = ws->worldVertexX[i1] - ref0x;
    float d1y = ws->worldVertexY[i1] - ref0y;
    float p0x = clip(c * d0x + -s * d0y, -99999.0f, 999999.0f);
    float p0y = clip(s * d0x + c * d0y, 0.0f, length);
    float p1x = clip(c * d1x + -s * d1y, -99999.0f, 999999.0f);
    float p1y = clip(s * d1x + c * d1y, 0.0f, length);
    int firstDeeper = p0x >= p1x;
    int bothIn = jmin(p0x, p1x) > 0.0f;
    float q0x = firstDeeper ? p0x : p1x;
    float q0y = firstDeeper ? p0y : p1y;
    float q1x = firstDeeper ? p1x : p0x;
    float q1y = firstDeeper ? p1y : p0y;
    float cp0x = c * q0x + s * q0y + ref0x;
    float cp0y = -s * q0x + c * q0y + ref0y;
    float cp1x = c * q1x + s * q1y + ref0x;
    float cp1y = -s * q1x + c * q1y + ref0y;
    /* Normal a -> b: a's face normal, or minus b's when b holds the reference face. */
    float nLocalX = ws->edgeNormalX[refPoly * VERTICES + face];
    float nLocalY = ws->edgeNormalY[refPoly * VERTICES + face];
    float rc = ws->cos[refPoly];
    float rs = ws->sin[refPoly];
    float nx = rc * nLocalX + -rs * nLocalY;
    float ny = rs * nLocalX + rc * nLocalY;
    if (useB) {
        nx = -nx;
        ny = -ny;
    }
    writePoint(st, m, point0, a, b, nx, ny, -mostSep, cp0x, cp0y);
    if (bothIn) {
        writePoint(st, m, point1, a, b, nx, ny, -mostSep, cp1x, cp1y);
    } else {
        clearPoint(m, point1);
    }
    return 1;
}

/* CollisionDetection.detectAll: every pair, recording each group's active pairs in ascending order. */
FUNC void detectAll(State *st, int env, Workspace *ws) {
    int count = 0;
    for (int pair = 0; pair < NUM_POLY_POLY_PAIRS; pair++) {
        if (detectPolyPoly(st, env, ws, pair)) {
            ws->activePairs[pairOffset(GROUP_POLY_POLY) + count++] = pair;
        }
    }
    ws->activeCount[GROUP_POLY_POLY] = count;
    count = 0;
    for (int pair = 0; pair < NUM_CIRCLE_POLY_PAIRS; pair++) {
        if (detectCirclePoly(st, env, ws, pair)) {
            ws->activePairs[pairOffset(GROUP_CIRCLE_POLY) + count++] = pair;
        }
    }
    ws->activeCount[GROUP_CIRCLE_POLY] = count;
    count = 0;
    for (int pair = 0; pair < NUM_CIRCLE_CIRCLE_PAIRS; pair++) {
        if (detectCircleCircle(st, env, ws, pair)) {
            ws->activePairs[pairOffset(GROUP_CIRCLE_CIRCLE) + count++] = pair;
        }
    }
    ws->activeCount[GROUP_CIRCLE_CIRCLE] = count;
}
