package org.kinetix4j.levelgen;

/**
 * Parameters of Kinetix's random level sampler and mutators ({@code UEDParams}, spec kinetix.md §6.1), with the
 * reference defaults from {@link #defaults()}. Lengths in metres, probabilities in [0, 1].
 *
 * <p>{@code joint_fixed_chance} of the reference is not here: the reference never reads it (fixed vs revolute
 * is a 50/50 coin, after the first {@code minRjointsBias} joints which are always revolute).
 *
 * @param maxShapeSize                     size cap S for generated shapes, m (rectangle half-side cap
 *                                         S/(2√2), circle radius cap S/2 × circleMaxSizeCoeff)
 * @param goalBodyOppositeSideChance       chance to put a new green shape in the left half, blue in the right
 * @param goalBodySizeFactor               size multiplier for new green and blue free shapes
 * @param minRjointsBias                   the first this-many joints of a level are always revolute
 * @param largeRectDimChance               chance to multiply one half-dimension by {@code largeRectDimScale}
 * @param largeRectDimScale                that multiplier
 * @param generateTriangles                polygons get 3 or 4 vertices 50/50 instead of always 4
 * @param thrusterPowerMultiplier          thruster power = parent mass × this × U[0.5, 2)
 * @param thrusterAlignComProb             chance a thruster points through its parent's centroid
 * @param motorOnChance                    chance a revolute joint's motor is on
 * @param motorMinSpeed                    motor speed lower bound (multiplier of base motor speed)
 * @param motorMaxSpeed                    motor speed upper bound
 * @param motorMinPower                    motor power lower bound
 * @param motorMaxPower                    motor power upper bound for polygon–polygon joints
 * @param wheelMaxPower                    motor power upper bound when a circle is involved
 * @param jointLimitChance                 chance of joint limits (polygon–polygon revolute joints only)
 * @param jointLimitMax                    limits are drawn from U(−max, 0) and U(0, max), rad
 * @param fixateChanceMin                  P(fixate) = min(min + scale × mass, max) for a free shape
 * @param fixateChanceMax                  see {@code fixateChanceMin}
 * @param fixateChanceScale                see {@code fixateChanceMin}, per kg
 * @param fixateShapeBottomBias            chance to move any fixated upper-half shape down by half the screen
 * @param fixateShapeBottomBiasSpecialRole added to that chance for coloured (role ≠ 0) shapes
 * @param circleMaxSizeCoeff               circle radius cap = maxShapeSize / 2 × this
 * @param connectToFixatedProbCoeff        weight of fixated shapes as joint targets (others weigh 1)
 * @param connectVisibilityMin             margin of the "both connected shapes stay visible" test, m
 * @param connectNoVisibilityBias          contacts added to an invisible connected-shape proposal's score
 * @param addShapeChance                   per extra-shape slot: chance to add a free shape
 * @param addConnectedShapeChance          per extra-shape slot: chance to add a connected shape
 * @param addNoShapeChance                 per extra-shape slot: chance to add nothing
 * @param addThrusterChance                per extra thruster slot: chance to add a thruster
 * @param addShapeNProposals               best-of-n proposals per filtered addition (1 is used for S)
 * @param floorProbNormal                  weight of a grey floor
 * @param floorProbGreen                   weight of a green floor
 * @param floorProbBlue                    weight of a blue floor
 * @param floorProbRed                     weight of a red floor
 */
