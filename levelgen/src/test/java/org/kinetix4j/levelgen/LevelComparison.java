package org.kinetix4j.levelgen;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.kinetix4j.env.Level;
import org.kinetix4j.physics2d.BatchState;

/** Bit-for-bit level comparison over every public array of every table, found by reflection so none is missed. */
final class LevelComparison {
    private LevelComparison() {
    }

    /** The first difference between two levels (parameters, physics tables, Kinetix tables), or null. */
    static String firstDifference(Level a, Level b) {
        if (!a.staticParams().equals(b.staticParams())) {
            return "static params " + a.staticParams() + " vs " + b.staticParams();
        }
        if (!a.envParams().equals(b.envParams())) {
            return "env params " + a.envParams() + " vs " + b.envParams();
        }
        BatchState s = a.state();
        BatchState t = b.state();
        if (!s.params(0).equals(t.params(0))) {
            return "sim params";
        }
        Object[][] pairs = {{s.shapes, t.shapes}, {s.joints, t.joints}, {s.thrusters, t.thrusters},
            {s.polyPolyManifolds, t.polyPolyManifolds}, {s.circlePolyManifolds, t.circlePolyManifolds},
            {s.circleCircleManifolds, t.circleCircleManifolds}, {s, t}, {a.tables(), b.tables()}};
        for (Object[] pair : pairs) {
            String d = arrays(pair[0], pair[1]);
            if (d != null) {
                return pair[0].getClass().getSimpleName() + "." + d;
            }
        }
        return null;
    }

    private static String arrays(Object a, Object b) {
        for (Field f : a.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !f.getType().isArray()) {
                continue;
            }
            try {
                Object x = f.get(a);
                Object y = f.get(b);
                boolean same = switch (x) {
                    case float[] fx -> Arrays.equals(fx, (float[]) y);
                    case int[] ix -> Arrays.equals(ix, (int[]) y);
                    case boolean[] bx -> Arrays.equals(bx, (boolean[]) y);
                    default -> throw new AssertionError("unexpected array type " + x.getClass());
                };
                if (!same) {
                    return f.getName();
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return null;
    }
}
