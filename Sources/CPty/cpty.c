#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "cpty.h"

int atelier_pty_open_master(void) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0) {
        close(fd);
        return -1;
    }
    atelier_pty_set_window_size(fd, 24, 80);
    return fd;
}

int atelier_pty_slave_name(int master, char *buffer, size_t length) {
    return ptsname_r(master, buffer, length);
}

int atelier_pty_set_window_size(int fd, unsigned short rows, unsigned short columns) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(fd, TIOCSWINSZ, &size) == 0 ? 0 : errno;
}

int atelier_pty_spawn(const char *path, char *const argv[], char *const envp[],
                      const char *slave_path, pid_t *pid) {
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
    sigset_t all, none;
    int status;

    sigfillset(&all);
    sigemptyset(&none);
    if ((status = posix_spawnattr_init(&attributes)) != 0) return status;
    if ((status = posix_spawn_file_actions_init(&actions)) != 0) {
        posix_spawnattr_destroy(&attributes);
        return status;
    }
    if ((status = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGDEF
                                                            | POSIX_SPAWN_SETSIGMASK)) == 0
        && (status = posix_spawnattr_setsigdefault(&attributes, &all)) == 0
        && (status = posix_spawnattr_setsigmask(&attributes, &none)) == 0
        /* File actions run after setsid: the first terminal opened becomes the controlling one. */
        && (status = posix_spawn_file_actions_addopen(&actions, 0, slave_path, O_RDWR, 0)) == 0
        && (status = posix_spawn_file_actions_adddup2(&actions, 0, 1)) == 0
        && (status = posix_spawn_file_actions_adddup2(&actions, 0, 2)) == 0
        && (status = posix_spawn_file_actions_addclosefrom_np(&actions, 3)) == 0) {
        status = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    }
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    return status;
}

int atelier_unread_bytes(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}
