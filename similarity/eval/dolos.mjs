// Scores pairs with Dolos (@dodona/dolos-lib): reads "language<TAB>a<TAB>b"
// lines on standard input, prints "a<TAB>b<TAB>similarity" lines.
import { Dolos } from "@dodona/dolos-lib";
import { createInterface } from "node:readline";

const analysers = new Map();
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const [language, a, b] = line.split("\t");
  if (!analysers.has(language)) analysers.set(language, new Dolos({ language }));
  const report = await analysers.get(language).analyzePaths([a, b]);
  const pairs = report.allPairs();
  const similarity = pairs.length ? pairs[0].similarity : 0;
  process.stdout.write(`${a}\t${b}\t${similarity}\n`);
}
