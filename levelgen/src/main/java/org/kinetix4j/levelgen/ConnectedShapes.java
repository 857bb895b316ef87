package org.kinetix4j.levelgen;

import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.physics2d.MassProperties;
import org.kinetix4j.physics2d.Maths;
import org.kinetix4j.physics2d.ShapeTable;
import org.kinetix4j.physics2d.StaticConfig;

/** Port of {@code mutate_add_connected_shape} (spec kinetix.md §6.2 "Add connected shape"). */
final class ConnectedShapes {
    private ConnectedShapes() {
    }

    /** What was built: the two shapes (new first) and their anchors, for the visibility test. */
    private record Attachment(int newShape, int target, float[] newAnchor, float[] targetAnchor, boolean swapped) {
    }

    /**
     * Adds a new shape jointed to an existing non-static one; a no-op (returning false) without a free shape slot,
     * a non-static active shape or a free joint slot.
     *
     * @param forceRevolute make the joint revolute (the control guarantee)
     * @return the reference's {@code valid}: whether both shapes can stay visible around the joint
     */
    static boolean add(Rng key, WorkingLevel w, GeneratorParams p, boolean forceRevolute) {
        if (!w.spaceForShape() || !w.shapesPresent() || w.firstFreeJoint() < 0) {
            return false;
        }
        Rng[] k = key.split(21);
        float[] polygonWeights = targetWeights(w, p, true);
        float[] circleWeights = targetWeights(w, p, false);
        boolean spaceRect = w.firstFreePolygon() >= 0;
        boolean spaceCircle = w.firstFreeCircle() >= 0;
        boolean anyPolygon = w.activePolygonCount() > w.numStatic();
        boolean anyFreeCircle = w.activeCircleCount() > 0 && sum(circleWeights) > 0f;
        // Forced to a polygon target when no polygon slot is free: then the new shape will be a circle.
        boolean targetIsRect = k[0].choice(anyPolygon ? 1f : 0f, anyFreeCircle ? 1f : 0f) == 0 || !spaceRect;
        // Forced to a polygon when the target is a circle: circle–circle joints never occur.
        boolean isRect = k[1].choice(spaceRect ? 1f : 0f, spaceCircle ? 1f : 0f) == 0 || (!targetIsRect && spaceRect);
        int newShape = isRect ? w.firstFreePolygon() : w.firstFreeCircle();

        ShapeSampling.Dims dims = ShapeSampling.dimensions(k[2], isRect, p, p.maxShapeSize());
        int nVertices = ShapeSampling.vertexCount(k[3], p);
        float[] vx = dims.vertexX();
        float[] vy = dims.vertexY();
        float rotation = k[4].angle();
        float inverseMass = isRect ? MassProperties.polygonInverseMass(vx, vy, 0, nVertices, 1f)
                : MassProperties.circleInverseMass(dims.radius(), 1f);
        float inverseInertia = isRect ? MassProperties.polygonInverseInertia(vx, vy, 0, nVertices, 1f)
                : MassProperties.circleInverseInertia(dims.radius(), 1f);
        boolean revolute = k[5].uniform() < 0.5f || forceRevolute || revoluteCount(w) < p.minRjointsBias();
        int jointSlot = w.firstFreeJoint();

        float[] newAnchor = new float[2];
        if (isRect) {
            ShapeSampling.pointOnPolygon(k[6], vx, vy, 0, nVertices, newAnchor);
        } else {
            ShapeSampling.pointOnCircle(k[7], dims.radius(), 1f, newAnchor);
        }
        int target = chooseTarget(k[8], k[9], w, targetIsRect, polygonWeights, circleWeights);
        float[] targetAnchor = new float[2];
        if (targetIsRect) {
            ShapeSampling.pointOnPolygon(k[10], w.shapes.vertexX, w.shapes.vertexY, w.vertex(target, 0),
                    w.shapes.nVertices[w.row(target)], targetAnchor);
        } else {
            ShapeSampling.pointOnCircle(k[11], w.shapes.radius[w.row(target)], 1f, targetAnchor);
        }
        float[] world = toWorld(w, target, targetAnchor);
        float[] position = fromAnchor(world, rotation, newAnchor);
        if (isRect) {
            centre(vx, vy, nVertices, position, newAnchor);
        }
        int role = ShapeSampling.pickRole(k[12], w, rolePrior(w.role(target)));
        ShapeSampling.writeShape(w, newShape, position[0], position[1], rotation, vx, vy, nVertices, dims.radius(),
                inverseMass, inverseInertia);
        w.setRole(newShape, role);
        Attachment at = new Attachment(newShape, target, newAnchor, targetAnchor, newShape > target);
        writeJoint(k, w, p, jointSlot, at, revolute, isRect && targetIsRect, world);
        w.recomputeCollisionMatrix();
        w.recalculateMass();
        return bothShowing(w, p, at);
    }

