const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const n = data[0];
const p = data[1];
const t = data.slice(2, 2 + n);

// TODO: compute the mean, the sample standard deviation and the p-th percentile.
const mean = 0, stddev = 0, percentile = 0;
console.log(`${mean.toFixed(9)} ${stddev.toFixed(9)} ${percentile.toFixed(9)}`);
