import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
v = sorted(map(int, data[1 : n + 1]))
print(v[0], v[n // 2], v[n - 1])
