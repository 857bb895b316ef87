#!/usr/bin/env bash
# The GPU check of issue #7, for a machine with an NVIDIA GPU; runs in under 8 minutes:
#   1. machine info: nvidia-smi, Java, the OpenCL platforms, every backend and why one is unavailable
#   2. the differential test against the CPU engine on CUDA and on OpenCL (GpuCheck diff: parity build,
#      random S/M/L scenes + the hand-made levels, every array after every step, tolerance 0; determinism)
#   3. the physics steps/s sweep for S, M, L at 4,096 / 16,384 / 65,536 / 262,144 environments: CUDA fast
#      build, OpenCL (parity), CUDA parity build, then the CPU backend on this machine's cores (smaller batches)
#   in the order: info, CUDA differential, CUDA fast sweep, OpenCL differential, OpenCL sweep, the rest
# Each part has its own time limit and a failing part does not stop the others. Logs go to stdout and, when
# OUT is set, to $OUT/gpu-check.log, $OUT/bench.csv (every sweep's rows) and $OUT/summary.txt.
#
# Two ways to run: with Java 25 and Maven on the machine it builds (mvn package); otherwise it unpacks the
# bundle made by benchmarks/gpu-bundle.sh (.gpu-bundle/kinetix-gpu-bundle.tar.gz: a Java runtime, the launcher
# jar with prebuilt PTX, an OpenCL ICD loader, the CUDA runtime library, the levels). GPU_CHECK_BUNDLE=1 forces
# the bundle. Knobs (defaults in brackets): GPU_CHECK_ENVS [4096,16384,65536,262144], GPU_CHECK_SECONDS [1],
# GPU_CHECK_DIFF_ENVS [1024], GPU_CHECK_DIFF_STEPS [60], GPU_CHECK_CPU_ENVS [4096,65536],
# GPU_CHECK_BUDGET seconds for everything [470], GPU_CHECK_HEAP [48g].
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
start=$(date +%s)
budget=${GPU_CHECK_BUDGET:-470}
envs=${GPU_CHECK_ENVS:-4096,16384,65536,262144}
seconds=${GPU_CHECK_SECONDS:-1}
diff_envs=${GPU_CHECK_DIFF_ENVS:-1024}
diff_steps=${GPU_CHECK_DIFF_STEPS:-60}
cpu_envs=${GPU_CHECK_CPU_ENVS:-4096,65536}
heap=${GPU_CHECK_HEAP:-48g}
work="${TMPDIR:-/tmp}/kinetix-gpu-check"
mkdir -p "$work"
log="$work/gpu-check.log"
csv="$work/bench.csv"
summary="$work/summary.txt"
: > "$log"; : > "$csv"; : > "$summary"
if [ -n "${OUT:-}" ]; then mkdir -p "$OUT"; fi

say() { echo "$@" | tee -a "$log"; }
publish() {
  if [ -n "${OUT:-}" ]; then cp "$log" "$csv" "$summary" "$work"/hs_err_*.log "$OUT/" 2>/dev/null || true; fi
}
trap publish EXIT
left() { echo $(( budget - ($(date +%s) - start) )); }

# part NAME CAP_SECONDS COMMAND...: runs COMMAND with a limit of min(CAP, what is left of the budget), logs it,
# records its outcome in the summary. Never stops the script.
part() {
  local name=$1 cap=$2; shift 2
  local limit; limit=$(left)
  if [ "$limit" -gt "$cap" ]; then limit=$cap; fi
  if [ "$limit" -lt 10 ]; then
    say "=== $name: SKIPPED (time budget of ${budget}s spent)"
    echo "$name: skipped (budget spent)" >> "$summary"
    return
  fi
  say "=== $name (limit ${limit}s): $*"
  local t0; t0=$(date +%s)
  timeout --kill-after=10 "$limit" "$@" 2>&1 | tee "$work/part.log" | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  local took=$(( $(date +%s) - t0 ))
  local outcome="exit $rc"
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then outcome="TIMED OUT after ${limit}s"; fi
  local verdict
  verdict=$(grep -E '^(PASS|FAIL) [a-z]+: |^kinetix [a-z]+: .*(unavailable|unknown|failed|rror|xception)|^Exception' \
    "$work/part.log" | tail -1)
  if [ -n "$verdict" ]; then outcome="$outcome: $verdict"; fi
  say "=== $name: $outcome in ${took}s"
  echo "$name: $outcome in ${took}s" >> "$summary"
  publish
}

say "=== gpu-check $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -n), budget ${budget}s"
if command -v nvidia-smi >/dev/null 2>&1; then
  timeout 20 nvidia-smi 2>&1 | tee -a "$log"
  timeout 20 nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv 2>&1 | tee -a "$log"
