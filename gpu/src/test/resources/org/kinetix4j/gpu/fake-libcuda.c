/* A fake CUDA driver (libcuda.so.1) in host memory, for checking the JNI plumbing of CudaRuntime without a GPU:
   device memory is malloc'd, copies are memcpy, a module is the PTX text, a launch records its arguments. */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
typedef unsigned long long CUdeviceptr;
static int ctx_token = 1;
static int launches = 0;
int cuInit(unsigned int f) { return 0; }
int cuDeviceGetCount(int *c) { *c = 1; return 0; }
int cuDeviceGet(int *d, int o) { *d = o; return o == 0 ? 0 : 101; }
int cuDevicePrimaryCtxRetain(void **ctx, int d) { *ctx = &ctx_token; return 0; }
int cuDevicePrimaryCtxRelease(int d) { return 0; }
int cuDevicePrimaryCtxRelease_v2(int d) { return 0; }
int cuCtxSetCurrent(void *ctx) { return ctx == &ctx_token ? 0 : 201; }
int cuCtxSynchronize(void) { return 0; }
int cuDeviceGetAttribute(int *v, int attr, int d) { *v = attr == 75 ? 9 : attr == 76 ? 0 : attr == 16 ? 132 : 1; return 0; }
int cuDeviceGetName(char *name, int len, int d) { strncpy(name, "Fake H200", len); return 0; }
int cuDriverGetVersion(int *v) { *v = 13000; return 0; }
int cuMemAlloc_v2(CUdeviceptr *p, size_t n) { *p = (CUdeviceptr) malloc(n); return *p ? 0 : 2; }
int cuMemAlloc(CUdeviceptr *p, size_t n) { return cuMemAlloc_v2(p, n); }
int cuMemFree_v2(CUdeviceptr p) { free((void *) p); return 0; }
int cuMemFree(CUdeviceptr p) { return cuMemFree_v2(p); }
int cuMemsetD8_v2(CUdeviceptr p, unsigned char v, size_t n) { memset((void *) p, v, n); return 0; }
int cuMemsetD8(CUdeviceptr p, unsigned char v, size_t n) { return cuMemsetD8_v2(p, v, n); }
int cuMemcpyHtoD_v2(CUdeviceptr d, const void *h, size_t n) { memcpy((void *) d, h, n); return 0; }
int cuMemcpyHtoD(CUdeviceptr d, const void *h, size_t n) { return cuMemcpyHtoD_v2(d, h, n); }
int cuMemcpyDtoH_v2(void *h, CUdeviceptr d, size_t n) { memcpy(h, (void *) d, n); return 0; }
int cuMemcpyDtoH(void *h, CUdeviceptr d, size_t n) { return cuMemcpyDtoH_v2(h, d, n); }
int cuModuleLoadData(void **m, const void *image) {
  const char *ptx = image;
  if (strstr(ptx, ".version") == NULL) return 218;
  *m = strdup(ptx); return 0;
}
int cuModuleUnload(void *m) { free(m); return 0; }
int cuModuleGetFunction(void **f, void *m, const char *name) {
  char entry[256]; snprintf(entry, sizeof entry, ".entry %s(", name);
  if (strstr((const char *) m, entry) == NULL) return 500;
  *f = strdup(name); return 0;
}
int cuFuncGetAttribute(int *v, int attr, void *f) { *v = 1024; return 0; }
int cuLaunchKernel(void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                   unsigned shared, void *stream, void **params, void **extra) {
  launches++;
  /* Echo the launch for the checker; params[0] must be readable (the first argument's value). */
  fprintf(stdout, "FAKE-LAUNCH %s grid=%u block=%u arg0=%d\n", (const char *) f, gx, bx, *(int *) params[0]);
  fflush(stdout);
  return 0;
}
int cuGetErrorName(int e, const char **s) { *s = e == 500 ? "CUDA_ERROR_NOT_FOUND" : e == 218 ? "CUDA_ERROR_INVALID_PTX" : "CUDA_ERROR_FAKE"; return 0; }
