package org.kinetix4j.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kinetix4j.physics2d.SimParams;
import org.kinetix4j.physics2d.StaticConfig;

class KernelSourceTest {
    @Test
    void shouldConcatenateEveryResourceWithTheEntryPointLast() {
        String source = KernelSource.source();
        for (String file : KernelSource.FILES) {
            assertTrue(source.contains("/* ---- " + file + " ---- */"), file);
        }
        assertTrue(source.indexOf("KERNEL " + KernelSource.STEP_KERNEL + "(")
                > source.indexOf("FUNC void stepEnv("));
    }

    @Test
    void shouldDefineTheCapacitiesAndSwitchesOfTheConfig() {
        Map<String, String> defines = KernelSource.defines(StaticConfig.large().withPaddingQuirk(false));
        assertEquals("12", defines.get("NUM_POLYGONS"));
        assertEquals("16", defines.get("NUM_SHAPES"));
        assertEquals("60", defines.get("NUM_POLY_POLY_PAIRS"));
        assertEquals("48", defines.get("NUM_CIRCLE_POLY_PAIRS"));
        assertEquals("6", defines.get("NUM_CIRCLE_CIRCLE_PAIRS"));
        assertEquals("0", defines.get("EMULATE_PADDING_QUIRK"));
        assertEquals("1", defines.get("DO_WARM_STARTING"));
    }

    @Test
    void shouldSizeTheParameterRowsAsSimParams() {
        assertEquals(SimParams.class.getRecordComponents().length, KernelSource.PARAM_COUNT);
        assertTrue(KernelSource.source().contains("#define PARAM_COUNT " + KernelSource.PARAM_COUNT));
    }
}