else
  say "nvidia-smi: not found"
fi
say "processors: $(nproc), memory: $(awk '/MemTotal/ {print int($2/1024) " MiB"}' /proc/meminfo)"

# ---- Java and the launcher: build with Maven where possible, else the bundle ----
java_ok() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -q 'version "2[5-9]\|version "[3-9][0-9]'; }
java_home=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
  if [ -n "$candidate" ] && java_ok "$candidate"; then java_home=$candidate; break; fi
done
jar=""
shared_dir="$root/../shared"
bundle_tar="$root/.gpu-bundle/kinetix-gpu-bundle.tar.gz"
if [ "${GPU_CHECK_BUNDLE:-0}" != 1 ] && [ -n "$java_home" ] && command -v mvn >/dev/null 2>&1; then
  say "=== build: mvn package with $java_home"
  if JAVA_HOME=$java_home timeout 300 mvn -B -q -Dkinetix.build.dir=target-gpucheck -Dmaven.test.skip=true \
      -pl cli -am package 2>&1 | tee -a "$log"; then
    jar="$root/cli/target-gpucheck/kinetix-cli.jar"
  else
    say "build: mvn failed; trying the bundle"
  fi
fi
bundle=""
if [ -z "$jar" ]; then
  if [ ! -f "$bundle_tar" ]; then
    say "FATAL: no Java 25 + Maven here and no bundle at $bundle_tar (make it with benchmarks/gpu-bundle.sh" \
        "and carry .gpu-bundle)"
    echo "setup: no way to run Java" >> "$summary"
    exit 1
  fi
  bundle="$work/bundle"
  rm -rf "$bundle"; mkdir -p "$bundle"
  tar xzf "$bundle_tar" -C "$bundle"
  say "=== bundle: $(tr '\n' ';' < "$bundle/BUILD")"
  java_home="$bundle/jre"
  jar="$bundle/kinetix-cli.jar"
  if [ -d "$bundle/shared/kinetix-levels" ]; then shared_dir="$bundle/shared"; fi
fi
say "java: $("$java_home/bin/java" -version 2>&1 | head -1); jar: $jar; levels: $shared_dir/kinetix-levels"

# ---- native libraries: the driver's, the toolkit's, else the bundle's ----
has_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
find_lib() { # NAME DIRS...: the first directory holding NAME
  local name=$1; shift
  for dir in "$@"; do
    for hit in "$dir"/$name; do [ -e "$hit" ] && { dirname "$hit"; return 0; }; done
  done
  return 1
}
extra=""
add_path() { case ":$extra:" in *":$1:"*) ;; *) extra="${extra:+$extra:}$1" ;; esac; }
cuda_dirs=(/usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib /usr/local/cuda-13*/lib64
           /usr/local/cuda-13*/targets/x86_64-linux/lib /usr/local/cuda/lib /opt/torch/.venv/lib/python3*/site-packages/nvidia/cu13/lib
           /usr/local/lib/python3*/dist-packages/nvidia/cu13/lib /usr/lib/python3/dist-packages/nvidia/cu13/lib)
driver_dirs=(/usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib/wsl/lib)
if ! has_lib libcuda.so.1; then
  dir=$(find_lib 'libcuda.so.1' "${driver_dirs[@]}") && add_path "$dir"
fi
if ! has_lib libcudart.so.13; then
  if dir=$(find_lib 'libcudart.so.13' "${cuda_dirs[@]}"); then add_path "$dir"
  elif [ -n "$bundle" ] && [ -e "$bundle/lib/cuda/libcudart.so.13" ]; then add_path "$bundle/lib/cuda"; fi
fi
if ! has_lib libnvrtc.so.13; then
  dir=$(find_lib 'libnvrtc.so.13' "${cuda_dirs[@]}") && add_path "$dir"
fi
if ! has_lib libOpenCL.so.1 && [ -n "$bundle" ] && [ -e "$bundle/lib/opencl/libOpenCL.so.1" ]; then
  add_path "$bundle/lib/opencl"