public record GeneratorParams(
        float maxShapeSize,
        float goalBodyOppositeSideChance,
        float goalBodySizeFactor,
        int minRjointsBias,
        float largeRectDimChance,
        float largeRectDimScale,
        boolean generateTriangles,
        float thrusterPowerMultiplier,
        float thrusterAlignComProb,
        float motorOnChance,
        float motorMinSpeed,
        float motorMaxSpeed,
        float motorMinPower,
        float motorMaxPower,
        float wheelMaxPower,
        float jointLimitChance,
        float jointLimitMax,
        float fixateChanceMin,
        float fixateChanceMax,
        float fixateChanceScale,
        float fixateShapeBottomBias,
        float fixateShapeBottomBiasSpecialRole,
        float circleMaxSizeCoeff,
        float connectToFixatedProbCoeff,
        float connectVisibilityMin,
        float connectNoVisibilityBias,
        float addShapeChance,
        float addConnectedShapeChance,
        float addNoShapeChance,
        float addThrusterChance,
        int addShapeNProposals,
        float floorProbNormal,
        float floorProbGreen,
        float floorProbBlue,
        float floorProbRed) {

    /** Validates every field; a violation names the field, its value and the rule. */
    public GeneratorParams {
        positive("maxShapeSize", maxShapeSize);
        probability("goalBodyOppositeSideChance", goalBodyOppositeSideChance);
        positive("goalBodySizeFactor", goalBodySizeFactor);
        if (minRjointsBias < 0) {
            throw new IllegalArgumentException("minRjointsBias=" + minRjointsBias + " must be >= 0");
        }
        probability("largeRectDimChance", largeRectDimChance);
        positive("largeRectDimScale", largeRectDimScale);
        positive("thrusterPowerMultiplier", thrusterPowerMultiplier);
        probability("thrusterAlignComProb", thrusterAlignComProb);
        probability("motorOnChance", motorOnChance);
        ordered("motorMinSpeed", motorMinSpeed, "motorMaxSpeed", motorMaxSpeed);
        ordered("motorMinPower", motorMinPower, "motorMaxPower", motorMaxPower);
        ordered("motorMinPower", motorMinPower, "wheelMaxPower", wheelMaxPower);
        probability("jointLimitChance", jointLimitChance);
        nonNegative("jointLimitMax", jointLimitMax);
        nonNegative("fixateChanceMin", fixateChanceMin);
        nonNegative("fixateChanceMax", fixateChanceMax);
        nonNegative("fixateChanceScale", fixateChanceScale);
        probability("fixateShapeBottomBias", fixateShapeBottomBias);
        nonNegative("fixateShapeBottomBiasSpecialRole", fixateShapeBottomBiasSpecialRole);
        positive("circleMaxSizeCoeff", circleMaxSizeCoeff);
        nonNegative("connectToFixatedProbCoeff", connectToFixatedProbCoeff);
        nonNegative("connectVisibilityMin", connectVisibilityMin);
        nonNegative("connectNoVisibilityBias", connectNoVisibilityBias);
        weights("addConnectedShapeChance/addShapeChance/addNoShapeChance", addConnectedShapeChance, addShapeChance,
                addNoShapeChance);
        probability("addThrusterChance", addThrusterChance);
        if (addShapeNProposals < 1) {
            throw new IllegalArgumentException("addShapeNProposals=" + addShapeNProposals + " must be >= 1");
        }
        weights("floorProbNormal/Green/Blue/Red", floorProbNormal, floorProbGreen, floorProbBlue, floorProbRed);
    }

    /** The reference defaults (spec kinetix.md §6.1). */
    public static GeneratorParams defaults() {
        return new GeneratorParams(1.0f, 0.5f, 1.0f, 2, 0.3f, 2.0f, false, 2.0f, 0.8f, 0.8f, 0.4f, 3.0f, 1.0f, 3.0f,
                1.0f, 0.4f, (float) Math.PI, 0.02f, 1.0f, 4.0f, 0.0f, 0.6f, 0.8f, 0.05f, 0.05f, 10.0f, 0.35f, 0.35f,
                0.3f, 0.3f, 8, 0.9f, 0.0f, 0.02f, 0.08f);
    }

    /** These parameters with triangles switched on or off. */
    public GeneratorParams withGenerateTriangles(boolean triangles) {
        return new GeneratorParams(maxShapeSize, goalBodyOppositeSideChance, goalBodySizeFactor, minRjointsBias,
                largeRectDimChance, largeRectDimScale, triangles, thrusterPowerMultiplier, thrusterAlignComProb,
                motorOnChance, motorMinSpeed, motorMaxSpeed, motorMinPower, motorMaxPower, wheelMaxPower,
                jointLimitChance, jointLimitMax, fixateChanceMin, fixateChanceMax, fixateChanceScale,
                fixateShapeBottomBias, fixateShapeBottomBiasSpecialRole, circleMaxSizeCoeff,
                connectToFixatedProbCoeff, connectVisibilityMin, connectNoVisibilityBias, addShapeChance,
                addConnectedShapeChance, addNoShapeChance, addThrusterChance, addShapeNProposals, floorProbNormal,
                floorProbGreen, floorProbBlue, floorProbRed);
    }

    /** The floor role weights (grey, green, blue, red), for a weighted choice. */
    float[] floorRoleWeights() {
        return new float[] {floorProbNormal, floorProbGreen, floorProbBlue, floorProbRed};
    }

    private static void positive(String name, float value) {
        if (!(value > 0f) || !Float.isFinite(value)) {
            throw new IllegalArgumentException(name + "=" + value + " must be finite and > 0");
        }
    }

    private static void nonNegative(String name, float value) {
        if (!(value >= 0f) || !Float.isFinite(value)) {
            throw new IllegalArgumentException(name + "=" + value + " must be finite and >= 0");
        }
    }

    private static void probability(String name, float value) {
        if (!(value >= 0f && value <= 1f)) {
            throw new IllegalArgumentException(name + "=" + value + " must be a probability in [0, 1]");
        }
    }

    private static void ordered(String lowName, float low, String highName, float high) {
        nonNegative(lowName, low);
        nonNegative(highName, high);
        if (low > high) {
            throw new IllegalArgumentException(lowName + "=" + low + " must not exceed " + highName + "=" + high);
        }
    }

    private static void weights(String names, float... values) {
        float sum = 0f;
        for (float v : values) {
            if (!(v >= 0f) || !Float.isFinite(v)) {
                throw new IllegalArgumentException(names + ": weight " + v + " must be finite and >= 0");
            }
            sum += v;
        }
        if (sum <= 0f) {
            throw new IllegalArgumentException(names + ": the weights must not all be zero");
        }
    }
}
