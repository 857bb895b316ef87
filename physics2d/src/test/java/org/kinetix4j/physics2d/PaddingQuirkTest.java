package org.kinetix4j.physics2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Spec §7 B23: the padding-lane quirk of §5.2 on Kinetix size M (P = 6, C = 3, J = T = 2). Circle 1 falls onto
 * circle 2, the last circle–circle pair (1, 2) of a group with padding lanes.
 */
class PaddingQuirkTest {
    /** B8's ref tolerance; the two expected heights differ by 3.1e−4, so it still tells them apart. */
    private static final float REF_TOLERANCE = 1e-4f;

    private static BatchState scene(boolean quirk) {
        BatchState state = TestScenes.world(StaticConfig.medium().withPaddingQuirk(quirk));
        Scene scene = TestScenes.scene(state);
        scene.addCircle(1f, 0.9f, 0.5f, BodyOptions.defaults());
        scene.addCircle(3f, 2.0f, 0.5f, BodyOptions.defaults());
        scene.addCircle(3f, 0.9f, 0.5f, BodyOptions.defaults());
        assertEquals(2, TestScenes.circleCirclePair(state, 1, 2), "(1,2) is the last circle–circle pair");
        return state;
    }

    @Test
    void shouldNeverCacheImpulseOfLastPairWithQuirk() {
        BatchState state = scene(true);
        int point = TestScenes.circleCirclePoint(state, 1, 2);
        boolean everActive = false;

        for (int step = 1; step <= 120; step++) {
            TestScenes.step(state, 1);
            everActive |= state.circleCircleManifolds.active[point];
            assertEquals(0f, state.circleCircleManifolds.accImpulseNormal[point], 0f, "cached acc_N at step " + step);
        }

        assertTrue(everActive, "the circles touch");
        assertTrue(state.circleCircleManifolds.active[point], "resting contact at step 120");
        assertEquals(1.8869572f, TestScenes.y(state, state.config.circleShape(1)), REF_TOLERANCE, "top circle y");
    }

    @Test
    void shouldWarmStartLastPairWithoutQuirk() {
        BatchState state = scene(false);
        int point = TestScenes.circleCirclePoint(state, 1, 2);

        TestScenes.step(state, 120);

        assertEquals(1.8872721f, TestScenes.y(state, state.config.circleShape(1)), REF_TOLERANCE, "top circle y");
        assertEquals(0.1284126f, state.circleCircleManifolds.accImpulseNormal[point], REF_TOLERANCE,
                "cached acc_N = m g dt");
    }
}
