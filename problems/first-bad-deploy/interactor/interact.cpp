// Interactor for first-bad-deploy: `interact input answer`.
//
// The input file holds "n x": the number of deploys and the hidden first bad
// deploy. The answer file holds x again (or, for generated tests, the input
// itself). The interactor's stdout is the submission's stdin and its stdin is
// the submission's stdout, so the verdict's reason goes to stderr.
//
// Protocol: print n; then answer each "? i" (1 <= i <= n) with "bad" if i >= x,
// else "good", for at most MAX_QUERIES queries; "! i" ends the interaction.
// Any malformed or out-of-range line, or one query too many, is answered with
// "-1" and judged wrong.
//
// Exit 0: accepted. Exit 1: wrong answer. Exit 2: judge error (bad test files).
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

const int MAX_QUERIES = 60;
const size_t MAX_TOKEN = 32;
const int AC = 0, WA = 1, JE = 2;

[[noreturn]] void verdict(int code, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
void verdict(int code, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::vfprintf(stderr, fmt, args);
    va_end(args);
    std::fprintf(stderr, "\n");
    std::exit(code);
}

// Tells the submission to stop, then gives the wrong-answer verdict.
[[noreturn]] void reject(const char* fmt, const std::string& detail, int queries) {
    std::printf("-1\n");
    std::fflush(stdout);
    std::fprintf(stderr, fmt, detail.c_str());
    std::fprintf(stderr, " (after %d queries)\n", queries);
    std::exit(WA);
}

// Next whitespace-separated token from the submission; false at end of input.
bool next_token(std::string& tok, bool& truncated) {
    tok.clear();
    truncated = false;
    int c;
    do c = std::getchar();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
    if (c == EOF) return false;
    while (c != EOF && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        if (tok.size() < MAX_TOKEN) tok.push_back(char(c));
        else truncated = true;
        c = std::getchar();
    }
    return true;
}

// Parses decimal digits into [1, n]; false for anything else.
bool parse_deploy(const std::string& tok, bool truncated, unsigned long long n, unsigned long long& value) {
    if (truncated || tok.empty() || tok.size() > 19) return false;
    unsigned long long v = 0;
    for (char ch : tok) {
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + (ch - '0');  // at most 19 digits: no overflow in 64 bits
    }
    if (v < 1 || v > n) return false;
    value = v;
    return true;
}

std::string shown(const std::string& tok, bool truncated) {
    std::string s;
    for (char ch : tok.substr(0, 20)) s.push_back(ch >= 32 && ch < 127 ? ch : '?');
    if (truncated || tok.size() > 20) s += "...";
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) verdict(JE, "usage: interact input answer");
    unsigned long long n = 0, x = 0, expected = 0;
    FILE* in = std::fopen(argv[1], "r");
    FILE* ans = std::fopen(argv[2], "r");
    if (!in || !ans) verdict(JE, "cannot open the input or answer file");
    if (std::fscanf(in, "%llu %llu", &n, &x) != 2 || n < 1 || x < 1 || x > n) verdict(JE, "bad test input");
    // The answer file holds x, or for generated tests the input itself ("n x").
    unsigned long long second = 0;
    int read = std::fscanf(ans, "%llu %llu", &expected, &second);
    bool matches = (read == 1 && expected == x) || (read == 2 && expected == n && second == x);
    if (!matches) verdict(JE, "answer file does not match input");
    std::fclose(in);
    std::fclose(ans);

    std::printf("%llu\n", n);
    std::fflush(stdout);

    int queries = 0;
    std::string tok;
    bool trunc;
    while (true) {
        if (!next_token(tok, trunc)) verdict(WA, "output ended before an answer \"! x\" (after %d queries)", queries);
        if (trunc || (tok != "?" && tok != "!")) reject("expected \"?\" or \"!\", got '%s'", shown(tok, trunc), queries);
        bool is_query = tok == "?";
        std::string number;
        bool number_trunc;
        if (!next_token(number, number_trunc)) {
            verdict(WA, "output ended after '%s' (after %d queries)", tok.c_str(), queries);
        }
        unsigned long long v;
        if (!parse_deploy(number, number_trunc, n, v))
            reject("expected a deploy number in [1, n], got '%s'", shown(number, number_trunc), queries);
        if (!is_query) {
            if (v != x) verdict(WA, "answered %llu, but the first bad deploy is %llu (%d queries)", v, x, queries);
            verdict(AC, "OK: found %llu with %d queries", x, queries);
        }
        if (++queries > MAX_QUERIES) reject("more than 60 queries%s", "", MAX_QUERIES);
        std::printf(v >= x ? "bad\n" : "good\n");
        std::fflush(stdout);
    }
}
