package org.kinetix4j.gpu;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fast build (contraction, approximate division/sqrt) stays close to the CPU over one step of the hand-made
 * levels; see {@link DifferentialCheck#FAST_BUILD_ONE_STEP_TOLERANCE} for why only one step.
 */
@Tag("opencl")
class FastBuildTest {
    @Test
    void shouldAgreeWithCpuOverOneStepOfTheHandMadeLevels() {
        DifferentialCheck.compare(OpenClDevice.backend(false), HandMadeLevels.batches(2), 1, 6)
                .assertWithin(DifferentialCheck.FAST_BUILD_ONE_STEP_TOLERANCE);
    }
}
