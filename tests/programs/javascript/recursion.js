// Node-style input through the prelude.
const n = Number(require("fs").readFileSync(0, "utf8").trim());
const depth = (k) => (k === 0 ? 0 : k + depth(k - 1));
console.log(depth(n));
