// The "ordered set" of competitive programming and its friends, from g++'s pb_ds.
#include <bits/stdc++.h>
#include <ext/pb_ds/assoc_container.hpp>
#include <ext/pb_ds/tree_policy.hpp>
using namespace std;
using namespace __gnu_pbds;

template <class T>
using ordered_set = tree<T, null_type, less<T>, rb_tree_tag, tree_order_statistics_node_update>;
template <class T>
using ordered_multiset = tree<T, null_type, less_equal<T>, rb_tree_tag, tree_order_statistics_node_update>;

int main() {
    int n;
    cin >> n;
    ordered_set<int> s;
    ordered_multiset<int> m;
    tree<int, string, less<int>, rb_tree_tag, tree_order_statistics_node_update> names;
    gp_hash_table<long long, int> counts;
    unsigned x = 12345;
    long long inversions = 0;
    for (int i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        int v = (x >> 8) % 1000;
        inversions += s.size() - s.order_of_key(v + 1);
        s.insert(v);
        m.insert(v);
        names[v] = "n" + to_string(v);
        counts[v % 97]++;
    }
    cout << s.size() << " " << m.size() << " " << inversions << "\n";
    cout << *s.find_by_order(0) << " " << *s.find_by_order(s.size() / 2) << " "
         << (s.find_by_order(s.size()) == s.end()) << " " << s.order_of_key(500) << "\n";
    cout << m.order_of_key(500) << " " << *m.find_by_order(10) << " " << (m.find(*m.begin()) == m.end()) << "\n";
    auto it = names.find_by_order(3);
    cout << it->first << " " << it->second << " " << names.order_of_key(it->first) << "\n";
    s.erase(s.find_by_order(0));
    cout << *s.begin() << " " << *prev(s.end()) << " " << *s.lower_bound(250) << " " << *s.upper_bound(250) << "\n";
    vector<pair<long long, int>> sorted(counts.begin(), counts.end());
    sort(sorted.begin(), sorted.end());
    cout << sorted.size() << " " << sorted[0].second << " " << sorted.back().second << "\n";
}
