#!/usr/bin/env bash
# Builds, here, a self-contained bundle for benchmarks/gpu-check.sh on a GPU machine that has no Java, no Maven
# and no network: .gpu-bundle/kinetix-gpu-bundle.tar.gz (ignored by git) holding
#   jre/       a jlink'd Java 25 runtime (java.base, java.logging, java.management, java.sql, jdk.unsupported)
#   kinetix-cli.jar  the launcher with every dependency: OpenCL/CUDA JavaCPP bindings and their linux-x86_64 JNI
#              libraries, and the PTX that nvcc built for S/M/L x parity/fast (when nvcc is present here)
#   lib/opencl/libOpenCL.so.1  the ocl-icd loader (Debian's ocl-icd-libopencl1), used only where the machine
#              has none; gpu-check.sh writes the nvidia.icd vendor file at run time, naming the driver's
#              libnvidia-opencl.so.1 by its real path
#   lib/cuda/libcudart.so.13   this toolkit's CUDA runtime, used only where the machine has none
#   shared/kinetix-levels/     Kinetix's hand-made levels (tests and benchmarks read them; not in the repo)
#   BUILD      what was built, from which commit
# Usage: benchmarks/gpu-bundle.sh   (then carry .gpu-bundle to the GPU machine; see the README)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
shared="${KINETIX_SHARED_DIR:-$root/../shared}"
out="$root/.gpu-bundle"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
build_dir=target-bundle

echo "gpu-bundle: building the launcher (mvn package, tests skipped, build dir $build_dir)..."
mvn -B -q -Dkinetix.build.dir="$build_dir" -Dmaven.test.skip=true -pl cli -am package
cp "cli/$build_dir/kinetix-cli.jar" "$stage/kinetix-cli.jar"
ptx_count=$(unzip -l "$stage/kinetix-cli.jar" 'org/kinetix4j/gpu/ptx/*.ptx.gz' 2>/dev/null | grep -c '\.ptx\.gz' || true)
echo "gpu-bundle: launcher $(du -h "$stage/kinetix-cli.jar" | cut -f1), $ptx_count prebuilt PTX"

echo "gpu-bundle: jlink'ing a Java runtime..."
"$JAVA_HOME/bin/jlink" --add-modules java.base,java.logging,java.management,java.sql,jdk.unsupported \
  --strip-debug --no-header-files --no-man-pages --compress=zip-9 --output "$stage/jre"

mkdir -p "$stage/lib/opencl" "$stage/lib/cuda"
echo "gpu-bundle: the OpenCL ICD loader (apt-get download ocl-icd-libopencl1)..."
if (cd "$stage" && apt-get download ocl-icd-libopencl1 >/dev/null 2>&1); then
  deb="$(ls "$stage"/ocl-icd-libopencl1_*.deb)"
  dpkg -x "$deb" "$stage/deb"
  cp -a "$stage"/deb/usr/lib/x86_64-linux-gnu/libOpenCL.so.1* "$stage/lib/opencl/"
  rm -rf "$stage/deb" "$deb"
else
  echo "gpu-bundle: WARNING: apt-get download ocl-icd-libopencl1 failed; the bundle relies on the machine's" \
       "libOpenCL.so.1 or the one inside the JavaCPP OpenCL jar" >&2
fi
cudart=""
for dir in /usr/local/cuda/lib64 /usr/local/cuda/lib /usr/local/cuda-13.0/lib /usr/local/cuda-13.0/lib64 \
           /usr/local/cuda/targets/x86_64-linux/lib; do
  if [ -e "$dir/libcudart.so.13" ]; then cudart="$dir/libcudart.so.13"; break; fi
done
if [ -n "$cudart" ]; then
  cp -L "$cudart" "$stage/lib/cuda/libcudart.so.13"
else
  echo "gpu-bundle: WARNING: no libcudart.so.13 here; the GPU machine must have its own" >&2
fi

if [ -d "$shared/kinetix-levels" ]; then
  mkdir -p "$stage/shared"
  cp -a "$shared/kinetix-levels" "$stage/shared/"
else
  echo "gpu-bundle: WARNING: $shared/kinetix-levels not found: the differential test's hand-made levels and" \
       "the benchmark sweep will fail on the GPU machine" >&2
fi

{
  echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -n)"
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' + uncommitted changes')"
  echo "java $("$stage/jre/bin/java" -version 2>&1 | head -1)"
  echo "prebuilt PTX: $ptx_count ($(command -v nvcc >/dev/null && nvcc --version | tail -1 || echo 'no nvcc'))"
} > "$stage/BUILD"

mkdir -p "$out"
rm -f "$out"/kinetix-gpu-bundle.tar.gz
tar czf "$out/kinetix-gpu-bundle.tar.gz" -C "$stage" .
size=$(du -m "$out/kinetix-gpu-bundle.tar.gz" | cut -f1)
echo "gpu-bundle: $out/kinetix-gpu-bundle.tar.gz (${size} MiB)"
if [ "$size" -gt 56 ]; then
  echo "gpu-bundle: WARNING: over 56 MiB; with the working tree it may exceed the 64 MiB transfer limit" >&2
fi
cat "$stage/BUILD"
