package org.kinetix4j.env.levels;

/** The kinds of task Kinetix's own hand-made levels cover (spec kinetix.md §5.5); each hand-made level has one. */
public enum TaskFamily {
    /** Drive a wheeled vehicle (car, one-wheeler, unicycle) to the goal. */
    CARS("cars and unicycles"),
    /** Aim and fire thrusters to fly the green shape to the goal. */
    THRUSTERS("thruster aiming"),
    /** Pump energy into a pendulum until it swings up to the goal. */
    PENDULUM("pendulum swing-up"),
    /** Move a cart while keeping a hinged pole upright. */
    CARTPOLE("cartpole"),
    /** Steer a falling craft onto a landing pad above lava. */
    LANDER("lunar lander"),
    /** Throw or flick a ball into the goal. */
    THROWING("ball throwing"),
    /** Grab an object with a claw and carry it to the goal. */
    GRASPING("grasping"),
    /** Keep a ball in play with flippers and hit the target. */
    PINBALL("pinball"),
    /** Find a way through walls and hazards. */
    MAZE("mazes"),
    /** Make a legged body walk, crawl or hop to the goal. */
    WALKERS("walkers and hoppers");

    private final String label;

    TaskFamily(String label) {
        this.label = label;
    }

    /** A short human-readable name, e.g. "pendulum swing-up". */
    public String label() {
        return label;
    }
}
