package org.kinetix4j.cli;

import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.Backends;

/**
 * The {@code --backend cpu|opencl|cuda|auto} option of {@code simulate}, {@code rollout} and {@code bench}: a
 * backend by name from {@link Backends}. An unknown name and a backend that cannot run on this machine are
 * usage errors (exit 2) whose message lists the known names or says why the backend is unavailable.
 */
final class BackendOption {
    /** The option's name. */
    static final String NAME = "--backend";

    private BackendOption() {
    }

    /** The backend named by {@code --backend} (default {@code cpu}); the caller closes it. */
    static Backend create(Args args, int threads) {
        return create(args.get(NAME, "cpu"), threads);
    }

    /** The backend called {@code name}; the caller closes it. */
    static Backend create(String name, int threads) {
        try {
            return Backends.create(name, threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(NAME + " " + name + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new UsageException(NAME + " " + name + ": " + e.getMessage(), false);
        }
    }

    /**
     * Checks that {@code name} is a known backend that can run here, without creating it.
     *
     * @throws UsageException naming the known backends, or saying why this one is unavailable
     */
    static void check(String name) {
        if (!Backends.names().contains(name)) {
            throw new UsageException(NAME + " " + name + ": unknown backend; known: "
                    + String.join(", ", Backends.names()));
        }
        for (var provider : Backends.providers()) {
            String reason = provider.name().equals(name) ? provider.unavailableReason() : null;
            if (reason != null) {
                throw new UsageException(NAME + " " + name + ": " + reason, false);
            }
        }
    }
}
