package org.kinetix4j.gpu;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * The array copies of a {@link DeviceRuntime}, written once for {@link OpenClRuntime} and {@link CudaRuntime}:
 * both APIs copy between device memory and native host memory only, so a Java array goes through a reusable
 * native staging buffer, in slices of at most {@link #SLICE} elements. A subclass supplies the two blocking
 * native copies and the check that a buffer is its own and large enough.
 *
 * <p>The staging buffers are grown on demand and kept, and the element type is dispatched by a switch rather than
 * a copy function, so that the per-step action upload allocates nothing.
 */
abstract class StagedCopyRuntime implements DeviceRuntime {
    /** Elements staged at once: larger arrays are copied in slices, so the staging buffers stay at most 64 MiB. */
    static final int SLICE = 16 << 20;

    private final Staging staging = new Staging();

    /**
     * Throws {@link IllegalArgumentException} unless {@code buffer} belongs to this runtime and holds {@code bytes}
     * bytes; {@code what} ("write" or "read") names the copy in the message. Called once per copy, before any slice.
     */
    abstract void checkCopy(DeviceBuffer buffer, long bytes, String what);

    /** Blocking copy of {@code bytes} bytes from {@code host} into {@code target} at byte {@code offset}. */
    abstract void copyToDevice(DeviceBuffer target, long offset, Pointer host, long bytes);

    /** Blocking copy of {@code bytes} bytes from {@code source} at byte {@code offset} into {@code host}. */
    abstract void copyToHost(DeviceBuffer source, long offset, Pointer host, long bytes);

    @Override
    public final void write(DeviceBuffer target, float[] source) {
        write(target, source, source.length, Float.BYTES);
    }

    @Override
    public final void write(DeviceBuffer target, int[] source) {
        write(target, source, source.length, Integer.BYTES);
    }

    @Override
    public final void write(DeviceBuffer target, byte[] source) {
        write(target, source, source.length, Byte.BYTES);
    }

    @Override
    public final void read(DeviceBuffer source, float[] target) {
        read(source, target, target.length, Float.BYTES);
    }

    @Override
    public final void read(DeviceBuffer source, int[] target) {
        read(source, target, target.length, Integer.BYTES);
    }

    @Override
    public final void read(DeviceBuffer source, byte[] target) {
        read(source, target, target.length, Byte.BYTES);
    }

    /** {@code array} is a float[], int[] or byte[] of {@code length} elements of {@code elementBytes} bytes. */
    private void write(DeviceBuffer target, Object array, int length, int elementBytes) {
        checkCopy(target, (long) length * elementBytes, "write");
        for (int from = 0; from < length; from += SLICE) {
            int count = Math.min(SLICE, length - from);
            copyToDevice(target, (long) from * elementBytes, staging.put(array, from, count),
                    (long) count * elementBytes);
        }
    }

    private void read(DeviceBuffer source, Object array, int length, int elementBytes) {
        checkCopy(source, (long) length * elementBytes, "read");
        for (int from = 0; from < length; from += SLICE) {
            int count = Math.min(SLICE, length - from);
            copyToHost(source, (long) from * elementBytes, staging.forType(array, count),
                    (long) count * elementBytes);
            staging.get(array, from, count);
        }
    }

    /** Frees the staging memory; subclasses call it from {@link #close()}. */
    final void closeStaging() {
        staging.close();
    }

    /** Native host memory for the copies, one typed buffer per element type, grown on demand. */
    static final class Staging {
        private FloatPointer floats = new FloatPointer(1L);
        private IntPointer ints = new IntPointer(1L);
        private BytePointer bytes = new BytePointer(1L);

        FloatPointer floats(int count) {
            if (floats.capacity() < count) {
                floats.close();
                floats = new FloatPointer(count);
            }
            return floats;
        }

        IntPointer ints(int count) {
            if (ints.capacity() < count) {
                ints.close();
                ints = new IntPointer(count);
            }
            return ints;
        }

        BytePointer bytes(int count) {
            if (bytes.capacity() < count) {
                bytes.close();
                bytes = new BytePointer(count);
            }
            return bytes;
        }

        /** The staging buffer for {@code array}'s element type, holding at least {@code count} elements. */
        Pointer forType(Object array, int count) {
            return switch (array) {
                case float[] _ -> floats(count);
                case int[] _ -> ints(count);
                case byte[] _ -> bytes(count);
                default -> throw new IllegalArgumentException("cannot stage a " + array.getClass().getSimpleName());
            };
        }

        /** Stages {@code array[from, from + count)} and returns the staging buffer holding it. */
        Pointer put(Object array, int from, int count) {
            return switch (array) {
                case float[] a -> floats(count).put(a, from, count);
                case int[] a -> ints(count).put(a, from, count);
                case byte[] a -> bytes(count).put(a, from, count);
                default -> throw new IllegalArgumentException("cannot stage a " + array.getClass().getSimpleName());
            };
        }

        /** Copies the first {@code count} staged elements into {@code array[from, from + count)}. */
        void get(Object array, int from, int count) {
            switch (array) {
                case float[] a -> floats.get(a, from, count);
                case int[] a -> ints.get(a, from, count);
                case byte[] a -> bytes.get(a, from, count);
                default -> throw new IllegalArgumentException("cannot stage a " + array.getClass().getSimpleName());
            }
        }

        void close() {
            floats.close();
            ints.close();
            bytes.close();
        }
    }
}
