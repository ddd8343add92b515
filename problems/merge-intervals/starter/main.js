// Standard input is read with QuickJS's std module: std.in.readAsString().
const data = std.in.readAsString().split(/\s+/).filter((s) => s.length > 0);
const n = Number(data[0]);
const windows = [];
for (let i = 0; i < n; i++) {
  windows.push([Number(data[1 + 2 * i]), Number(data[2 + 2 * i])]);
}

const blocks = [];
let total = 0;
// TODO: merge the windows into blocks and compute the covered time

const out = [`${blocks.length} ${total}`];
for (const [l, r] of blocks) out.push(`${l} ${r}`);
console.log(out.join("\n"));
