/* oa's additions to the WebAssembly C library, linked into every C program (as
 * its prelude) and every C++ program (in the C++ support library). Everything
 * here is weak: a program's own definitions win, as they do over glibc's. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The compiler's runtime library (the 128-bit division and modulo of __int128,
 * among others) was built with stack protection, whose canary and failure
 * handler the WebAssembly C library does not define: without them, any program
 * dividing an __int128 failed to link. A fixed canary keeps runs reproducible.
 * The message is glibc's. */
__attribute__((weak)) uintptr_t __stack_chk_guard = (uintptr_t)0x2b9e1c3dUL;
__attribute__((weak, noreturn)) void __stack_chk_fail(void) {
    fputs("*** stack smashing detected ***: terminated\n", stderr);
    abort();
}

/* qsort as glibc (2.36, Debian 12) does it: a top-down merge sort into a
 * buffer, halves split at n / 2, the left element taken on ties. The WebAssembly
 * C library's qsort is musl's smoothsort, which is not stable: elements that
 * compare equal came out in another order than under g++ and gcc (a silent
 * difference whenever a program sorts records by one key and prints them all),
 * and it made about twice the comparator calls. Being the same algorithm, this
 * one also calls the comparator on the same pairs in the same order, and needs
 * the same extra memory (one copy of the array). */
typedef int (*oa_compare)(const void *, const void *);

static void oa_msort(char *b, size_t n, size_t s, oa_compare cmp, char *t) {
    if (n <= 1) return;
    size_t n1 = n / 2, n2 = n - n1;
    char *b1 = b, *b2 = b + n1 * s, *out = t;
    oa_msort(b1, n1, s, cmp, t);
    oa_msort(b2, n2, s, cmp, t);
    /* The element copies are specialised for the sizes of int, long long and
     * pointers, as glibc's are: a call to memcpy per element halves the speed. */
    switch (s) {
    case 4:
        while (n1 > 0 && n2 > 0) {
            if (cmp(b1, b2) <= 0) { memcpy(out, b1, 4); b1 += 4; --n1; }
            else { memcpy(out, b2, 4); b2 += 4; --n2; }
            out += 4;
        }
        break;
    case 8:
        while (n1 > 0 && n2 > 0) {
            if (cmp(b1, b2) <= 0) { memcpy(out, b1, 8); b1 += 8; --n1; }
            else { memcpy(out, b2, 8); b2 += 8; --n2; }
            out += 8;
        }
        break;
    default:
        while (n1 > 0 && n2 > 0) {
            if (cmp(b1, b2) <= 0) { memcpy(out, b1, s); b1 += s; --n1; }
            else { memcpy(out, b2, s); b2 += s; --n2; }
            out += s;
        }
        break;
    }
    if (n1 > 0) memcpy(out, b1, n1 * s);
    memcpy(b, t, (n - n2) * s);
}

/* When no buffer can be had: a heap sort in place (glibc falls back to an
 * in-place quicksort there; neither is stable). */
static void oa_swap(char *a, char *b, size_t s) {
    while (s--) { char c = *a; *a++ = *b; *b++ = c; }
}

static void oa_sift(char *b, size_t root, size_t n, size_t s, oa_compare cmp) {
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n) return;
        if (child + 1 < n && cmp(b + child * s, b + (child + 1) * s) < 0) child++;
        if (cmp(b + root * s, b + child * s) >= 0) return;
        oa_swap(b + root * s, b + child * s, s);
        root = child;
    }
}

__attribute__((weak)) void qsort(void *base, size_t n, size_t s, oa_compare cmp) {
    if (n <= 1 || s == 0) return;
    char *b = base;
    char small[1024];
    char *t = n > SIZE_MAX / s ? NULL : n * s <= sizeof small ? small : malloc(n * s);
    if (t) {
        oa_msort(b, n, s, cmp, t);
        if (t != small) free(t);
        return;
    }
    for (size_t i = n / 2; i-- > 0;) oa_sift(b, i, n, s, cmp);
    for (size_t end = n - 1; end > 0; end--) {
        oa_swap(b, b + end * s, s);
        oa_sift(b, 0, end, s, cmp);
    }
}
