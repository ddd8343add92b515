// Reads one line from the judge. Use std.in.getline(): readline() and
// fs.readFileSync(0) wait for the whole input and would hang here.
function readLine() {
  const line = std.in.getline();
  return line === null ? '' : line.trim();
}

// Asks whether deploy i (a BigInt) is bad.
function isBad(i) {
  console.log(`? ${i}`);
  const reply = readLine();
  if (reply === '-1') std.exit(0); // invalid question or too many questions
  return reply === 'bad';
}

const n = BigInt(readLine()); // n is up to 10^18: use BigInt, not Number

// TODO: find the first bad deploy with at most 60 calls to isBad().
const answer = n;

console.log(`! ${answer}`);
