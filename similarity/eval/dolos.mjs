// Scores pairs with Dolos (@dodona/dolos-lib): reads "language<TAB>a<TAB>b"
// lines on standard input, prints "a<TAB>b<TAB>similarity" lines. DOLOS_DIR is
// the folder where `npm install @dodona/dolos-lib` was run.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createInterface } from "node:readline";

const require = createRequire(join(process.env.DOLOS_DIR, "package.json"));
const { Dolos } = await import(pathToFileURL(require.resolve("@dodona/dolos-lib")));

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
