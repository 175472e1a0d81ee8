#ifndef ATELIER_CPTY_H
#define ATELIER_CPTY_H
/// Opens a pseudo-terminal master; returns its fd or -1.
int atelier_pty_open_master(void);
#endif
