const [a, b] = std.in.readAsString().trim().split(/\s+/);
let prev = new Int32Array(b.length + 1), cur = new Int32Array(b.length + 1);
for (let i = 1; i <= a.length; i++) {
  const x = a.charCodeAt(i - 1);
  for (let j = 1; j <= b.length; j++) {
    cur[j] = x === b.charCodeAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
  }
  [prev, cur] = [cur, prev];
}
console.log(prev[b.length]);
