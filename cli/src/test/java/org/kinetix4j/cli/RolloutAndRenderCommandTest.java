package org.kinetix4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutAndRenderCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("kinetix.shared.dir", "../../shared"));
    private static final Path LEVEL = SHARED.resolve("kinetix-levels/s/h8_unicycle_balance.json");
    private static final Path ENV_TRACE = SHARED.resolve("golden/env/s/h8_unicycle_balance__zero.jsonl");

    @TempDir
    Path dir;

    private static int run(String... args) {
        return CliRun.of(args).code();
    }

    @Test
    void shouldReplayAnEnvGoldenTraceLineForLine() throws Exception {
        Path out = dir.resolve("rollout.jsonl");
        assertEquals(0, run("rollout", "--level", LEVEL.toString(), "--actions", ENV_TRACE.toString(),
                "--padding-quirk", "off", "--out", out.toString()));
        ObjectMapper mapper = new ObjectMapper();
        List<String> ours = Files.readAllLines(out);
        List<String> golden = Files.readAllLines(ENV_TRACE);
        assertEquals(golden.size() - 1, ours.size(), "one line per agent step of the trace");
        int ends = 0;
        for (int k = 0; k < ours.size(); k++) {
            JsonNode mine = mapper.readTree(ours.get(k));
            JsonNode theirs = mapper.readTree(golden.get(k + 1));
            assertEquals(theirs.get("multi_discrete"), mine.get("action"), "action of step " + (k + 1));
            boolean done = mine.get("terminated").asBoolean() || mine.get("truncated").asBoolean();
            assertEquals(theirs.get("done").asBoolean(), done, "episode end at step " + (k + 1));
            if (done) {
                ends++;
                assertEquals(theirs.get("reward").asDouble(), mine.get("reward").asDouble(), 0.05,
                        "sparse reward (plus shaping) at step " + (k + 1));
            }
        }
        assertTrue(ends > 0, "the trace ends episodes, and the rollout restarts them");
    }

    @Test
    void shouldRunRandomRolloutsOfEveryActionType() throws Exception {
        for (String type : List.of("continuous", "discrete", "multi_discrete")) {
            Path out = dir.resolve(type + ".jsonl");
            assertEquals(0, run("rollout", "--level", LEVEL.toString(), "--action-type", type, "--steps", "300",
                    "--seed", "4", "--out", out.toString()));
            List<String> lines = Files.readAllLines(out);
            assertEquals(300, lines.size());
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"terminated\":true") || l.contains(
                    "\"truncated\":true")), type + ": at least one episode ends within 300 agent steps");
        }
        assertEquals(2, run("rollout", "--level", LEVEL.toString(), "--out", "x.jsonl", "--action-type", "joystick"));
        assertEquals(2, run("rollout", "--level", LEVEL.toString()), "--out is required");
    }

    @Test
    void shouldRenderAFrameAndAnAnimation() throws Exception {
        Path png = dir.resolve("frame.png");
        Path gif = dir.resolve("run.gif");
        assertEquals(0, run("render", "--level", LEVEL.toString(), "--out", png.toString(), "--steps", "20",
                "--gif", gif.toString()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(500, image.getWidth());
        assertEquals(500, image.getHeight());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(11, reader.getNumImages(true), "the start frame and one frame per agent step");
        }
        Path small = dir.resolve("small.png");
        assertEquals(0, run("render", "--level", LEVEL.toString(), "--out", small.toString(), "--downscale", "4"));
        assertEquals(125, ImageIO.read(small.toFile()).getWidth());
        assertEquals(2, run("render", "--level", LEVEL.toString(), "--out", small.toString(), "--downscale", "0"));
    }
}
