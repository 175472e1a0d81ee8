#ifndef ATELIER_CREADLINE_SHIM_H
#define ATELIER_CREADLINE_SHIM_H
/* GNU readline. Missing? Install it with: sudo apt-get install libreadline-dev */
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
#endif
