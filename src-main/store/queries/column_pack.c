/*
 * Column packing aggregates for the analyses' bulk reads (issue 13): one scan of a table
 * inside SQLite returns each column as ONE blob, so a million rows cross into JavaScript
 * as a few typed arrays instead of a million row objects.
 *
 *   roi_pack_real(x)  → f64 value[rows]                 NULL (or not a number) = NaN
 *   roi_iso_ms(t)     → epoch ms of a `YYYY-MM-DDTHH:MM:SS` wall time read as UTC, or NULL
 *                       for any other text (the caller reads those itself)
 *   roi_pack_text(x)  → u32 rows, u32 entries, u32 bytes, u32 0,
 *                       i32 code[rows]                   −1 = NULL, else an entry number
 *                       i32 offset[entries + 1]          entry i = bytes[offset[i], offset[i+1])
 *                       u8  bytes[bytes]                 UTF-8, entries distinct, in order of first appearance
 *
 * Linked into the batch_rows extension (batch_rows.c registers these at load), so the
 * analyses use the very SQLite library better-sqlite3 runs. Little-endian, as every
 * platform the app ships on. src-main/store/queries/packed.ts reads the blobs.
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#include <stdint.h>
#include <string.h>

typedef struct {
  double *values;
  sqlite3_int64 rows, capacity;
  int failed;
} RealPack;

enum { HEADER_WORDS = 4 };

typedef struct {
  /* The blob in the making: 4 words of header room, then a code per row (no copy at the end). */
  int32_t *codes;
  sqlite3_int64 rows, capacity;
  /* Dictionary: entries' byte ranges, and an open-addressing table of entry number + 1. */
  int32_t *offsets;
  sqlite3_int64 entries, offsetCapacity;
  unsigned char *bytes;
  sqlite3_int64 used, byteCapacity;
  uint32_t *slots;
  uint64_t *hashes;
  sqlite3_int64 hashCapacity;
  sqlite3_int64 slotCount;
  int failed;
} TextPack;

static int grow(void **data, sqlite3_int64 *capacity, sqlite3_int64 need, size_t size) {
  if (need <= *capacity) return 1;
  sqlite3_int64 next = *capacity ? *capacity : 1024;
  while (next < need) next *= 2;
  void *bigger = sqlite3_realloc64(*data, (sqlite3_uint64)next * size);
  if (!bigger) return 0;
  *data = bigger;
  *capacity = next;
  return 1;
}

static void real_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  RealPack *p = sqlite3_aggregate_context(ctx, sizeof(RealPack));
  if (!p || p->failed) return;
  if (!grow((void **)&p->values, &p->capacity, p->rows + 1, sizeof(double))) {
    p->failed = 1;
    return;
  }
  int type = sqlite3_value_type(argv[0]);
  double nan = 0.0 / 0.0;
  p->values[p->rows++] = type == SQLITE_FLOAT || type == SQLITE_INTEGER ? sqlite3_value_double(argv[0]) : nan;
}

static void real_final(sqlite3_context *ctx) {
  RealPack *p = sqlite3_aggregate_context(ctx, 0);
  if (!p) {
    sqlite3_result_zeroblob(ctx, 0);
    return;
  }
  if (p->failed) {
    sqlite3_result_error_nomem(ctx);
    sqlite3_free(p->values);
  } else {
    /* The values go to SQLite as they are (it frees them): a copy of 34 MB per 4M rows saved. */
    sqlite3_result_blob64(ctx, p->values, (sqlite3_uint64)p->rows * sizeof(double), sqlite3_free);
  }
}

static uint64_t hash_bytes(const unsigned char *s, int n) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (int i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ull;
  return h;
}

/* Rebuilds the slot table at twice the size (kept at most half full). */
static int rehash(TextPack *p) {
  sqlite3_int64 count = p->slotCount ? p->slotCount * 2 : 4096;
  uint32_t *slots = sqlite3_malloc64((sqlite3_uint64)count * sizeof(uint32_t));
  if (!slots) return 0;
  memset(slots, 0, (size_t)count * sizeof(uint32_t));
  for (sqlite3_int64 e = 0; e < p->entries; e++) {
    sqlite3_int64 at = (sqlite3_int64)(p->hashes[e] & (uint64_t)(count - 1));
    while (slots[at]) at = (at + 1) & (count - 1);
    slots[at] = (uint32_t)(e + 1);
  }
  sqlite3_free(p->slots);
  p->slots = slots;
  p->slotCount = count;
  return 1;
}

