package org.kinetix4j.gpu;

import java.util.List;
import org.kinetix4j.physics2d.Backend;
import org.kinetix4j.physics2d.BackendProvider;

/**
 * The {@code opencl} backend for {@link org.kinetix4j.physics2d.Backends}: on the device that {@link OpenClRuntime}
 * chooses, the parity build unless {@value GpuBackend#BUILD_PROPERTY}{@code =fast}. Ranks above the CPU backend
 * for {@code auto} only when that device is a GPU: on an OpenCL CPU device (PoCL) the CPU backend is the
 * reference and needs no native library.
 */
public final class OpenClBackendProvider implements BackendProvider {
    /** Rank for {@code auto} on a GPU device: above the CPU backend (10), below CUDA. */
    static final int GPU_RANK = 50;
    /** Rank for {@code auto} when the chosen device is not a GPU: below the CPU backend. */
    static final int CPU_DEVICE_RANK = 5;

    @Override
    public String name() {
        return "opencl";
    }

    @Override
    public int autoRank() {
        try {
            List<OpenClRuntime.DeviceInfo> devices = OpenClRuntime.devices();
            return OpenClRuntime.choose(devices, System.getProperty(OpenClRuntime.DEVICE_PROPERTY)).gpu()
                    ? GPU_RANK : CPU_DEVICE_RANK;
        } catch (RuntimeException | LinkageError e) {
            return CPU_DEVICE_RANK;
        }
    }

    @Override
    public String unavailableReason() {
        try {
            OpenClRuntime.choose(OpenClRuntime.devices(), System.getProperty(OpenClRuntime.DEVICE_PROPERTY));
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            return "OpenCL backend unavailable: " + e;
        }
    }

    @Override
    public Backend create(int threads) {
        return GpuBackend.create(unavailableReason(), OpenClRuntime::new);
    }
}
