package org.kinetix4j.env.obs;

import org.kinetix4j.env.EnvParams;

import java.util.Locale;
import org.kinetix4j.env.KinetixStaticParams;

/** Kinetix's observation types (spec kinetix.md §4). */
public enum ObservationType {
    /** One float vector per environment, clipped to [−10, 10] (§4.2). */
    SYMBOLIC_FLAT,
    /** One row per entity, zero-padded to a common width plus type and gravity columns (§4.3). */
    SYMBOLIC_FLAT_PADDED,
    /** Per-entity feature arrays, masks and attention masks, the reference's default (§4.4). */
    SYMBOLIC_ENTITY,
    /** A rendered image plus gravity (§4.5); built by the renderer, not by this package. */
    PIXELS;

    /** Kinetix's name: "symbolic_flat", "symbolic_flat_padded", "symbolic_entity", "pixels". */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses Kinetix's name (any case; '-' accepted for '_'). */
    public static ObservationType parse(String text) {
        String key = text.toLowerCase(Locale.ROOT).replace('-', '_');
        for (ObservationType type : values()) {
            if (type.configName().equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("observation type=" + text
                + " must be one of symbolic_flat, symbolic_flat_padded, symbolic_entity, pixels");
    }

    /** A builder of this type for {@code envCount} environments of {@code params}, Kinetix's env params. */
    public ObservationBuilder newBuilder(KinetixStaticParams params, int envCount) {
        return Observations.create(this, params.physics(), params, EnvParams.defaults(), envCount);
    }
}
