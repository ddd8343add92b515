const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
const n = Number(data[0]);
const k = Number(data[1]);
const paths = data.slice(2, 2 + n);

// TODO: print the k most requested endpoints as "path count", one per line.
console.log(`${paths[0]} 1`);