fi
if [ -n "$extra" ]; then export LD_LIBRARY_PATH="$extra${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"; fi
say "LD_LIBRARY_PATH=${LD_LIBRARY_PATH:-}"
# OpenCL on NVIDIA: the ICD loader needs a vendor file naming the driver's OpenCL library.
if ! ls /etc/OpenCL/vendors/*.icd >/dev/null 2>&1 || ! grep -qsl nvidia /etc/OpenCL/vendors/*.icd; then
  icd_lib=""
  if has_lib libnvidia-opencl.so.1; then icd_lib=libnvidia-opencl.so.1
  elif dir=$(find_lib 'libnvidia-opencl.so.1' "${driver_dirs[@]}"); then icd_lib="$dir/libnvidia-opencl.so.1"; fi
  if [ -n "$icd_lib" ]; then
    mkdir -p "$work/vendors"
    cp /etc/OpenCL/vendors/*.icd "$work/vendors/" 2>/dev/null || true
    echo "$icd_lib" > "$work/vendors/nvidia.icd"
    export OCL_ICD_VENDORS="$work/vendors"
    say "OpenCL: no NVIDIA vendor file in /etc/OpenCL/vendors; using OCL_ICD_VENDORS=$OCL_ICD_VENDORS ($icd_lib)"
  else
    say "OpenCL: no NVIDIA vendor file and no libnvidia-opencl.so.1 found: OpenCL may see no NVIDIA device"
  fi
fi
if command -v clinfo >/dev/null 2>&1; then timeout 20 clinfo -l 2>&1 | tee -a "$log"; fi

# A JVM that a driver crashes leaves its hs_err report in $work, and publish() brings it back with the logs.
# nopointergc: as in ./kinetix (NVIDIA's OpenCL crashed the JVM intermittently with JavaCPP's pointer GC on).
java_cmd=("$java_home/bin/java" --enable-native-access=ALL-UNNAMED "-Xmx$heap" "-XX:ErrorFile=$work/hs_err_%p.log"
          -Dorg.bytedeco.javacpp.nopointergc=true
          "-Dkinetix.shared.dir=$shared_dir" "-Dorg.bytedeco.javacpp.cachedir=$work/javacpp-cache")
gpu_check=("${java_cmd[@]}" -cp "$jar" org.kinetix4j.cli.GpuCheck)
sweep() { # NAME CAP BACKEND BUILD ENVS: one sweep as a part, its CSV rows appended to the common CSV
  # BUILD: parity or fast for a device backend (-Dkinetix.gpu.build), cpu for the CPU backend. The bench CSV
  # has its own build column, so the files concatenate as they are: one header, then every sweep's rows.
  local name=$1 cap=$2 backend=$3 build=$4 sweep_envs=$5
  local file="$work/bench-$backend-$build.csv"
  local build_flag=()
  if [ "$build" != cpu ]; then build_flag=("-Dkinetix.gpu.build=$build"); fi
  rm -f "$file"
  part "$name" "$cap" "${java_cmd[@]}" ${build_flag[@]+"${build_flag[@]}"} -jar "$jar" bench --backend "$backend" \
    --size all --envs "$sweep_envs" --seconds "$seconds" --agent off --baseline-max-envs 0 --csv "$file"
  if [ -s "$file" ]; then
    if [ ! -s "$csv" ]; then head -1 "$file" > "$csv"; fi
    tail -n +2 "$file" >> "$csv"
    publish
  fi
}

# Most important first: a part that runs long only squeezes the ones after it. GPU_CHECK_PARTS runs a chosen
# list instead (names below, repeats allowed), e.g. GPU_CHECK_PARTS=diff-opencl,diff-opencl to retry one check.
for name in $(echo "${GPU_CHECK_PARTS:-info,diff-cuda,sweep-cuda-fast,diff-opencl,sweep-opencl,sweep-cuda-parity,sweep-cpu}" | tr ',' ' '); do
  case $name in
    info) part info 60 "${gpu_check[@]}" info ;;
    diff-cuda) part "differential cuda" 120 "${gpu_check[@]}" diff cuda "$diff_envs" "$diff_steps" ;;
    sweep-cuda-fast) sweep "sweep cuda fast" 100 cuda fast "$envs" ;;
    diff-opencl) part "differential opencl" 130 "${gpu_check[@]}" diff opencl "$diff_envs" "$diff_steps" ;;
    sweep-opencl) sweep "sweep opencl parity" 100 opencl parity "$envs" ;;
    sweep-cuda-parity) sweep "sweep cuda parity" 70 cuda parity "$envs" ;;
    sweep-cpu) sweep "sweep cpu" 50 cpu cpu "$cpu_envs" ;;
    *) say "unknown part '$name' in GPU_CHECK_PARTS"; echo "$name: unknown part" >> "$summary" ;;
  esac
done

say "=== summary ($(( $(date +%s) - start ))s in all)"
tee -a "$log" < "$summary"
if [ -s "$csv" ]; then say "=== sweep rows (backend,build,size,envs,threads,physics_steps_per_s,...)"; tee -a "$log" < "$csv"; fi
