package org.kinetix4j.env.levels;

import org.kinetix4j.env.EnvTables;
import org.kinetix4j.physics2d.BatchState;

/** A scripted policy: the multi-discrete action (4 motor channels, 2 thruster channels) for the next step. */
@FunctionalInterface
interface Controller {
    /** Multi-discrete action: motor channel 0 none, 1 = +1, 2 = −1; thruster channel 0 off, 1 on. */
    int[] act(int step, BatchState state, EnvTables tables);

    /** Doing nothing at all. */
    Controller NO_OP = (step, state, tables) -> new int[6];
}
