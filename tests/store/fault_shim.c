/* An LD_PRELOAD shim that makes write() or fsync() fail on chosen files.

   FAULT_PATH   a part of the file's path (e.g. "marika.db-wal")
   FAULT_OPS    "write", "fsync" or both
   FAULT_ERRNO  the error to return (5 = EIO, 28 = ENOSPC)
   FAULT_ARM    a file name: faults happen only while that file exists, so the process
                under test can start, log in and save normally before the disk "breaks".
   Built by tests/store/test_faults.py with the system's C compiler. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static int armed(int fd, const char *op) {
    const char *arm = getenv("FAULT_ARM"), *match = getenv("FAULT_PATH");
    const char *ops = getenv("FAULT_OPS");
    char link[64], path[4096];
    ssize_t n;
    if (!arm || !match || !ops || !strstr(ops, op) || access(arm, F_OK) != 0) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    n = readlink(link, path, sizeof path - 1);
    if (n < 0) return 0;
    path[n] = 0;
    return strstr(path, match) != NULL;
}

static int fault(void) {
    const char *e = getenv("FAULT_ERRNO");
    errno = e ? atoi(e) : EIO;
    return -1;
}

#define REAL(name) static __typeof__(&name) real; if (!real) real = dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t n) {
    REAL(write);
    return armed(fd, "write") ? fault() : real(fd, buf, n);
}
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    REAL(pwrite);
    return armed(fd, "write") ? fault() : real(fd, buf, n, off);
}
ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
    REAL(pwrite64);
    return armed(fd, "write") ? fault() : real(fd, buf, n, off);
}
int fsync(int fd) {
    REAL(fsync);
    return armed(fd, "fsync") ? fault() : real(fd);
}
int fdatasync(int fd) {
    REAL(fdatasync);
    return armed(fd, "fsync") ? fault() : real(fd);
}
