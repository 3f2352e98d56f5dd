/* The frontend half of the standard-library sweep (tests/frontend/sweep.py).
 *
 * Reads one file path per line on stdin and runs py2c's frontend (fe_parse:
 * tree-sitter, CST -> AST, the checks of check.c) on each, in this process,
 * so that the timing is comparable with CPython's in-process compile(). For
 * each file it prints, flushed:
 *   BEGIN\tPATH
 *   DONE\tPATH\tMICROSECONDS\tOK                       (CPU time of fe_parse)
 *   DONE\tPATH\tMICROSECONDS\tERR\tLINE\tCOL\tMESSAGE   (the first error by position)
 *   DONE\tPATH\t0\tIO\tREASON                           (unreadable file)
 * A crash or a hang (SIGALRM after --timeout seconds, default 10) ends the
 * process after a BEGIN without its DONE; the driver restarts after it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common/diag.h"
#include "common/source.h"
#include "frontend/frontend.h"
#include "ir/ast.h"

/* CPU time, as sweep.py's time.process_time for CPython: wall time would
 * count whatever else the machine runs. */
static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* Messages go on one tab-separated line. */
static void print_clean(const char *s) {
    for (; *s; s++) putchar(*s == '\n' || *s == '\t' || *s == '\r' ? ' ' : *s);
}

int main(int argc, char **argv) {
    unsigned timeout = 10;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--timeout") == 0 && i + 1 < argc) timeout = (unsigned)atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: sweep [--timeout SECONDS] < file-list\n");
            return 2;
        }
    }
    char line[8192];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (!line[0]) continue;
        printf("BEGIN\t%s\n", line);
        fflush(stdout);
        SourceFile *src = source_load(line);
        if (!src) {
            printf("DONE\t%s\t0\tIO\t%s\n", line, strerror(errno));
            fflush(stdout);
            continue;
        }
        alarm(timeout);
        double t0 = now_us();
        DiagList diags;
        diag_init(&diags);
        AstModule *m = fe_parse(src, &diags);
        diag_sort(&diags);
        double t1 = now_us();
        alarm(0);
        printf("DONE\t%s\t%.0f\t", line, t1 - t0);
        const Diag *first = NULL;
        for (int i = 0; i < diags.len && !first; i++)
            if (diags.items[i].level == DIAG_ERROR) first = &diags.items[i];
        /* fe_parse decoded a file with a PEP 263 cookie in place: src's
         * text is now the UTF-8 text, whose columns diag_display_column counts. */
        if (first) {
            printf("ERR\t%d\t%d\t", first->span.line, diag_display_column(src, first->span.line, first->span.col));
            print_clean(first->message);
            putchar('\n');
        } else {
            printf("OK\n");
        }
        fflush(stdout);
        ast_module_free(m);
        diag_free(&diags);
        source_free(src);
    }
    return 0;
}
