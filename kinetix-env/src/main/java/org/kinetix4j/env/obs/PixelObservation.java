package org.kinetix4j.env.obs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import org.kinetix4j.env.EnvParams;
import org.kinetix4j.env.EnvTables;
import org.kinetix4j.env.KinetixStaticParams;
import org.kinetix4j.env.render.PixelRenderer;
import org.kinetix4j.env.spaces.BoxSpace;
import org.kinetix4j.env.spaces.DictSpace;
import org.kinetix4j.env.spaces.Space;
import org.kinetix4j.physics2d.BatchState;

/**
 * The pixel observation (spec kinetix.md §4.5): per environment an {@code image} of (500/ds) × (500/ds) × 3
 * floats in [0, 1] (125 × 125 × 3 at the default downscale 4) in Kinetix's layout {@code [x][y][channel]}, y up,
 * drawn by {@link PixelRenderer}, and {@code global_info} = [gravity.y / 10].
 *
 * <p>Kinetix declares only the image in its space; this one declares both entries. Building is single-threaded
 * per builder (one renderer).
 */
public final class PixelObservation implements ObservationBuilder {
    /** Key of the image in {@link #observation(int)}. */
    public static final String IMAGE = "image";
    /** Key of the global information vector. */
    public static final String GLOBAL_INFO = "global_info";

    private final PixelRenderer renderer;
    private final int envCount;
    private final int imageSize;
    private final float[] images;
    private final float[] globalInfo;
    private final DictSpace space;

    /** A builder for {@code envCount} environments, at the static params' downscale. */
    public PixelObservation(KinetixStaticParams staticParams, EnvParams envParams, int envCount) {
        this.renderer = new PixelRenderer(staticParams, envParams);
        this.envCount = envCount;
        this.imageSize = renderer.imageSize();
        this.images = new float[Math.multiplyExact(envCount, imageSize)];
        this.globalInfo = new float[envCount];
        LinkedHashMap<String, Space> entries = new LinkedHashMap<>();
        entries.put(IMAGE, BoxSpace.of(0, 1, renderer.width(), renderer.height(), 3));
        entries.put(GLOBAL_INFO, BoxSpace.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1));
        this.space = new DictSpace(entries);
    }

    /** Every environment's image, {@code [env][x][y][channel]} (the live buffer). */
    public float[] images() {
        return images;
    }

    /** Every environment's gravity.y / 10, {@code [env]}. */
    public float[] globalInfo() {
        return globalInfo;
    }

    /** Floats per image. */
    public int imageSize() {
        return imageSize;
    }

    /** The renderer that draws the images (its size and scale). */
    public PixelRenderer renderer() {
        return renderer;
    }

    @Override
    public ObservationType type() {
        return ObservationType.PIXELS;
    }

    @Override
    public int envCount() {
        return envCount;
    }

    @Override
    public Space singleObservationSpace() {
        return space;
    }

    @Override
    public void build(BatchState state, EnvTables tables, int env) {
        renderer.render(state, tables, env, images, env * imageSize);
        globalInfo[env] = state.gravityY[env] / 10f;
    }

    @Override
    public void copyEnv(int env, ObservationBuilder target, int targetEnv) {
        if (!(target instanceof PixelObservation other) || other.imageSize != imageSize) {
            throw new IllegalArgumentException("target is not a pixel observation of the same size");
        }
        System.arraycopy(images, env * imageSize, other.images, targetEnv * imageSize, imageSize);
        other.globalInfo[targetEnv] = globalInfo[env];
    }

    @Override
    public Object observation(int env) {
        if (env < 0 || env >= envCount) {
            throw new IndexOutOfBoundsException("env=" + env + " is outside 0.." + (envCount - 1));
        }
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put(IMAGE, Arrays.copyOfRange(images, env * imageSize, (env + 1) * imageSize));
        out.put(GLOBAL_INFO, new float[] {globalInfo[env]});
        return out;
    }
}
