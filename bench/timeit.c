/*
** timeit.c — runs a command K times (its output thrown away) and prints the median wall time in
** milliseconds, the median of the runs' peak resident set sizes in KiB (the peak of one run
** varies by a few hundred KiB with where the kernel maps things, so one run says little) and the
** median processor time (user + system) in milliseconds, which a loaded machine disturbs less
** than the wall time:
**   "median_ms=12.345 maxrss_kib=6789 cpu_ms=10.123"
** Exits 1 if any run fails (status non-zero or killed).
**
** usage: timeit K COMMAND [ARGS...]
*/
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* qsort comparator for doubles. */
static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The median of n values (sorts them). */
static double median_of(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Seconds on the monotonic clock. */
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 3 || atoi(argv[1]) < 1) {
    fputs("usage: timeit K COMMAND [ARGS...]\n", stderr);
    return 2;
  }
  int k = atoi(argv[1]);
  double *times = calloc((size_t)k, sizeof *times);
  double *rss = calloc((size_t)k, sizeof *rss);
  double *cpu = calloc((size_t)k, sizeof *cpu);
  if (!times || !rss || !cpu) return 1;
  for (int i = 0; i < k; i++) {
    double start = now();
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 1; }
    if (pid == 0) {
      int null = open("/dev/null", O_WRONLY);
      if (null >= 0) dup2(null, 1);
      execvp(argv[2], argv + 2);
      perror(argv[2]);
      _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) { perror("wait4"); return 1; }
    times[i] = now() - start;
    rss[i] = (double)ru.ru_maxrss;
    cpu[i] = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
             (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      fprintf(stderr, "timeit: %s failed\n", argv[2]);
      return 1;
    }
  }
  printf("median_ms=%.3f maxrss_kib=%.0f cpu_ms=%.3f\n", median_of(times, k) * 1000, median_of(rss, k),
         median_of(cpu, k) * 1000);
  free(times);
  free(rss);
  free(cpu);
  return 0;
}
