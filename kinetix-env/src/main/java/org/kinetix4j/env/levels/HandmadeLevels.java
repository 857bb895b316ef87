package org.kinetix4j.env.levels;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelWriter;
import org.kinetix4j.env.render.ImageFiles;
import org.kinetix4j.env.render.PixelRenderer;

/**
 * The catalogue of our hand-made levels, and the program that regenerates their files.
 *
 * <p>{@code main} writes, under a levels folder (default {@code levels} in the working directory, or the first
 * argument): every level's Kinetix JSON to {@code <size>/<name>.json}, a thumbnail to
 * {@code thumbnails/<size>_<name>.png} (the pixel observation at downscale 4, enlarged twice) and the contact
 * sheet {@code README.md}.
 */
public final class HandmadeLevels {
    /** Downscale of the thumbnails' renderer: Kinetix's pixel-observation resolution, 125 × 125. */
    public static final int THUMBNAIL_DOWNSCALE = 4;
    /** Nearest-neighbour enlargement of the thumbnails. */
    public static final int THUMBNAIL_UPSCALE = 2;

    private HandmadeLevels() {
    }

    /** Every hand-made level, ordered by size (S, M, L), then family, then name; names are unique per size. */
    public static List<HandmadeLevel> all() {
        List<HandmadeLevel> levels = new ArrayList<>();
        levels.addAll(CarLevels.levels());
        levels.addAll(ThrusterLevels.levels());
        levels.addAll(PendulumLevels.levels());
        levels.addAll(CartpoleLevels.levels());
        levels.addAll(LanderLevels.levels());
        levels.addAll(ThrowingLevels.levels());
        levels.addAll(GraspLevels.levels());
        levels.addAll(PinballLevels.levels());
        levels.addAll(MazeLevels.levels());
        levels.addAll(WalkerLevels.levels());
        levels.sort(Comparator.comparing(HandmadeLevel::size).thenComparing(HandmadeLevel::family)
                .thenComparing(HandmadeLevel::name));
        Set<String> paths = new HashSet<>();
        for (HandmadeLevel level : levels) {
            if (!paths.add(level.path())) {
                throw new IllegalStateException("two hand-made levels are called " + level.path());
            }
        }
        return List.copyOf(levels);
    }

    /**
     * The level called {@code path} ({@code "<size>/<name>"}, e.g. {@code "m/car_right"}).
     *
     * @throws IllegalArgumentException if there is none
     */
    public static HandmadeLevel byPath(String path) {
        return all().stream().filter(level -> level.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hand-made level " + path));
    }

    /** The JSON file of {@code level} under the levels folder {@code root}. */
    public static Path jsonFile(Path root, HandmadeLevel level) {
        return root.resolve(level.path() + ".json");
    }

    /** The thumbnail of {@code level} under the levels folder {@code root}. */
    public static Path thumbnailFile(Path root, HandmadeLevel level) {
        return root.resolve(thumbnailName(level));
    }

    private static String thumbnailName(HandmadeLevel level) {
        return "thumbnails/" + level.path().replace('/', '_') + ".png";
    }

    /** The thumbnail picture of a level in its initial state. */
    public static BufferedImage thumbnail(Level level) {
        PixelRenderer renderer = PixelRenderer.forLevel(level, THUMBNAIL_DOWNSCALE);
        return ImageFiles.upscale(renderer.toImage(level.state(), level.tables(), 0), THUMBNAIL_UPSCALE);
    }

    /**
     * Regenerates every level file, thumbnail and the contact sheet.
     *
     * @param args optional: the levels folder (default {@code levels})
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "levels");
        List<HandmadeLevel> levels = all();
        for (HandmadeLevel handmade : levels) {
            Level level = handmade.build();
            Path json = jsonFile(root, handmade);
            Files.createDirectories(json.getParent());
            LevelWriter.write(level, json);
            ImageFiles.writePng(thumbnail(level), thumbnailFile(root, handmade));
        }
        writeContactSheet(root.resolve("README.md"), levels);
        System.out.println("wrote " + levels.size() + " levels, thumbnails and README.md under " + root);
    }

    private static void writeContactSheet(Path file, List<HandmadeLevel> levels) {
        StringBuilder md = new StringBuilder();
        md.append(ContactSheet.HEADER);
        md.append("| thumbnail | name | size | family | description |\n");
        md.append("|---|---|---|---|---|\n");
        for (HandmadeLevel level : levels) {
            md.append(String.format(Locale.ROOT, "| ![%s](%s) | `%s` | %s | %s | %s |\n", level.path(),
                    thumbnailName(level), level.name(), level.size(), level.family().label(),
                    level.description()));
        }
        md.append(ContactSheet.FOOTER);
        try {
            Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
