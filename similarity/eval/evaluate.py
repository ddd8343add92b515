#!/usr/bin/env python3
"""How well `oa similarity` and Dolos rank copies above independent programs.

Builds a labelled dataset from the programs in this repository (see
docs/similarity.md), scores every pair with `oa similarity A B --json` and with
Dolos, and prints ROC AUC for each, per language and overall.

    python3 similarity/eval/evaluate.py --oa target/debug/oa --dolos DIR [--out DIR]

DIR for --dolos is a folder where `npm install @dodona/dolos-lib` was run; without
it only oa is scored. The dataset is written under --out (a temporary folder by
default) and can be inspected there; nothing is written in the repository.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGE = {".c": "c", ".cpp": "cpp", ".java": "java", ".py": "python", ".go": "go",
            ".js": "javascript", ".rs": "rust", ".kt": "kotlin"}
# Dolos has no Kotlin grammar.
DOLOS_LANGUAGES = {"c", "cpp", "java", "python", "go", "javascript", "rust"}
MIN_LINES = 12
NEGATIVES_PER_LANGUAGE = 1500


def originals():
    """Real programs of the repository: (path, task). Programs of one task share its name."""
    found = []
    for path in sorted((ROOT / "tests/programs").rglob("*")):
        if path.suffix in LANGUAGE:
            found.append((path, "programs/" + path.stem))
    for path in sorted((ROOT / "problems").glob("*/solutions/*/*")):
        if path.suffix in LANGUAGE:
            found.append((path, "problem/" + path.parts[-4]))
    for folder in sorted((ROOT / "tests/java/corpus").iterdir()):
        sources = list(folder.glob("*.java")) if folder.is_dir() else []
        if len(sources) == 1:
            found.append((sources[0], "java/" + folder.name))
    return [(p, t) for p, t in found if len(p.read_text(errors="replace").splitlines()) >= MIN_LINES]


def derived(a, b):
    """A wrong-answer solution is its problem's accepted one with a bug put in:
    neither a copy nor independent, so such pairs are left out."""
    return a[1] == b[1] and a[1].startswith("problem/") and (
        "wrong_answer" in a[0].parts or "wrong_answer" in b[0].parts)


def auc(scored):
    """ROC AUC: the chance that a random copy scores above a random independent pair."""
    scored = [(s, label) for s, label in scored if s is not None and s == s]  # no NaN
    positives = [s for s, label in scored if label]
    negatives = [s for s, label in scored if not label]
    if not positives or not negatives:
        return float("nan")
    ranked = sorted(scored)
    # Mann-Whitney U with average ranks for ties.
    i, rank_sum = 0, 0.0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        average = (i + 1 + j) / 2
        rank_sum += average * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    u = rank_sum - len(positives) * (len(positives) + 1) / 2
    return u / (len(positives) * len(negatives))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oa", required=True)
    parser.add_argument("--dolos", help="folder with node_modules/@dodona/dolos-lib")
    parser.add_argument("--out")
    parser.add_argument("--json", help="write the per-pair scores here")
    args = parser.parse_args()
    out = Path(args.out or tempfile.mkdtemp(prefix="oa-similarity-eval-"))
    dataset = out / "dataset"

    programs = originals()
    subprocess.run(["cargo", "run", "--quiet", "-p", "similarity", "--example", "obfuscate", "--",
                    str(dataset)] + [str(p) for p, _ in programs], check=True, cwd=ROOT)
    pairs = []  # (language, a, b, label, kind)
    by_language = defaultdict(list)
    for index, (path, task) in enumerate(programs):
        language = LANGUAGE[path.suffix]
        folder = dataset / f"{index:04}"
        original = folder / f"original{path.suffix}"
        by_language[language].append((original, task, path))
        for level in range(1, 6):
            pairs.append((language, original, folder / f"copy{level}{path.suffix}", True, f"copy level {level}"))
    rng = random.Random(15)
    for language, members in sorted(by_language.items()):
        candidates = []
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                a, b = members[i], members[j]
                if derived((a[2], a[1]), (b[2], b[1])):
                    continue
                kind = "same task" if a[1] == b[1] else "different task"
                candidates.append((language, a[0], b[0], False, kind))
        same = [c for c in candidates if c[4] == "same task"]
        different = [c for c in candidates if c[4] != "same task"]
        rng.shuffle(different)
        pairs += same + different[:max(0, NEGATIVES_PER_LANGUAGE - len(same))]

    print(f"{len(programs)} programs; {sum(p[3] for p in pairs)} copies, "
          f"{sum(not p[3] for p in pairs)} independent pairs "
          f"({sum(p[4] == 'same task' for p in pairs)} of the same task)", file=sys.stderr)

    scores = {"oa": {}, "dolos": {}}
    for language, a, b, _, _ in pairs:
        if (str(a), str(b)) in scores["oa"]:
            continue
        result = subprocess.run([args.oa, "similarity", str(a), str(b), "--json"], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"oa similarity {a} {b}: {result.stderr}")
        scores["oa"][(str(a), str(b))] = json.loads(result.stdout)["pairs"][0]["similarity"]
    if args.dolos:
        lines = "".join(f"{l}\t{a}\t{b}\n" for l, a, b, _, _ in pairs if l in DOLOS_LANGUAGES)
        result = subprocess.run(["node", str(Path(__file__).with_name("dolos.mjs"))], input=lines,
                                capture_output=True, text=True, check=True,
                                env={**os.environ, "DOLOS_DIR": str(Path(args.dolos).resolve())},
                                cwd=args.dolos)
        for line in result.stdout.splitlines():
            a, b, s = line.split("\t")
            scores["dolos"][(a, b)] = float(s)
    if args.json:
        Path(args.json).write_text(json.dumps([
            {"language": l, "a": str(a), "b": str(b), "copy": lab, "kind": k,
             "oa": scores["oa"].get((str(a), str(b))), "dolos": scores["dolos"].get((str(a), str(b)))}
            for l, a, b, lab, k in pairs], indent=1))

    def table(title, select):
        print(f"\n{title}")
        print(f"{'':24}{'pairs':>7}{'copies':>8}{'oa AUC':>9}{'Dolos AUC':>11}")
        groups = defaultdict(list)
        for p in pairs:
            groups[select(p)].append(p)
        for name in sorted(groups):
            group = groups[name]
            row = f"{name:24}{len(group):>7}{sum(p[3] for p in group):>8}"
            for tool in ("oa", "dolos"):
                scored = [(scores[tool][(str(p[1]), str(p[2]))], p[3]) for p in group
                          if (str(p[1]), str(p[2])) in scores[tool]]
                value = auc(scored) if len(scored) == len(group) else float("nan")
                row += f"{value:>9.4f}" if tool == "oa" else f"{value:>11.4f}"
            print(row)

    common = [p for p in pairs if p[0] in DOLOS_LANGUAGES]
    table("by language", lambda p: p[0])
    table("both tools' languages", lambda p: "all but kotlin" if p[0] in DOLOS_LANGUAGES else "kotlin")
    # Each level of disguise against all independent pairs.
    print(f"\nby disguise (each level's copies against every independent pair)")
    print(f"{'':24}{'oa AUC':>9}{'Dolos AUC':>11}{'oa mean':>9}{'Dolos mean':>11}")
    negatives = [p for p in common if not p[3]]
    for level in range(1, 6):
        group = [p for p in common if p[4] == f"copy level {level}"] + negatives
        row = f"{'level ' + str(level):24}"
        for tool in ("oa", "dolos"):
            scored = [(scores[tool].get((str(p[1]), str(p[2])), float('nan')), p[3]) for p in group]
            row += f"{auc(scored):>9.4f}" if tool == "oa" else f"{auc(scored):>11.4f}"
        for tool in ("oa", "dolos"):
            values = [scores[tool][(str(p[1]), str(p[2]))] for p in group if p[3] and (str(p[1]), str(p[2])) in scores[tool]]
            mean = sum(values) / len(values) if values else float("nan")
            row += f"{mean:>9.3f}" if tool == "oa" else f"{mean:>11.3f}"
        print(row)
    same = [p for p in common if p[4] == "same task"]
    for tool in ("oa", "dolos"):
        values = [scores[tool][(str(p[1]), str(p[2]))] for p in same if (str(p[1]), str(p[2])) in scores[tool]]
        if values:
            print(f"{tool}: mean similarity of independent solutions of the same task: {sum(values) / len(values):.3f}")


if __name__ == "__main__":
    main()
