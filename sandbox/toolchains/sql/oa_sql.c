/*
 * oa's SQL runner: one read-only query against a fresh in-memory SQLite
 * database, compiled with the SQLite amalgamation to WebAssembly
 * (sandbox/toolchains/install/sql.sh) and run in the sandbox like any program.
 *
 *   oa-sql QUERY_FILE [--reverse-unordered-selects]
 *
 * stdin is the database script (for a problem: its schema.sql, then the test's
 * data), run first with full rights. Then the query runs read-only: after
 * `PRAGMA query_only=1`, under an authorizer that allows reading and nothing
 * else (no writes, ATTACH, DETACH, PRAGMA, transactions), as exactly one
 * statement that returns rows. Extensions cannot be loaded: the build omits
 * them.
 *
 * stdout, the result, in a canonical text form the judge compares
 * (judge/src/sql.rs parses it):
 *   the column names, tab-separated, then one line per row, tab-separated:
 *     NULL                    SQL NULL
 *     -12                     an integer
 *     2.5  3.0  1e+100  Inf   a real: the shortest of %.15g, %.16g and %.17g that
 *                             reads back exactly, with ".0" added where it would
 *                             read as an integer; -Inf, Inf
 *     'it''s'                 text, in single quotes, the quote doubled
 *     x'00ff'                 a blob, in hex
 *   In names and text, backslash, tab, line feed, carriage return and other
 *   control characters are written \\, \t, \n, \r and \xHH; names are not
 *   quoted, so their quotes stay single.
 *
 * Exit status: 0 the query ran; 1 the query failed or was refused (SQLite's
 * message or the reason on stderr); 2 the database script failed (the
 * problem's fault); 3 bad usage.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlite3.h"

/* Output goes through one large buffer: a write per value would be a system call each. */
static char out_buffer[1 << 16];

static void fail(int status, const char *what, const char *detail) {
	fflush(stdout);
	if (detail) {
		fprintf(stderr, "%s: %s\n", what, detail);
	} else {
		fprintf(stderr, "%s\n", what);
	}
	exit(status);
}

static char *read_all(FILE *file, size_t *length) {
	size_t size = 0, capacity = 1 << 16;
	char *text = malloc(capacity);
	if (!text) fail(1, "out of memory", NULL);
	for (;;) {
		if (capacity - size < 4096) {
			capacity *= 2;
			text = realloc(text, capacity);
			if (!text) fail(1, "out of memory", NULL);
		}
		size_t got = fread(text + size, 1, capacity - size - 1, file);
		size += got;
		if (got == 0) break;
	}
	text[size] = 0;
	if (length) *length = size;
	return text;
}

/* What the authorizer refused first, for a clearer message than "not authorized". */
static const char *refused = NULL;
static char refused_detail[200];

static int authorize(void *unused, int action, const char *a, const char *b, const char *db, const char *trigger) {
	(void)unused, (void)b, (void)db, (void)trigger;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_READ:
	case SQLITE_FUNCTION:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_ATTACH:
	case SQLITE_DETACH:
		refused = "attaching or detaching databases is not allowed";
		break;
	case SQLITE_PRAGMA:
		refused = "PRAGMA statements are not allowed";
		snprintf(refused_detail, sizeof refused_detail, " (PRAGMA %s)", a ? a : "");
		break;
	case SQLITE_TRANSACTION:
	case SQLITE_SAVEPOINT:
		refused = "transactions are not allowed";
		break;
	default:
		refused = "the query may only read: writing or changing the database is not allowed";
		break;
	}
	return SQLITE_DENY;
}

static void refuse(sqlite3 *db, const char *reason) {
	if (refused) {
		char message[400];
		snprintf(message, sizeof message, "%s%s", refused, refused_detail);
		fail(1, "refused", message);
	}
	if (reason) fail(1, "refused", reason);
	fail(1, "error", sqlite3_errmsg(db));
}

/* Names and text: backslash, tab, line breaks and control characters escaped;
 * in text, which is quoted, the quote doubled too. */
static void put_escaped(const unsigned char *text, int length, int quoted) {
	for (int i = 0; i < length; i++) {
		unsigned char c = text[i];
		switch (c) {
		case '\\': fputs("\\\\", stdout); break;
		case '\t': fputs("\\t", stdout); break;
		case '\n': fputs("\\n", stdout); break;
		case '\r': fputs("\\r", stdout); break;
		case '\'': fputs(quoted ? "''" : "'", stdout); break;
		default:
			if (c < 0x20 || c == 0x7f) {
				printf("\\x%02x", c);
			} else {
				putchar(c);
			}
		}
	}
}

