package org.kinetix4j.env;

import java.util.Locale;
import org.kinetix4j.physics2d.StaticConfig;

/** Kinetix's environment sizes (spec kinetix.md §2), plus CUSTOM for any other capacities. */
public enum LevelSize {
    /** 5 polygons, 2 circles, 1 joint, 1 thruster. */
    S(StaticConfig.small()),
    /** 6 polygons, 3 circles, 2 joints, 2 thrusters. */
    M(StaticConfig.medium()),
    /** 12 polygons, 4 circles, 6 joints, 2 thrusters. */
    L(StaticConfig.large()),
    /** Capacities that match none of the presets. */
    CUSTOM(null);

    private final StaticConfig config;

    LevelSize(StaticConfig config) {
        this.config = config;
    }

    /** The preset's config; throws for CUSTOM. */
    public StaticConfig config() {
        if (config == null) {
            throw new IllegalStateException("CUSTOM has no preset config");
        }
        return config;
    }

    /** The preset whose capacities equal {@code config}'s, or CUSTOM. */
    public static LevelSize of(StaticConfig config) {
        for (LevelSize size : values()) {
            if (size.config != null && size.config.numPolygons() == config.numPolygons()
                    && size.config.numCircles() == config.numCircles()
                    && size.config.numJoints() == config.numJoints()
                    && size.config.numThrusters() == config.numThrusters()) {
                return size;
            }
        }
        return CUSTOM;
    }

    /** Parses "s", "m", "l" (any case). */
    public static LevelSize parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "s", "small" -> S;
            case "m", "medium" -> M;
            case "l", "large" -> L;
            default -> throw new IllegalArgumentException("size=" + text + " must be one of s, m, l");
        };
    }
}
