const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const k = data[1];
const a = data.slice(2, 2 + n);

// TODO: count the pairs i < j with a[i] + a[j] <= k.
// (Answers up to ~2*10^10 are still exact in a JavaScript Number.)
let pairs = 0;
console.log(String(pairs));
