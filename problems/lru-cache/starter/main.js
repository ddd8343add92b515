// Standard input is read with QuickJS's std module: std.in.readAsString().
const data = std.in.readAsString().split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const capacity = Number(data[pos++]);
const q = Number(data[pos++]);
let hits = 0, misses = 0, evictions = 0;
const out = [];
for (let i = 0; i < q; i++) {
  const op = data[pos++];
  const key = Number(data[pos++]);
  if (op === "GET") {
    // TODO: look the key up in the cache
    out.push("-1");
  } else {
    const value = Number(data[pos++]);
    // TODO: store the value
  }
}
out.push(`${hits} ${misses} ${evictions}`);
console.log(out.join("\n"));
