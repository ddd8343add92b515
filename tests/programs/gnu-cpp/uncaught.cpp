// An exception nothing catches: g++'s program prints what was thrown and aborts.
#include <iostream>
#include <stdexcept>
#include <vector>

int main() {
    std::vector<int> v;
    int n = 0;
    std::cin >> n;
    if (n > 0) throw std::runtime_error("input was positive");
    std::cout << v.size() << std::endl;
}