    /**
     * Target weights per slot of one kind (global index): active non-static shapes, fixated ones × the
     * connect-to-fixated coefficient; a polygon × (2 − its joints)/2 (at most two joints), a circle only while it
     * has none.
     */
    private static float[] targetWeights(WorkingLevel w, GeneratorParams p, boolean polygons) {
        int from = polygons ? 0 : w.numPolygons();
        int to = polygons ? w.numPolygons() : w.numShapes();
        float[] weights = new float[to - from];
        for (int s = from; s < to; s++) {
            if (!w.active(s) || s < w.numStatic()) {
                continue;
            }
            float weight = w.fixated(s) ? p.connectToFixatedProbCoeff() : 1f;
            int connections = jointCount(w, s);
            weight *= polygons ? Math.max(0f, (2f - connections) / 2f) : (connections == 0 ? 1f : 0f);
            weights[s - from] = weight;
        }
        return weights;
    }

    private static int jointCount(WorkingLevel w, int shape) {
        JointTable j = w.joints;
        int n = 0;
        for (int slot = 0; slot < w.config.numJoints(); slot++) {
            int row = j.row(0, slot);
            if (j.active[row]) {
                n += (j.aShape[row] == shape ? 1 : 0) + (j.bShape[row] == shape ? 1 : 0);
            }
        }
        return n;
    }

    private static int revoluteCount(WorkingLevel w) {
        int n = 0;
        for (int slot = 0; slot < w.config.numJoints(); slot++) {
            int row = w.joints.row(0, slot);
            n += w.joints.active[row] && !w.joints.isFixedJoint[row] ? 1 : 0;
        }
        return n;
    }

