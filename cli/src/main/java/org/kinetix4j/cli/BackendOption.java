package org.kinetix4j.cli;

import java.util.function.Supplier;
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
        return asUsageError(name, () -> Backends.create(name, threads));
    }

    /**
     * Checks that {@code name} is a known backend that can run here, without creating it.
     *
     * @throws UsageException naming the known backends, or saying why this one is unavailable
     */
    static void check(String name) {
        asUsageError(name, () -> {
            Backends.check(name);
            return null;
        });
    }

    /** Runs {@code selection}, turning its unknown-name and unavailable-backend errors into usage errors. */
    private static <T> T asUsageError(String name, Supplier<T> selection) {
        try {
            return selection.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(NAME + " " + name + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new UsageException(NAME + " " + name + ": " + e.getMessage(), false);
        }
    }
}
