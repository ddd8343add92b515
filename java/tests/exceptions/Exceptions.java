// Exceptions thrown and caught: handlers in order, propagation through calls,
// finally on every path, rethrowing, multi-catch, and catching in loops.
class Failure extends RuntimeException {
    final int code;

    Failure(int code) {
        this.code = code;
    }
}

class Other extends Exception {
    final int weight;

    Other(int weight) {
        this.weight = weight;
    }
}

public class Exceptions {
    static int finallies;

    static int local(int x) {
        try {
            if (x > 0) throw new Failure(x);
            return -1;
        } catch (Failure f) {
            return f.code * 10;
        }
    }

    static int dive(int depth, int at) {
        try {
            if (depth == at) throw new Failure(depth);
            return dive(depth + 1, at) + 1;
        } finally {
            finallies++;
        }
    }

    static int deep(int at) {
        finallies = 0;
        try {
            return dive(0, at);
        } catch (Failure f) {
            return f.code * 1000 + finallies;
        }
    }

    static void raise(int kind) throws Exception {
        switch (kind) {
            case 0 -> throw new Failure(7);
            case 1 -> throw new IllegalStateException();
            case 2 -> throw new Other(3);
            default -> {}
        }
    }

    static int order(int kind) {
        try {
            raise(kind);
            return 0;
        } catch (Failure f) {
            return 1;
        } catch (RuntimeException r) {
            return 2;
        } catch (Exception e) {
            return e instanceof Other o ? 30 + o.weight : 3;
        }
    }

    static int paths(int x) {
        int trace = 0;
        try {
            trace = trace * 10 + 1;
            if (x == 1) throw new Failure(1);
            if (x == 2) return trace;
            trace = trace * 10 + 2;
        } catch (Failure f) {
            trace = trace * 10 + 3;
        } finally {
            trace = trace * 10 + 4;
            finallies += trace;
        }
        return trace;
    }

    static int pathsFinallies(int x) {
        finallies = 0;
        int r = paths(x);
        return r * 1000 + finallies;
    }

    static int rethrow(int x) {
        try {
            try {
                throw new Failure(x);
            } catch (Failure f) {
                throw new Other(f.code + 1);
            } finally {
                finallies = -x;
            }
        } catch (Other o) {
            return o.weight * 100 + finallies;
        }
    }

    static int multi(int kind) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            try {
                raise((i + kind) % 4);
                sum += 1;
            } catch (Failure | IllegalStateException e) {
                sum += 10;
            } catch (Throwable t) {
                sum += 100;
            }
        }
        return sum;
    }

    static long loop(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            try {
                if (i % 3 == 0) throw new Failure(i);
                if (i % 5 == 0) continue;
                total += i;
            } catch (Failure f) {
                total += f.code * 2L;
                if (f.code > 50) break;
            }
        }
        return total;
    }

    static int nested(int x) {
        int r = 0;
        try {
            try {
                try {
                    if (x > 0) throw new Failure(x);
                } finally {
                    r += 1;
                }
            } catch (IllegalStateException e) {
                r += 100;
            } finally {
                r += 10;
            }
        } catch (Failure f) {
            r += 1000 * f.code;
        }
        return r;
    }

    static int ternaryAcrossCall(int x) {
        int acc = 5;
        try {
            acc = acc + (x > 0 ? local(x) : local(-x) + 1);
        } catch (RuntimeException e) {
            acc = -1;
        }
        return acc;
    }

    static int divide(int a, int b) {
        try {
            return a / b;
        } catch (ArithmeticException e) {
            return -1000 - e.getMessage().length() * 10 - e.getMessage().charAt(0);
        }
    }

    static long remainderLong(long a, long b) {
        return a % b;
    }

    static long divisionInCallee(long a, long b) {
        long acc = 7;
        try {
            acc += remainderLong(a, b);
        } catch (RuntimeException e) {
            acc = -acc;
        }
        return acc;
    }
}
