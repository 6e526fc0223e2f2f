/*
 * batch_rows: a SQLite table-valued function over one packed batch of typed rows, so an
 * import writes a whole batch with one `INSERT … SELECT … FROM batch_rows(?)` and the
 * per-row work happens inside SQLite instead of one JavaScript→C call per row.
 *
 * It is a loadable extension (sqlite3ext.h): it runs inside better-sqlite3's own SQLite,
 * on the importing connection, so there is one SQLite library and one set of file locks.
 * The batch layout is written by src-main/store/batch/layout.ts; everything in it is
 * checked here before a single row is read, so a malformed batch is an error, never a
 * read outside the blob.
 *
 * Layout (little-endian; every section starts at a multiple of 8 bytes):
 *   u32 magic 'RWB1', u32 columns, u32 rows, u32 kept
 *   i32 rowNumber[rows]                     spreadsheet row of each row
 *   i32 keep[rows]                          the rows to emit, in order (the first `kept`)
 *   per column: u32 type, u32 words, u32 bytes, u32 0
 *     type 1 (real): f64 value[rows]        NaN = NULL
 *     type 2 (text): i32 code[rows]         -1 = NULL, else an index into the dictionary
 *                    i32 offset[words + 1]  dictionary entry i = bytes[offset[i], offset[i+1])
 *                    u8  bytes[bytes]       UTF-8
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include <stdint.h>
#include <string.h>

int column_pack_register(sqlite3 *db);

#define MAGIC 0x31425752u /* "RWB1" */
#define MAX_COLUMNS 32
#define TYPE_REAL 1
#define TYPE_TEXT 2
#define ALIGN8(n) (((n) + 7) & ~(size_t)7)

typedef struct {
  uint32_t type;
  const double *reals;
  const int32_t *codes;
  const int32_t *offsets;
  const char *bytes;
} Column;

typedef struct {
  sqlite3_vtab_cursor base;
  unsigned char *blob; /* a private copy: values point into it until the next filter */
  uint32_t columns, rows, kept, at;
  const int32_t *rowNumber;
  const int32_t *keep;
  Column column[MAX_COLUMNS];
} Cursor;

/* Declared columns: row, c0 … c31, then the hidden argument. */
#define COLUMN_ROW 0
#define COLUMN_BATCH (MAX_COLUMNS + 1)

static int connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err) {
  (void)aux; (void)argc; (void)argv; (void)err;
  char sql[512] = "CREATE TABLE x(row";
  for (int i = 0; i < MAX_COLUMNS; i++) sqlite3_snprintf(16, sql + strlen(sql), ",c%d", i);
  strcat(sql, ",batch HIDDEN)");
  int rc = sqlite3_declare_vtab(db, sql);
  if (rc != SQLITE_OK) return rc;
  sqlite3_vtab *table = sqlite3_malloc(sizeof *table);
  if (!table) return SQLITE_NOMEM;
  memset(table, 0, sizeof *table);
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = table;
  return SQLITE_OK;
}

static int disconnect(sqlite3_vtab *table) {
  sqlite3_free(table);
  return SQLITE_OK;
}

/* Only a plan with the batch argument bound is usable. */
static int best_index(sqlite3_vtab *table, sqlite3_index_info *info) {
  (void)table;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    if (c->iColumn != COLUMN_BATCH || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c->usable) return SQLITE_CONSTRAINT;
    info->aConstraintUsage[i].argvIndex = 1;
    info->aConstraintUsage[i].omit = 1;
    info->estimatedCost = 1;
    info->estimatedRows = 8192;
    return SQLITE_OK;
  }
  return SQLITE_CONSTRAINT;
}

static int open_cursor(sqlite3_vtab *table, sqlite3_vtab_cursor **out) {
  (void)table;
  Cursor *cursor = sqlite3_malloc(sizeof *cursor);
  if (!cursor) return SQLITE_NOMEM;
  memset(cursor, 0, sizeof *cursor);
  *out = &cursor->base;
  return SQLITE_OK;
}

static int close_cursor(sqlite3_vtab_cursor *base) {
  Cursor *cursor = (Cursor *)base;
  sqlite3_free(cursor->blob);
  sqlite3_free(cursor);
  return SQLITE_OK;
}

