#define _GNU_SOURCE
#include <stdlib.h>
#include <fcntl.h>
#include "cpty.h"

int atelier_pty_open_master(void) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0) return -1;
    return fd;
}