    /** The target slot; a weight vector summing to 0 falls back to every active shape of the kind (statics too). */
    private static int chooseTarget(Rng polygonKey, Rng circleKey, WorkingLevel w, boolean targetIsRect,
            float[] polygonWeights, float[] circleWeights) {
        float[] weights = targetIsRect ? polygonWeights : circleWeights;
        int from = targetIsRect ? 0 : w.numPolygons();
        if (sum(weights) == 0f) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = w.active(from + i) ? 1f : 0f;
            }
        }
        return from + (targetIsRect ? polygonKey : circleKey).choice(weights);
    }

    private static float sum(float[] values) {
        float s = 0f;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    /** Green and blue are never jointed together, nor a red shape to a coloured one. */
    private static float[] rolePrior(int targetRole) {
        return switch (targetRole) {
            case 0 -> ShapeSampling.ALL_ROLES;
            case 1 -> new float[] {1f, 1f, 0f, 0f};
            case 2 -> new float[] {1f, 0f, 1f, 0f};
            default -> new float[] {1f, 0f, 0f, 1f};
        };
    }

    private static float[] toWorld(WorkingLevel w, int shape, float[] local) {
        int row = w.row(shape);
        float c = Maths.cos(w.shapes.rotation[row]);
        float s = Maths.sin(w.shapes.rotation[row]);
        return new float[] {w.shapes.positionX[row] + (c * local[0] - s * local[1]),
            w.shapes.positionY[row] + (s * local[0] + c * local[1])};
    }

    /** The position that puts local point {@code anchor} of a body rotated by {@code rotation} at {@code world}. */
    private static float[] fromAnchor(float[] world, float rotation, float[] anchor) {
        float c = Maths.cos(rotation);
        float s = Maths.sin(rotation);
        return new float[] {world[0] - (c * anchor[0] - s * anchor[1]), world[1] - (s * anchor[0] + c * anchor[1])};
    }

    /**
     * Moves a new polygon's origin to its vertex mean: position += mean (unrotated, as the reference does),
     * anchor and all four vertex rows −= mean. Zero for rectangles; only triangles move.
     */
    private static void centre(float[] vx, float[] vy, int n, float[] position, float[] anchor) {
        float mx = MassProperties.vertexMeanX(vx, 0, n);
        float my = MassProperties.vertexMeanY(vy, 0, n);
        position[0] += mx;
        position[1] += my;
        anchor[0] -= mx;
        anchor[1] -= my;
        for (int i = 0; i < StaticConfig.VERTICES; i++) {
            vx[i] -= mx;
            vy[i] -= my;
        }
    }

    /** Writes the joint with {@code a < b} (shapes and anchors swapped if needed). */
    private static void writeJoint(Rng[] k, WorkingLevel w, GeneratorParams p, int slot, Attachment at,
            boolean revolute, boolean polygonPair, float[] world) {
        int a = at.swapped ? at.target : at.newShape;
        int b = at.swapped ? at.newShape : at.target;
        float[] anchorA = at.swapped ? at.targetAnchor : at.newAnchor;
        float[] anchorB = at.swapped ? at.newAnchor : at.targetAnchor;
        boolean motorOn = k[13].uniform() < p.motorOnChance();
        int binding = k[14].randint(0, w.staticParams.numMotorBindings());
        float motorSpeed = k[15].uniform(p.motorMinSpeed(), p.motorMaxSpeed());
        float motorPower = k[16].uniform(p.motorMinPower(), p.motorMaxPower());
        // A circle makes a wheel: the reference caps its power ("high-powered wheels break the physics engine").
        float wheelPower = k[20].uniform(p.motorMinPower(), p.wheelMaxPower());
        boolean limits = k[17].uniform() < p.jointLimitChance() && polygonPair;
        float minRotation = k[18].uniform(-p.jointLimitMax(), 0f) * (limits ? 1f : 0f);
        float maxRotation = k[19].uniform(0f, p.jointLimitMax()) * (limits ? 1f : 0f);
        ShapeTable s = w.shapes;
        JointTable j = w.joints;
        int row = j.row(0, slot);
        j.aShape[row] = a;
        j.bShape[row] = b;
        j.aRelativePosX[row] = anchorA[0];
        j.aRelativePosY[row] = anchorA[1];
        j.bRelativePosX[row] = anchorB[0];
        j.bRelativePosY[row] = anchorB[1];
        j.globalPositionX[row] = world[0];
        j.globalPositionY[row] = world[1];
        j.active[row] = true;
        j.accImpulseX[row] = 0f;
        j.accImpulseY[row] = 0f;
        j.accRImpulse[row] = 0f;
        j.isFixedJoint[row] = !revolute;
        j.motorOn[row] = revolute && motorOn;
        j.motorSpeed[row] = revolute ? motorSpeed : 0f;
        j.motorPower[row] = revolute ? (polygonPair ? motorPower : wheelPower) : 0f;
        j.motorHasJointLimits[row] = revolute && limits;
        j.minRotation[row] = revolute ? minRotation : 0f;
        j.maxRotation[row] = revolute ? maxRotation : 0f;
        // Revolute: limits act on the absolute angle difference (reference quirk); fixed: hold the build pose.
        j.rotation[row] = revolute ? 0f : s.rotation[w.row(b)] - s.rotation[w.row(a)];
        w.tables.motorBinding[w.tables.jointRow(0, slot)] = binding;
        w.tables.motorAuto[w.tables.jointRow(0, slot)] = false;
    }

    /**
     * Port of the reference's visibility test (spec §6.2 step 12), quirk included: the anchors are taken after the
     * a &lt; b swap while the shapes are taken before it, so a swapped joint tests crossed anchors.
     */
    private static boolean bothShowing(WorkingLevel w, GeneratorParams p, Attachment at) {
        float[] first = at.swapped ? at.targetAnchor : at.newAnchor;
        float[] second = at.swapped ? at.newAnchor : at.targetAnchor;
        return showing(w, p, at.newShape, at.target, first, second)
                && showing(w, p, at.target, at.newShape, second, first);
    }

    private static boolean showing(WorkingLevel w, GeneratorParams p, int small, int big, float[] smallAnchor,
            float[] bigAnchor) {
        boolean smallPoly = w.isPolygon(small);
        boolean bigPoly = w.isPolygon(big);
        float margin = p.connectVisibilityMin();
        if (smallPoly && bigPoly) {
            return maxRectDistance(w, small, smallAnchor) > minRectDistance(w, big, bigAnchor) + margin;
        }
        if (smallPoly) {
            return maxRectDistance(w, small, smallAnchor) > w.shapes.radius[w.row(big)] + margin;
        }
        if (bigPoly) {
            return minRectDistance(w, big, bigAnchor) + margin < w.shapes.radius[w.row(small)];
        }
        return false;
    }

    /** Distance from the anchor to the nearest side of the shape's local bounding box. */
    private static float minRectDistance(WorkingLevel w, int shape, float[] anchor) {
        float[] half = halfExtents(w, shape);
        return Math.min(half[0] - Math.abs(anchor[0]), half[1] - Math.abs(anchor[1]));
    }

    /** Distance from the anchor to the farthest corner of the shape's local bounding box. */
    private static float maxRectDistance(WorkingLevel w, int shape, float[] anchor) {
        float[] half = halfExtents(w, shape);
        float dx = Math.max(Math.abs(half[0] - anchor[0]), Math.abs(-half[0] - anchor[0]));
        float dy = Math.max(Math.abs(half[1] - anchor[1]), Math.abs(-half[1] - anchor[1]));
        return (float) Math.sqrt(dx * dx + dy * dy);
    }

    /** Half the local bounding-box width and height over all four vertex rows. */
    private static float[] halfExtents(WorkingLevel w, int shape) {
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < StaticConfig.VERTICES; i++) {
            minX = Math.min(minX, w.shapes.vertexX[w.vertex(shape, i)]);
            maxX = Math.max(maxX, w.shapes.vertexX[w.vertex(shape, i)]);
            minY = Math.min(minY, w.shapes.vertexY[w.vertex(shape, i)]);
            maxY = Math.max(maxY, w.shapes.vertexY[w.vertex(shape, i)]);
        }
        return new float[] {(maxX - minX) / 2f, (maxY - minY) / 2f};
    }
}
