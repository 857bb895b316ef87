package org.kinetix4j.env.levels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinetix4j.env.Level;

/** Proof that levels are solvable and not trivial: a script solves each one, doing nothing does not. */
class ScriptedSolutionsTest {

    static Stream<String> scripted() {
        return ScriptedSolutions.all().keySet().stream();
    }

    @Test
    void shouldScriptAtLeastAThirdOfTheLevels() {
        int levels = HandmadeLevels.all().size();
        int scripted = ScriptedSolutions.all().size();
        assertTrue(3 * scripted >= levels, scripted + " scripted of " + levels);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void shouldBeSolvedByItsScriptWithinOneEpisode(String path) {
        Level level = HandmadeLevels.byPath(path).build();
        Map<String, Controller> scripts = ScriptedSolutions.all();
        Episodes.Outcome outcome = Episodes.run(level, scripts.get(path));
        assertTrue(outcome.solved(), path + ": " + outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void shouldNotBeSolvedByDoingNothing(String path) {
        Level level = HandmadeLevels.byPath(path).build();
        Episodes.Outcome outcome = Episodes.run(level, Controller.NO_OP);
        assertFalse(outcome.solved(), path + ": " + outcome);
    }
}
