// Checker for deploy-order: `check input answer output`.
//
// Exit 0: accepted. Exit 1: wrong answer. Exit 2: judge error (bad reference
// answer or test input). The reason is printed to stdout, in one short line.
//
// The candidate's output is untrusted: it is read token by token with a length
// cap, numbers are parsed by hand with an overflow guard, and every failure is
// reported as a wrong answer, never a crash.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

const size_t MAX_TOKEN = 32;  // longer tokens are kept truncated and rejected

struct Reader {
    FILE* f;
    explicit Reader(const char* path) : f(std::fopen(path, "rb")) {}
    ~Reader() {
        if (f) std::fclose(f);
    }
    // Next whitespace-separated token; false at the end of the file.
    // `truncated` is set when the token was longer than MAX_TOKEN bytes.
    bool next(std::string& tok, bool& truncated) {
        tok.clear();
        truncated = false;
        int c;
        do c = std::getc(f);
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f');
        if (c == EOF) return false;
        while (c != EOF && !(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f')) {
            if (tok.size() < MAX_TOKEN) tok.push_back(char(c));
            else truncated = true;
            c = std::getc(f);
        }
        return true;
    }
};

// Parses a token of decimal digits into [lo, hi]; false if it is anything else.
bool parse_int(const std::string& tok, bool truncated, long long lo, long long hi, long long& value) {
    if (truncated || tok.empty() || tok.size() > 18) return false;
    long long v = 0;
    for (char ch : tok) {
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + (ch - '0');
    }
    if (v < lo || v > hi) return false;
    value = v;
    return true;
}

std::string shown(const std::string& tok, bool truncated) {
    std::string s;
    for (char ch : tok.substr(0, 20)) s.push_back(ch >= 32 && ch < 127 ? ch : '?');
    if (truncated || tok.size() > 20) s += "...";
    return s;
}

[[noreturn]] void verdict(int code, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
void verdict(int code, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::vprintf(fmt, args);
    va_end(args);
    std::printf("\n");
    std::fflush(stdout);
    std::exit(code);
}

const int AC = 0, WA = 1, JE = 2;

int n, m;
std::vector<int> ea, eb;

// Reads an order of the n services from r, or "IMPOSSIBLE". Returns true for
// IMPOSSIBLE. On malformed data, exits with `fail_code` and a message prefixed
// by `who`.
bool read_order(Reader& r, std::vector<int>& pos, int fail_code, const char* who) {
    std::string tok;
    bool trunc;
    if (!r.next(tok, trunc)) verdict(fail_code, "%s: empty output", who);
    if (!trunc && tok == "IMPOSSIBLE") {
        if (r.next(tok, trunc)) verdict(fail_code, "%s: unexpected token '%s' after IMPOSSIBLE", who, shown(tok, trunc).c_str());
        return true;
    }
    pos.assign(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        if (i > 1 && !r.next(tok, trunc))
            verdict(fail_code, "%s: expected %d service ids, found only %d", who, n, i - 1);
        long long v;
        if (!parse_int(tok, trunc, 1, n, v))
            verdict(fail_code, "%s: token %d '%s' is not a service id in [1, %d]", who, i, shown(tok, trunc).c_str(), n);
        if (pos[v]) verdict(fail_code, "%s: service %lld is listed twice (positions %d and %d)", who, v, pos[v], i);
        pos[v] = i;
    }
    if (r.next(tok, trunc)) verdict(fail_code, "%s: extra token '%s' after %d service ids", who, shown(tok, trunc).c_str(), n);
    return false;
}

// Index of the first dependency the order breaks, or -1.
int first_violation(const std::vector<int>& pos) {
    for (int i = 0; i < m; i++)
        if (pos[ea[i]] > pos[eb[i]]) return i;
    return -1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) verdict(JE, "usage: check input answer output");
    Reader in(argv[1]), ans(argv[2]), out(argv[3]);
    if (!in.f || !ans.f || !out.f) verdict(JE, "cannot open input, answer or output file");

    if (std::fscanf(in.f, "%d %d", &n, &m) != 2 || n < 1 || m < 0) verdict(JE, "bad test input header");
    ea.resize(m);
    eb.resize(m);
    for (int i = 0; i < m; i++)
        if (std::fscanf(in.f, "%d %d", &ea[i], &eb[i]) != 2 || ea[i] < 1 || ea[i] > n || eb[i] < 1 || eb[i] > n)
            verdict(JE, "bad dependency %d in test input", i + 1);

    std::vector<int> ref_pos, pos;
    bool ref_impossible = read_order(ans, ref_pos, JE, "reference answer");
    if (!ref_impossible) {
        int bad = first_violation(ref_pos);
        if (bad >= 0) verdict(JE, "reference answer breaks dependency %d (%d before %d)", bad + 1, ea[bad], eb[bad]);
    }

    bool impossible = read_order(out, pos, WA, "output");
    if (impossible) {
        if (!ref_impossible) verdict(WA, "answered IMPOSSIBLE, but a valid deployment order exists");
        verdict(AC, "OK: IMPOSSIBLE");
    }
    int bad = first_violation(pos);
    if (bad >= 0)
        verdict(WA, "dependency %d broken: service %d must be deployed before %d, but is at position %d > %d", bad + 1,
                ea[bad], eb[bad], pos[ea[bad]], pos[eb[bad]]);
    if (ref_impossible) verdict(JE, "output is a valid order, but the reference answer says IMPOSSIBLE");
    verdict(AC, "OK: valid order of %d services", n);
}
