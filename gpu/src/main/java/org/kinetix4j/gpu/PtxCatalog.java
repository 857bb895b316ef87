package org.kinetix4j.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The CUDA compiler options of the portable kernel source, and the PTX built from it at build time.
 *
 * <p>{@link PtxBuilder} runs {@code nvcc} during the build (where it exists) for the named sizes in the parity
 * and fast builds and stores each PTX as the resource {@code ptx/<key>.ptx.gz} beside this class, where the key
 * is a hash of exactly what {@link DeviceRuntime#compile} receives: the source, the definitions and the build.
 * {@link CudaRuntime} loads a matching PTX with {@code cuModuleLoadData} and compiles anything else with NVRTC,
 * with the same options, so the two paths give the same code. A source edited after the build changes the key
 * and falls back to NVRTC rather than running stale PTX.
 */
public final class PtxCatalog {
    /** Where the PTX resources live, relative to this class. */
    static final String DIRECTORY = "ptx/";
    /**
     * The virtual architecture of the prebuilt PTX: the oldest CUDA 13 supports (Turing), so one PTX serves
     * every current NVIDIA GPU, which the driver compiles for its own architecture when loading (the kernel
     * uses no newer instruction).
     */
    public static final String PREBUILT_ARCHITECTURE = "compute_75";

    private PtxCatalog() {
    }

    /**
     * Options of both nvcc and NVRTC (the architecture aside). Parity: no contraction of a*b+c into an FMA,
     * correctly rounded division and square root, no flush of denormals, as the CPU engine computes; fast:
     * contraction allowed, otherwise the same. Definitions follow as {@code -DNAME=VALUE}, plus
     * {@code KINETIX_PARITY} in the parity build, as on OpenCL.
     */
    public static List<String> options(Map<String, String> defines, boolean parity) {
        List<String> options = new ArrayList<>();
        options.add(parity ? "--fmad=false" : "--fmad=true");
        options.add("--prec-div=true");
        options.add("--prec-sqrt=true");
        options.add("--ftz=false");
        defines.forEach((name, value) -> options.add("-D" + name + "=" + value));
        if (parity && !defines.containsKey("KINETIX_PARITY")) {
            options.add("-DKINETIX_PARITY=1");
        }
        return options;
    }

    /** The key of one compilation: 16 hex digits of a SHA-256 of the source, the sorted definitions and the build. */
    public static String key(String source, Map<String, String> defines, boolean parity) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(source.getBytes(StandardCharsets.UTF_8));
            new TreeMap<>(defines).forEach((name, value) ->
                    digest.update(("\n-D" + name + "=" + value).getBytes(StandardCharsets.UTF_8)));
            digest.update((parity ? "\nparity" : "\nfast").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The resource name of the PTX of {@code key}, relative to this class. */
    static String resource(String key) {
        return DIRECTORY + key + ".ptx.gz";
    }

    /** The prebuilt PTX of {@code key}, or {@code null} when the build made none (no nvcc, other config). */
    public static String find(String key) {
        try (InputStream in = PtxCatalog.class.getResourceAsStream(resource(key))) {
            if (in == null) {
                return null;
            }
            try (GZIPInputStream gz = new GZIPInputStream(in)) {
                return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PTX resource " + resource(key), e);
        }
    }
}