static void put_real(double value) {
	if (isinf(value)) {
		fputs(value < 0 ? "-Inf" : "Inf", stdout);
		return;
	}
	char text[40];
	for (int digits = 15; digits <= 17; digits++) {
		snprintf(text, sizeof text, "%.*g", digits, value);
		if (strtod(text, NULL) == value) break;
	}
	fputs(text, stdout);
	if (!strpbrk(text, ".eEn")) fputs(".0", stdout);
}

static void put_value(sqlite3_stmt *statement, int column) {
	switch (sqlite3_column_type(statement, column)) {
	case SQLITE_NULL:
		fputs("NULL", stdout);
		break;
	case SQLITE_INTEGER:
		printf("%lld", (long long)sqlite3_column_int64(statement, column));
		break;
	case SQLITE_FLOAT:
		put_real(sqlite3_column_double(statement, column));
		break;
	case SQLITE_TEXT: {
		const unsigned char *text = sqlite3_column_text(statement, column);
		putchar('\'');
		put_escaped(text, sqlite3_column_bytes(statement, column), 1);
		putchar('\'');
		break;
	}
	default: {
		const unsigned char *blob = sqlite3_column_blob(statement, column);
		int length = sqlite3_column_bytes(statement, column);
		fputs("x'", stdout);
		for (int i = 0; i < length; i++) printf("%02x", blob[i]);
		putchar('\'');
	}
	}
}

/* The first statement of `sql` that is not empty, or NULL; `tail` is what follows it. */
static sqlite3_stmt *first_statement(sqlite3 *db, const char *sql, const char **tail) {
	sqlite3_stmt *statement = NULL;
	for (;;) {
		const char *rest = sql;
		if (sqlite3_prepare_v2(db, sql, -1, &statement, &rest) != SQLITE_OK) refuse(db, NULL);
		*tail = rest;
		if (statement || rest == sql) return statement;
		sql = rest;
	}
}

/* Whether `sql` holds nothing but semicolons, comments and white space. */
static int only_empty(sqlite3 *db, const char *sql) {
	for (;;) {
		sqlite3_stmt *statement = NULL;
		const char *rest = sql;
		if (sqlite3_prepare_v2(db, sql, -1, &statement, &rest) != SQLITE_OK || statement) return 0;
		if (rest == sql) return 1;
		sql = rest;
	}
}

int main(int argc, char **argv) {
	setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
	if (argc < 2 || argc > 3 || (argc == 3 && strcmp(argv[2], "--reverse-unordered-selects") != 0)) {
		fail(3, "usage: oa-sql QUERY_FILE [--reverse-unordered-selects] < DATABASE_SCRIPT", NULL);
	}
	FILE *file = fopen(argv[1], "rb");
	if (!file) fail(3, "cannot open the query file", argv[1]);
	char *query = read_all(file, NULL);
	fclose(file);
	char *script = read_all(stdin, NULL);

	sqlite3 *db = NULL;
	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, NULL) !=
	    SQLITE_OK) {
		fail(2, "cannot open the database", db ? sqlite3_errmsg(db) : NULL);
	}
	char *error = NULL;
	if (sqlite3_exec(db, script, NULL, NULL, &error) != SQLITE_OK) {
		fail(2, "the database script failed", error);
	}
	free(script);
	if (argc == 3 && sqlite3_exec(db, "PRAGMA reverse_unordered_selects=1", NULL, NULL, &error) != SQLITE_OK) {
		fail(2, "cannot reverse unordered selects", error);
	}
	/* From here on, the candidate's: read-only, nothing attached, nothing else. */
	if (sqlite3_exec(db, "PRAGMA query_only=1", NULL, NULL, &error) != SQLITE_OK) {
		fail(2, "cannot make the database read-only", error);
	}
	sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_set_authorizer(db, authorize, NULL);

	const char *tail = NULL;
	sqlite3_stmt *statement = first_statement(db, query, &tail);
	if (!statement) fail(1, "refused", "the query is empty: submit one SELECT statement");
	if (!only_empty(db, tail)) {
		fail(1, "refused", "only one statement may run: submit a single query (remove what follows its first semicolon)");
	}
	if (!sqlite3_stmt_readonly(statement)) {
		fail(1, "refused", "the query may only read: writing or changing the database is not allowed");
	}
	int columns = sqlite3_column_count(statement);
	if (columns == 0) fail(1, "refused", "the statement returns no rows: submit a query (SELECT ... or WITH ...)");

	for (int column = 0; column < columns; column++) {
		const char *name = sqlite3_column_name(statement, column);
		if (column) putchar('\t');
		put_escaped((const unsigned char *)name, (int)strlen(name), 0);
	}
	putchar('\n');
	int rc;
	while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
		for (int column = 0; column < columns; column++) {
			if (column) putchar('\t');
			put_value(statement, column);
		}
		putchar('\n');
	}
	if (rc != SQLITE_DONE) refuse(db, NULL);
	sqlite3_finalize(statement);
	fflush(stdout);
	return 0;
}
