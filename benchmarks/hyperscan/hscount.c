/*
 * hscount: counts the matches of the usual PII regexes in one file with Intel Hyperscan, the
 * fastest regex engine there is for many patterns at once. It is the native peer that
 * benchmarks/compare.sh times the scanner against (with ripgrep), on the same input in the same run.
 *
 *   hscount FILE [THREADS]
 *
 * The file is mapped and cut into THREADS pieces (default: the online cores) at line ends; each
 * thread streams its piece through one Hyperscan stream in 1 MiB blocks, so no match is lost at a
 * block edge. The patterns are compare.sh's ripgrep patterns. Hyperscan reports every end of every
 * match of every pattern; to count as ripgrep does (non-overlapping matches of the patterns' union),
 * a match is counted only when it starts at or after the end of the last counted match
 * (HS_FLAG_SOM_LEFTMOST gives the start). The counts are close to ripgrep's, not always equal
 * (the shortest match is counted first, where ripgrep takes the leftmost-first); like ripgrep, it
 * matches and does not validate anything.
 *
 * Build: cc -O2 -o hscount hscount.c -lhs -lpthread   (Debian: libhyperscan-dev)
 */
#include <fcntl.h>
#include <hs/hs.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define PATTERNS 4
#define BLOCK (1 << 20)

static const char *expressions[PATTERNS] = {
    "[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]",
    "1[3-9][0-9]{9}",
    "[0-9]{13,19}",
    "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
};

static hs_database_t *database;

struct piece {
  const char *from;
  size_t length;
  unsigned long long last_end;
  unsigned long long counted;
};

static int on_match(unsigned int id, unsigned long long from, unsigned long long to,
                    unsigned int flags, void *context) {
  (void)flags;
  (void)id;
  struct piece *piece = context;
  if (from >= piece->last_end) {
    piece->last_end = to;
    piece->counted++;
  }
  return 0;
}

static void *scan_piece(void *arg) {
  struct piece *piece = arg;
  hs_scratch_t *scratch = NULL;
  hs_stream_t *stream = NULL;
  if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS ||
      hs_open_stream(database, 0, &stream) != HS_SUCCESS) {
    fprintf(stderr, "hscount: cannot allocate Hyperscan scratch space or stream\n");
    exit(1);
  }
  for (size_t at = 0; at < piece->length; at += BLOCK) {
    size_t n = piece->length - at < BLOCK ? piece->length - at : BLOCK;
    if (hs_scan_stream(stream, piece->from + at, (unsigned int)n, 0, scratch, on_match, piece) !=
        HS_SUCCESS) {
      fprintf(stderr, "hscount: scan failed\n");
      exit(1);
    }
  }
  hs_close_stream(stream, scratch, on_match, piece);
  hs_free_scratch(scratch);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    fprintf(stderr, "usage: hscount FILE [THREADS]\n");
    return 2;
  }
  long threads = argc == 3 ? atol(argv[2]) : sysconf(_SC_NPROCESSORS_ONLN);
  if (threads < 1 || threads > 256) {
    fprintf(stderr, "hscount: THREADS must be 1-256\n");
    return 2;
  }
  unsigned int flags[PATTERNS];
  unsigned int ids[PATTERNS];
  for (int i = 0; i < PATTERNS; i++) {
    flags[i] = HS_FLAG_SOM_LEFTMOST;
    ids[i] = i;
  }
  hs_compile_error_t *error = NULL;
  if (hs_compile_multi(expressions, flags, ids, PATTERNS, HS_MODE_STREAM | HS_MODE_SOM_HORIZON_LARGE,
                       NULL, &database, &error) != HS_SUCCESS) {
    fprintf(stderr, "hscount: pattern %d: %s\n", error->expression, error->message);
    return 1;
  }
  int fd = open(argv[1], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) {
    perror(argv[1]);
    return 1;
  }
  size_t size = (size_t)st.st_size;
  const char *data = size == 0 ? "" : mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (data == MAP_FAILED) {
    perror("mmap");
    return 1;
  }
  struct piece *pieces = calloc((size_t)threads, sizeof *pieces);
  pthread_t *workers = calloc((size_t)threads, sizeof *workers);
  size_t start = 0;
  for (long t = 0; t < threads; t++) {
    size_t end = t == threads - 1 ? size : size / (size_t)threads * (size_t)(t + 1);
    if (end < start) {
      end = start;
    }
    while (end < size && data[end - (end > 0)] != '\n') {
      end++; /* a piece ends after a line end, so no line is cut */
    }
    pieces[t].from = data + start;
    pieces[t].length = end - start;
    start = end;
    pthread_create(&workers[t], NULL, scan_piece, &pieces[t]);
  }
  unsigned long long total = 0;
  for (long t = 0; t < threads; t++) {
    pthread_join(workers[t], NULL);
    total += pieces[t].counted;
  }
  printf("%llu\n", total);
  return 0;
}
