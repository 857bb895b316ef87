/*
 * Kinetix4j portable kernel prelude: lets the same physics source compile as OpenCL C 1.2 and as CUDA C++.
 *
 * The step is written in plain C against these few macros: KERNEL (an entry point), GLOBAL (device memory),
 * ENV_INDEX (this work-item's environment), the double <-> bit-pattern casts the fdlibm port needs, and FUNC
 * (every helper, inlined). Everything else (float and double arithmetic, sqrt, the double-precision libm) is
 * spelled the same in both languages.
 *
 * Parity builds must not contract a*b+c into an FMA: OpenCL gets "#pragma OPENCL FP_CONTRACT OFF" here (and
 * no -cl-mad-enable); CUDA gets -fmad=false from its compiler options. Division and sqrt must be correctly
 * rounded: -cl-fp32-correctly-rounded-divide-sqrt on OpenCL, CUDA's defaults (-prec-div, -prec-sqrt) there.
 */
#ifdef __CUDACC__
  #define KERNEL extern "C" __global__ void
  #define GLOBAL
  #define FUNC static __device__ inline
  #define ENV_INDEX ((int) (blockIdx.x * blockDim.x + threadIdx.x))
  #define AS_LONG(d) __double_as_longlong(d)
  #define AS_DOUBLE(l) __longlong_as_double(l)
  #define FLOAT_BITS(f) __float_as_int(f)
  typedef unsigned char uchar;
#else
  #pragma OPENCL EXTENSION cl_khr_fp64 : enable
  #ifdef KINETIX_PARITY
    #pragma OPENCL FP_CONTRACT OFF
  #endif
  #define KERNEL __kernel void
  #define GLOBAL __global
  #define FUNC static inline
  #define ENV_INDEX ((int) get_global_id(0))
  #define AS_LONG(d) as_long(d)
  #define AS_DOUBLE(l) as_double(l)
  #define FLOAT_BITS(f) as_int(f)
#endif

/* Array lengths must be positive in C even where a capacity is 0 (no joints, no circles). */
#define ATLEAST1(n) ((n) > 0 ? (n) : 1)
