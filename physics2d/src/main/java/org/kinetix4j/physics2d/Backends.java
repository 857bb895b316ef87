package org.kinetix4j.physics2d;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Creates backends by name ({@code cpu}, {@code opencl}, {@code cuda}, {@code auto}) from the registered providers. */
public final class Backends {
    /** The name that picks the best available backend. */
    public static final String AUTO = "auto";

    private Backends() {
    }

    /** Every registered provider, the CPU backend first, then in the order the service loader finds them. */
    public static List<BackendProvider> providers() {
        List<BackendProvider> all = new ArrayList<>();
        all.add(new CpuBackendProvider());
        for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
            all.add(provider);
        }
        return all;
    }

    /** The names accepted by {@link #create}, {@code auto} included. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (BackendProvider provider : providers()) {
            names.add(provider.name());
        }
        names.add(AUTO);
        return names;
    }

    /**
     * A backend by name; {@code auto} picks the available provider of highest {@link BackendProvider#autoRank()}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     * @throws IllegalStateException    when the named backend cannot run on this machine, saying why
     */
    public static Backend create(String name, int threads) {
        if (AUTO.equals(name)) {
            BackendProvider best = providers().stream()
                    .filter(provider -> provider.unavailableReason() == null)
                    .max(Comparator.comparingInt(BackendProvider::autoRank))
                    .orElseThrow();
            return best.create(threads);
        }
        return available(name).create(threads);
    }

    /**
     * Checks, without creating anything, that {@link #create} would accept {@code name}: a known name whose
     * backend can run here ({@code auto} always can: the CPU backend is its last resort).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     * @throws IllegalStateException    when the named backend cannot run on this machine, saying why
     */
    public static void check(String name) {
        if (!AUTO.equals(name)) {
            available(name);
        }
    }

    private static BackendProvider available(String name) {
        for (BackendProvider provider : providers()) {
            if (provider.name().equals(name)) {
                String reason = provider.unavailableReason();
                if (reason != null) {
                    throw new IllegalStateException(reason);
                }
                return provider;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + name + "'; known: " + String.join(", ", names()));
    }

    /** The CPU backend's provider: always available; ranks between a GPU and an OpenCL CPU device. */
    private static final class CpuBackendProvider implements BackendProvider {
        @Override
        public String name() {
            return "cpu";
        }

        @Override
        public int autoRank() {
            return 10;
        }

        @Override
        public String unavailableReason() {
            return null;
        }

        @Override
        public Backend create(int threads) {
            return new CpuBackend(threads);
        }
    }
}
