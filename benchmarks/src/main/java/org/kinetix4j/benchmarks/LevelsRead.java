package org.kinetix4j.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A JMH auxiliary counter of levels read, reported as levels per second next to the level-set rate. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class LevelsRead {
    /** Levels read in this iteration. */
    public long levels;

    /** Resets the counter; JMH calls it before every iteration. */
    @org.openjdk.jmh.annotations.Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void clear() {
        levels = 0;
    }
}
