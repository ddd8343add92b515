// g++ folds math in constant expressions; written this way in many solutions.
#include <bits/stdc++.h>
using namespace std;
typedef long double ld;

constexpr ld PI = acos(-1);
constexpr double PI2 = 2 * acos(-1.0);
const double EPS = 1e-9;
constexpr double SQ = sqrt(2.0);
struct Geometry {
    static constexpr double TAU = 2 * acos(-1.0);
    static constexpr double E = exp(1.0);
};

double circle(double r) { return PI * r * r; }

int main() {
    constexpr double third = cbrt(27.0) / 3;
    constexpr double angle = atan2(1.0, 1.0);
    double r;
    cin >> r;
    printf("%.12f %.12f %.12f\n", (double)PI, PI2, SQ);
    printf("%.12f %.12f %.12f %.12f\n", Geometry::TAU, Geometry::E, third, angle);
    printf("%.6f %d\n", circle(r), (int)(EPS * 1e9));
}
