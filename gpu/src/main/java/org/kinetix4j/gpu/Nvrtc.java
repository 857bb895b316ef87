package org.kinetix4j.gpu;

import static org.bytedeco.cuda.global.nvrtc.NVRTC_SUCCESS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.cuda.global.nvrtc;
import org.bytedeco.cuda.nvrtc._nvrtcProgram;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * Run-time compilation of the kernel source to PTX with NVRTC ({@code libnvrtc.so.13}, from a CUDA toolkit or
 * the {@code nvidia-cuda-nvrtc} wheel): for configurations that have no PTX built at build time.
 */
final class Nvrtc {
    private Nvrtc() {
    }

    /**
     * PTX for {@code architecture} (e.g. {@code compute_90}).
     *
     * @throws IllegalStateException with NVRTC's log when the source does not compile, or when NVRTC cannot be
     *                               loaded
     */
    static String compile(String source, Map<String, String> defines, boolean parity, String architecture) {
        try {
            org.bytedeco.javacpp.Loader.load(nvrtc.class);
        } catch (LinkageError e) {
            throw new IllegalStateException("no prebuilt PTX matches this configuration and NVRTC cannot be loaded "
                    + "(libnvrtc.so.13 from a CUDA 13 toolkit must be on the library path): " + e.getMessage(), e);
        }
        _nvrtcProgram program = new _nvrtcProgram();
        check(nvrtc.nvrtcCreateProgram(program, new BytePointer(source), new BytePointer("kinetix_step.cu"), 0,
                (PointerPointer<?>) null, (PointerPointer<?>) null), "nvrtcCreateProgram");
        try {
            List<String> options = new ArrayList<>(PtxCatalog.options(defines, parity));
            options.add("--gpu-architecture=" + architecture);
            int code = nvrtc.nvrtcCompileProgram(program, options.size(),
                    new PointerPointer<>(options.toArray(String[]::new)));
            if (code != NVRTC_SUCCESS) {
                throw new IllegalStateException("NVRTC could not compile the kernel source for " + architecture
                        + " with " + options + ": " + nvrtc.nvrtcGetErrorString(code).getString() + "\n"
                        + log(program));
            }
            SizeTPointer size = new SizeTPointer(1);
            check(nvrtc.nvrtcGetPTXSize(program, size), "nvrtcGetPTXSize");
            byte[] ptx = new byte[(int) size.get()];
            check(nvrtc.nvrtcGetPTX(program, ptx), "nvrtcGetPTX");
            int length = ptx.length;
            while (length > 0 && ptx[length - 1] == 0) {
                length--;
            }
            return new String(ptx, 0, length, java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            nvrtc.nvrtcDestroyProgram(program);
        }
    }

    private static String log(_nvrtcProgram program) {
        SizeTPointer size = new SizeTPointer(1);
        if (nvrtc.nvrtcGetProgramLogSize(program, size) != NVRTC_SUCCESS) {
            return "(no log)";
        }
        byte[] log = new byte[(int) size.get()];
        nvrtc.nvrtcGetProgramLog(program, log);
        return new String(log, java.nio.charset.StandardCharsets.UTF_8).trim();
    }

    private static void check(int code, String call) {
        if (code != NVRTC_SUCCESS) {
            throw new IllegalStateException(call + " failed: " + nvrtc.nvrtcGetErrorString(code).getString()
                    + " (" + code + ")");
        }
    }
}
