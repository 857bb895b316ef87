package org.kinetix4j.env.levels;

import static org.kinetix4j.env.levels.LevelBuilder.FLOOR_TOP;

import java.util.List;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.Role;
import org.kinetix4j.physics2d.BodyOptions;
import org.kinetix4j.physics2d.JointOptions;
import org.kinetix4j.physics2d.ShapeRef;

/**
 * Cartpole: a passive pole stands on a cart, its green tip must reach a goal high up on the side while the red
 * floor punishes letting the pole fall.
 */
public final class CartpoleLevels {
    private static final float CART_WIDTH = 0.8f;
    private static final float CART_HEIGHT = 0.2f;
    private static final float POLE_WIDTH = 0.08f;
    private static final float TIP_RADIUS = 0.1f;

    private CartpoleLevels() {
    }

    /** Every level of this family. */
    public static List<HandmadeLevel> levels() {
        return List.of(
                new HandmadeLevel("cartpole_thrust", "Push the sliding cart with two engines, balance the pole and"
                        + " carry its green tip into the blue ball.", LevelSize.M, TaskFamily.CARTPOLE,
                        CartpoleLevels::cartpoleThrust),
                new HandmadeLevel("cartpole_wheels", "A wheeled cart with a free pole: drive right without"
                        + " dropping the green tip on the lava.", LevelSize.L, TaskFamily.CARTPOLE,
                        CartpoleLevels::cartpoleWheels),
                new HandmadeLevel("cartpole_tall", "A taller, slower pole on a wheeled cart, goal on the left.",
                        LevelSize.L, TaskFamily.CARTPOLE, CartpoleLevels::cartpoleTall));
    }

    /** M: a slippery cart with a left and a right engine; pole and tip on top; red floor. */
    static Level cartpoleThrust() {
        final float cartX = 1.2f;
        final float poleLength = 1.2f;
        LevelBuilder b = new LevelBuilder(LevelSize.M).floor(Role.RED);
        float cartY = FLOOR_TOP + CART_HEIGHT / 2f;
        ShapeRef cart = b.box(cartX, cartY, CART_WIDTH, CART_HEIGHT, Role.NONE,
                BodyOptions.defaults().withFriction(0.05f).withDensity(2f));
        b.thruster(cart, CART_WIDTH / 2f, 0f, ThrusterLevels.LEFT, 0.6f, 0);
        b.thruster(cart, -CART_WIDTH / 2f, 0f, ThrusterLevels.RIGHT, 0.6f, 1);
        addPole(b, cart, cartX, FLOOR_TOP + CART_HEIGHT, poleLength);
        b.fixedCircle(4.4f, tipHeight(poleLength) + 0.05f, 0.25f, Role.BLUE);
        return b.build("cartpole_thrust");
    }

    /** L: a cart on two motorised wheels with a free pole; blue goal on the right at pole-tip height. */
    static Level cartpoleWheels() {
        final float poleLength = 1.2f;
        LevelBuilder b = new LevelBuilder(LevelSize.L).floor(Role.RED);
        ShapeRef cart = CarLevels.addCar(b, 1.2f, FLOOR_TOP, Role.NONE);
        float deck = FLOOR_TOP + CarLevels.DECK_HEIGHT;
        addPole(b, cart, 1.2f, deck, poleLength);
        b.fixedCircle(4.5f, deck + poleLength + 0.05f, 0.3f, Role.BLUE);
        return b.build("cartpole_wheels");
    }

    /** L: as {@link #cartpoleWheels} with a longer pole and the goal on the left. */
    static Level cartpoleTall() {
        final float poleLength = 1.8f;
        LevelBuilder b = new LevelBuilder(LevelSize.L).floor(Role.RED);
        ShapeRef cart = CarLevels.addCar(b, 3.6f, FLOOR_TOP, Role.NONE);
        float deck = FLOOR_TOP + CarLevels.DECK_HEIGHT;
        addPole(b, cart, 3.6f, deck, poleLength);
        b.fixedCircle(0.5f, deck + poleLength + 0.05f, 0.3f, Role.BLUE);
        return b.build("cartpole_tall");
    }

    /** A passive pole pinned to the top of {@code cart} at (x, deckY), with a green tip welded on; returns the tip. */
    private static ShapeRef addPole(LevelBuilder b, ShapeRef cart, float x, float deckY, float length) {
        ShapeRef pole = b.box(x, deckY + length / 2f, POLE_WIDTH, length, Role.NONE,
                BodyOptions.defaults().withDensity(0.5f));
        b.pinAt(cart, pole, x, deckY);
        ShapeRef tip = b.circle(x, deckY + length, TIP_RADIUS, Role.GREEN);
        b.weldAt(pole, tip, x, deckY + length);
        return tip;
    }

    private static float tipHeight(float poleLength) {
        return FLOOR_TOP + CART_HEIGHT + poleLength;
    }
}
