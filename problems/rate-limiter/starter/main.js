// Standard input is read with QuickJS's std module: std.in.readAsString().
const data = std.in.readAsString().split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const n = Number(data[pos++]);
const k = Number(data[pos++]);
const w = Number(data[pos++]);
const requests = [];
for (let i = 0; i < n; i++) {
  const t = Number(data[pos++]);
  const user = data[pos++];
  const endpoint = data[pos++];
  requests.push([t, user, endpoint]);
}

const rejected = []; // 1-based numbers of rejected requests
// TODO: simulate the rate limiter

console.log(String(rejected.length));
console.log(rejected.join(" "));
