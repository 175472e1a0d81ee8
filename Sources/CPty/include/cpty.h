#ifndef ATELIER_CPTY_H
#define ATELIER_CPTY_H
#include <sys/types.h>

/// Opens a pseudo-terminal master (close-on-exec, 80x24); returns its fd or -1.
int atelier_pty_open_master(void);

/// Copies the path of the master's slave device into `buffer`; returns 0 or an errno value.
int atelier_pty_slave_name(int master, char *buffer, size_t length);

/// Sets the window size of the terminal behind `fd` (TIOCSWINSZ); the foreground process
/// group gets SIGWINCH. Returns 0 or an errno value.
int atelier_pty_set_window_size(int fd, unsigned short rows, unsigned short columns);

/// Starts `path` in a new session whose stdin, stdout and stderr are the slave terminal at
/// `slave_path`, opened after setsid so that it becomes the controlling terminal (Ctrl-C then
/// sends SIGINT). Signal dispositions are reset to default and the signal mask is emptied;
/// descriptors from 3 up are closed in the child. `argv` and `envp` are NULL-terminated.
/// Returns 0 and stores the child's pid, or an errno value.
int atelier_pty_spawn(const char *path, char *const argv[], char *const envp[],
                      const char *slave_path, pid_t *pid);

/// How many bytes written to the pipe behind `fd` (either end) are not read yet (FIONREAD), or -1.
int atelier_unread_bytes(int fd);

#endif
