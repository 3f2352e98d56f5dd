/* build/run support. (stub: to be written) */
#include <stdio.h>
#include "driver.h"

int drv_runtime_paths(const char *argv0, RuntimePaths *out) { (void)argv0; (void)out; return 2; }
int drv_compile(const RuntimePaths *rt, const char *c_path, const char *out_path, BuildTarget target) { (void)rt; (void)c_path; (void)out_path; (void)target; return 2; }
void drv_print_cflags(const RuntimePaths *rt, BuildTarget target) { (void)rt; (void)target; }
void drv_print_libs(const RuntimePaths *rt, BuildTarget target) { (void)rt; (void)target; }
int drv_cache_dir(char *out, unsigned size) { (void)out; (void)size; return 2; }
int drv_exec(const char *prog, int argc, char **argv) { (void)prog; (void)argc; (void)argv; return 2; }