static int32_t code_of(TextPack *p, const unsigned char *s, int n) {
  if ((p->entries + 1) * 2 > p->slotCount && !rehash(p)) return -2;
  uint64_t h = hash_bytes(s, n);
  sqlite3_int64 at = (sqlite3_int64)(h & (uint64_t)(p->slotCount - 1));
  for (;;) {
    uint32_t slot = p->slots[at];
    if (!slot) break;
    sqlite3_int64 e = slot - 1;
    int32_t from = p->offsets[e];
    if (p->hashes[e] == h && p->offsets[e + 1] - from == n && memcmp(p->bytes + from, s, (size_t)n) == 0) return (int32_t)e;
    at = (at + 1) & (p->slotCount - 1);
  }
  if (p->used + n > INT32_MAX) return -2;
  if (!grow((void **)&p->offsets, &p->offsetCapacity, p->entries + 2, sizeof(int32_t))) return -2;
  if (!grow((void **)&p->hashes, &p->hashCapacity, p->entries + 1, sizeof(uint64_t))) return -2;
  if (!grow((void **)&p->bytes, &p->byteCapacity, p->used + n + 1, 1)) return -2;
  memcpy(p->bytes + p->used, s, (size_t)n);
  sqlite3_int64 e = p->entries++;
  p->offsets[e] = (int32_t)p->used;
  p->used += n;
  p->offsets[e + 1] = (int32_t)p->used;
  p->hashes[e] = h;
  p->slots[at] = (uint32_t)(e + 1);
  return (int32_t)e;
}

static void text_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  TextPack *p = sqlite3_aggregate_context(ctx, sizeof(TextPack));
  if (!p || p->failed) return;
  if (!grow((void **)&p->codes, &p->capacity, HEADER_WORDS + p->rows + 1, sizeof(int32_t))) {
    p->failed = 1;
    return;
  }
  int32_t code = -1;
  if (sqlite3_value_type(argv[0]) != SQLITE_NULL) {
    const unsigned char *s = sqlite3_value_text(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    code = s ? code_of(p, s, n) : -2;
    if (code == -2) {
      p->failed = 1;
      return;
    }
  }
  p->codes[HEADER_WORDS + p->rows++] = code;
}

static void free_text_pack(TextPack *p) {
  sqlite3_free(p->codes);
  sqlite3_free(p->offsets);
  sqlite3_free(p->bytes);
  sqlite3_free(p->slots);
  sqlite3_free(p->hashes);
}

static void text_final(sqlite3_context *ctx) {
  TextPack *p = sqlite3_aggregate_context(ctx, 0);
  TextPack empty;
  memset(&empty, 0, sizeof empty);
  if (!p) p = &empty;
  if (p->failed) {
    sqlite3_result_error_nomem(ctx);
    free_text_pack(p);
    return;
  }
  sqlite3_uint64 size = 16 + (sqlite3_uint64)p->rows * 4 + (sqlite3_uint64)(p->entries + 1) * 4 + (sqlite3_uint64)p->used;
  /* The codes already sit where the blob wants them: grown in place (large blocks move by remapping, not copying). */
  unsigned char *out = sqlite3_realloc64(p->codes, size);
  if (!out) {
    sqlite3_result_error_nomem(ctx);
    free_text_pack(p);
    return;
  }
  p->codes = 0;
  uint32_t header[4] = {(uint32_t)p->rows, (uint32_t)p->entries, (uint32_t)p->used, 0};
  memcpy(out, header, 16);
  unsigned char *at = out + 16 + p->rows * 4;
  int32_t zero = 0;
  if (p->entries) memcpy(at, p->offsets, (size_t)(p->entries + 1) * 4);
  else memcpy(at, &zero, 4);
  at += (p->entries + 1) * 4;
  if (p->used) memcpy(at, p->bytes, (size_t)p->used);
  sqlite3_result_blob64(ctx, out, size, sqlite3_free);
  free_text_pack(p);
}

/* Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms"). */
static sqlite3_int64 days_from_civil(sqlite3_int64 y, int m, int d) {
  y -= m <= 2;
  sqlite3_int64 era = (y >= 0 ? y : y - 399) / 400;
  sqlite3_int64 yoe = y - era * 400;
  sqlite3_int64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  sqlite3_int64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static int digits(const unsigned char *s, int from, int count) {
  int v = 0;
  for (int i = from; i < from + count; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/*
 * Only a strictly valid wall time gets a number here (the importer stores times so); any
 * other text, even one a date parser might accept (24:00:00, 31 February), is NULL and the
 * caller reads it with the same parser as ever, so no result depends on this function's
 * leniency.
 */
static void iso_ms(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT || sqlite3_value_bytes(argv[0]) != 19) return;
  const unsigned char *s = sqlite3_value_text(argv[0]);
  if (!s || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return;
  int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2), h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return;
  static const int month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > month_days[m - 1] + (m == 2 && leap)) return;
  sqlite3_int64 seconds = days_from_civil(y, m, d) * 86400 + h * 3600 + mi * 60 + sec;
  sqlite3_result_int64(ctx, seconds * 1000);
}

int column_pack_register(sqlite3 *db) {
  int rc = sqlite3_create_function_v2(db, "roi_pack_real", 1, SQLITE_UTF8, 0, 0, real_step, real_final, 0);
  if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "roi_pack_text", 1, SQLITE_UTF8, 0, 0, text_step, text_final, 0);
  if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "roi_iso_ms", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, 0, iso_ms, 0, 0, 0);
  return rc;
}
