const input = std.in.readAsString().split(/[ \n]/);
const n = Number(input[0]);
const v = new Int32Array(n);
for (let i = 0; i < n; i++) v[i] = Number(input[i + 1]);
v.sort();
console.log(`${v[0]} ${v[n >> 1]} ${v[n - 1]}`);
