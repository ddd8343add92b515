const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const m = data[1];
const dependents = Array.from({ length: n + 1 }, () => []); // dependents[a] holds every b that depends on a
for (let i = 0; i < m; i++) {
  dependents[data[2 + 2 * i]].push(data[3 + 2 * i]);
}

// TODO: print a valid deployment order, or IMPOSSIBLE.
const order = [];
for (let v = 1; v <= n; v++) order.push(v);
console.log(order.join(' '));