static uint32_t u32_at(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

static int malformed(Cursor *cursor, const char *why) {
  sqlite3_free(cursor->base.pVtab->zErrMsg);
  cursor->base.pVtab->zErrMsg = sqlite3_mprintf("batch_rows: malformed batch (%s)", why);
  return SQLITE_ERROR;
}

/* Lays the column pointers over the copied blob, checking every size, code and offset. */
static int read_layout(Cursor *c, size_t size) {
  const unsigned char *p = c->blob;
  if (size < 16 || u32_at(p) != MAGIC) return malformed(c, "header");
  c->columns = u32_at(p + 4);
  c->rows = u32_at(p + 8);
  c->kept = u32_at(p + 12);
  if (c->columns > MAX_COLUMNS || c->rows > (1u << 24) || c->kept > c->rows) return malformed(c, "counts");
  size_t at = 16;
  if (at + 2 * ALIGN8(4 * (size_t)c->rows) > size) return malformed(c, "rows");
  c->rowNumber = (const int32_t *)(p + at);
  at = ALIGN8(at + 4 * (size_t)c->rows);
  c->keep = (const int32_t *)(p + at);
  at = ALIGN8(at + 4 * (size_t)c->rows);
  for (uint32_t k = 0; k < c->kept; k++)
    if (c->keep[k] < 0 || (uint32_t)c->keep[k] >= c->rows) return malformed(c, "keep");
  for (uint32_t j = 0; j < c->columns; j++) {
    Column *col = &c->column[j];
    if (at + 16 > size) return malformed(c, "column header");
    col->type = u32_at(p + at);
    uint32_t words = u32_at(p + at + 4), bytes = u32_at(p + at + 8);
    at += 16;
    if (col->type == TYPE_REAL) {
      if (at + 8 * (size_t)c->rows > size) return malformed(c, "reals");
      col->reals = (const double *)(p + at);
      at += 8 * (size_t)c->rows;
    } else if (col->type == TYPE_TEXT) {
      size_t need = ALIGN8(4 * (size_t)c->rows + 4 * ((size_t)words + 1) + bytes);
      if (at + need > size) return malformed(c, "text");
      col->codes = (const int32_t *)(p + at);
      col->offsets = col->codes + c->rows;
      col->bytes = (const char *)(col->offsets + words + 1);
      for (uint32_t i = 0; i < c->rows; i++)
        if (col->codes[i] < -1 || col->codes[i] >= (int64_t)words) return malformed(c, "code");
      if (col->offsets[0] != 0 || (uint32_t)col->offsets[words] != bytes) return malformed(c, "offsets");
      for (uint32_t i = 0; i < words; i++)
        if (col->offsets[i + 1] < col->offsets[i]) return malformed(c, "offsets");
      at += need;
    } else {
      return malformed(c, "column type");
    }
  }
  return SQLITE_OK;
}

static int filter(sqlite3_vtab_cursor *base, int idxNum, const char *idxStr, int argc, sqlite3_value **argv) {
  (void)idxNum; (void)idxStr;
  Cursor *c = (Cursor *)base;
  sqlite3_free(c->blob);
  c->blob = 0;
  c->rows = c->kept = c->columns = c->at = 0;
  if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) return malformed(c, "not a blob");
  int size = sqlite3_value_bytes(argv[0]);
  /* sqlite3_malloc is 8-byte aligned, so the f64 and i32 sections are aligned too. */
  c->blob = sqlite3_malloc(size > 0 ? size : 1);
  if (!c->blob) return SQLITE_NOMEM;
  if (size > 0) memcpy(c->blob, sqlite3_value_blob(argv[0]), (size_t)size);
  int rc = read_layout(c, (size_t)size);
  if (rc != SQLITE_OK) c->kept = 0;
  return rc;
}

static int next(sqlite3_vtab_cursor *base) {
  ((Cursor *)base)->at++;
  return SQLITE_OK;
}

static int eof(sqlite3_vtab_cursor *base) {
  Cursor *c = (Cursor *)base;
  return c->at >= c->kept;
}

static int column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int i) {
  Cursor *c = (Cursor *)base;
  int32_t r = c->keep[c->at];
  if (i == COLUMN_ROW) {
    sqlite3_result_int(ctx, c->rowNumber[r]);
    return SQLITE_OK;
  }
  if (i < 1 || (uint32_t)(i - 1) >= c->columns) {
    sqlite3_result_null(ctx);
    return SQLITE_OK;
  }
  const Column *col = &c->column[i - 1];
  if (col->type == TYPE_REAL) {
    double v = col->reals[r];
    if (v != v) sqlite3_result_null(ctx);
    else sqlite3_result_double(ctx, v);
  } else {
    int32_t code = col->codes[r];
    if (code < 0) sqlite3_result_null(ctx);
    else sqlite3_result_text(ctx, col->bytes + col->offsets[code], col->offsets[code + 1] - col->offsets[code], SQLITE_STATIC);
  }
  return SQLITE_OK;
}

static int rowid(sqlite3_vtab_cursor *base, sqlite_int64 *out) {
  *out = ((Cursor *)base)->at;
  return SQLITE_OK;
}

/* No xCreate: an eponymous-only module, usable as batch_rows(?) and never as a table. */
static sqlite3_module module = {
  .xConnect = connect,
  .xBestIndex = best_index,
  .xDisconnect = disconnect,
  .xOpen = open_cursor,
  .xClose = close_cursor,
  .xFilter = filter,
  .xNext = next,
  .xEof = eof,
  .xColumn = column,
  .xRowid = rowid,
};

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_batchrows_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  (void)err;
  SQLITE_EXTENSION_INIT2(api);
  int rc = sqlite3_create_module(db, "batch_rows", &module, 0);
  /* The analyses' column packing (src-main/store/queries/column_pack.c), built into the same library. */
  return rc == SQLITE_OK ? column_pack_register(db) : rc;
}
