// Standard input is read with QuickJS's std module: std.in.readAsString().
const data = std.in.readAsString().split(/\s+/).filter((s) => s.length > 0);
const r = Number(data[0]);
const c = Number(data[1]);
const grid = data.slice(2, 2 + r);

let answer = -1;
// TODO: find the fewest moves from any 'S' to 'T'

console.log(String(answer));
