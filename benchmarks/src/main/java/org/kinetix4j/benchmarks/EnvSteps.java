package org.kinetix4j.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A JMH auxiliary counter: benchmarks add the environments a batch operation advanced, so
 * that JMH reports environment steps per second next to the batch operations per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class EnvSteps {
    /** Environment steps done in this iteration; JMH reports it as a rate. */
    public long envSteps;

    /** Resets the counter; JMH calls it before every iteration. */
    @org.openjdk.jmh.annotations.Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void clear() {
        envSteps = 0;
    }
}
