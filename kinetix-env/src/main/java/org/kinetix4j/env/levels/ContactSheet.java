package org.kinetix4j.env.levels;

/** The fixed text around the generated table of {@code levels/README.md}. */
final class ContactSheet {
    static final String HEADER = """
            # Hand-made levels

            Our own levels in Kinetix's JSON format, in the task families of Kinetix's hand-made set (cars and
            unicycles, thruster aiming, pendulum swing-up, cartpole, lunar lander, ball throwing, grasping, pinball,
            mazes, walkers and hoppers). They are designed from scratch for this project; none is a copy of a
            Kinetix level. Every file is generated from readable builder code in
            `kinetix-env/src/main/java/org/kinetix4j/env/levels/` (one class per family, catalogue in
            `HandmadeLevels`), so edit the code, not the JSON.

            * `s/`, `m/`, `l/`: the level files, sized for Kinetix's S (5 polygons incl. 4 static, 2 circles,
              1 joint, 1 thruster), M (6/3/2/2) and L (12/4/6/2) capacities. Load one with
              `LevelReader.read(Path.of("levels/m/car_right.json"))` or through any API that takes a level file.
            * `thumbnails/`: each level's initial state as the 125 × 125 pixel observation (downscale 4), enlarged
              twice.
            * Colours: green = the shape to deliver, blue = the goal (+1 on contact), red = hazard (−1), grey =
              neutral, dark grey = fixed in place. All levels run 256 agent steps with frame skip 2.
            * Action channels (multi-discrete): motor channels 0–3 (0 off, 1 = +1, 2 = −1), thruster channels 4–5;
              each description names the channels when a level uses more than one.

            ## Regenerating

            ```sh
            export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
            mvn -o -q compile -pl physics2d,kinetix-env
            java -cp kinetix-env/target/classes:physics2d/target/classes:$(ls \\
                ~/.m2/repository/com/fasterxml/jackson/core/jackson-*/2.22*/jackson-*-2.22*.jar | tr '\\n' ':') \\
                org.kinetix4j.env.levels.HandmadeLevels levels
            ```

            This rewrites every JSON file, every thumbnail and this README (the table below is generated). The tests
            in `kinetix-env/src/test/java/org/kinetix4j/env/levels/` fail when a committed file differs from what
            the builder code produces, so regenerate after changing a level.

            ## Tests

            * every level: the committed JSON equals the builder's output and loads back to the same level; it fits
              its size and has a green shape and a blue goal; 256 agent steps of random actions keep the state
              finite;
            * scripted solutions: for the levels marked in `ScriptedSolutionsTest`, a scripted controller (open- or
              closed-loop) reaches the goal within 256 agent steps while doing nothing does not.

            ## Levels

            """;

    static final String FOOTER = "";

    private ContactSheet() {
    }
}
