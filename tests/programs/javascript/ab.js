const [a, b] = std.in.readAsString().trim().split(/\s+/).map(Number);
console.log(a + b);
