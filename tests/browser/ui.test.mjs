// The web UI in a real browser (Debian's headless Chromium, driven by
// playwright-core) against a real `oa serve` on a temporary data directory and
// an ephemeral port, with the example problems:
//
//   1. a grader signs in, creates an assessment and invites a candidate;
//   2. the candidate opens the link, starts, opens a problem, types a
//      solution, runs the samples, submits, sees AC, finds the draft again
//      after a reload and in another browser, and finishes;
//   3. the grader sees the result, opens the submission, rejudges, applies,
//      and exports the CSV;
//   4. at the deadline the editor turns read-only, keeping the code, and the
//      unsubmitted draft is submitted for the candidate and graded;
//   5. a grader gives a candidate extra time mid-attempt (their timer moves at
//      once) and a new link (the old one stops working);
//   6. the grader finds the problems with the checks the server runs on them.
//
// Screenshots of the main pages go to $OA_SCREENSHOTS (default:
// target/screenshots; docs/screenshots holds the README's).
//
// Environment: OA_BIN (default target/debug/oa), CHROMIUM (default /usr/bin/chromium).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const oa = process.env.OA_BIN || path.join(repo, "target/debug/oa");
const shots = path.resolve(repo, process.env.OA_SCREENSHOTS || "target/screenshots");
const SOLUTION = readFileSync(path.join(repo, "problems/merge-intervals/solutions/accepted/main.py"), "utf8");
// Judging can wait behind other work on a busy machine.
const JUDGED = 240_000;

let dir;
let server;
let serverLog = "";
let base;
let adminToken;
let browser;
const state = {};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function api(method, route, body, token = adminToken) {
  const response = await fetch(base + route, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  assert.ok(response.ok, `${method} ${route}: ${response.status} ${JSON.stringify(data)}`);
  return data;
}

/** A page that fails the test on script errors and checks that no token ever rides in a URL. */
async function newPage(context) {
  const page = await context.newPage();
  page.on("pageerror", (err) => {
    state.errors ??= [];
    state.errors.push(err.message);
  });
  page.on("request", (request) => {
    const sent = request.url().split("#")[0];
    if (/oa_(inv|api)_/.test(sent)) {
      state.errors ??= [];
      state.errors.push(`a token was sent in a URL: ${sent}`);
    }
  });
  return page;
}

async function shot(page, name) {
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), "oa-browser-"));
  const env = { ...process.env, OA_DATA_DIR: dir, RUST_LOG: process.env.RUST_LOG || "warn" };
  const created = execFileSync(oa, ["token", "create", "--role", "admin", "--label", "Dana (grader)"], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  adminToken = created.trim().split("\n").at(-1).trim();
  assert.match(adminToken, /^oa_api_/);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(oa, ["serve", "--problems", path.join(repo, "problems"), "--listen", `127.0.0.1:${port}`], { env, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`oa serve did not start in 120 s:\n${serverLog}`)), 120_000);
    const read = (chunk) => {
      serverLog += chunk;
      if (/^ready$/m.test(serverLog)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.setEncoding("utf8").on("data", read);
    server.stderr.setEncoding("utf8").on("data", read);
    server.once("exit", (code) => reject(new Error(`oa serve exited (${code}):\n${serverLog}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    // Root in a container has no user namespaces for Chromium's sandbox.
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-quic", "--font-render-hinting=none"],
  });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.kill("SIGKILL");
        resolve();
      }, 10_000);
      server.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  // The server's log, for a failure's post-mortem.
  mkdirSync(path.join(repo, "target"), { recursive: true });
  writeFileSync(path.join(repo, "target/browser-tests-serve.log"), serverLog);
  if (state.errors?.length) console.error("page errors:", state.errors);
});

test("a grader signs in, creates an assessment and invites a candidate", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await newPage(context);
  await page.goto(`${base}/admin`);
  await page.getByLabel("API token").fill("oa_api_not-a-real-token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").filter({ hasText: "not valid" }).waitFor();
  await page.getByLabel("API token").fill(adminToken);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Assessments", exact: true }).waitFor();

  await page.getByRole("link", { name: "New assessment" }).click();
  await page.getByLabel("Title").fill("Backend engineer screen");
  await page.getByLabel("Duration (minutes)").fill("90");
  for (const title of ["Merge Maintenance Windows", "Rate Limiter", "LRU Cache"]) {
    await page.getByRole("checkbox", { name: title }).check();
  }
  await page.getByLabel("Instructions").fill(
    "Welcome! Solve what you can in **90 minutes**, in any language below. Your score is $\\sum_p \\max_s \\mathrm{score}(s)$: the best submission on each problem counts. We read your code too: clear code matters.",
  );
  await page.getByRole("button", { name: "Create assessment" }).click();
  await page.getByRole("heading", { name: "Invite a candidate" }).waitFor();
  state.assessment = Number(page.url().match(/assessments\/(\d+)/)[1]);

  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill("ada@example.com");
  await page.getByRole("button", { name: "Invite" }).click();
  const link = page.getByLabel("Invitation link");
  await link.waitFor();
  state.link = await link.inputValue();
  assert.match(state.link, new RegExp(`^${base}/attempt#oa_inv_`));
  await page.getByRole("cell", { name: "ada@example.com" }).waitFor();
  await shot(page, "admin-invitations");
  await context.close();
});

test("a candidate starts, solves a problem, submits, sees AC and finishes", async () => {
  assert.ok(state.link, "needs the invitation of the first test");
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await newPage(context);
  await page.goto(state.link);
  await page.getByRole("heading", { name: "Backend engineer screen" }).waitFor();
  // The token leaves the address bar at once.
  assert.equal(new URL(page.url()).hash, "");
  await page.getByText("Merge Maintenance Windows").first().waitFor();
  // The instructions' math is typeset.
  await page.locator(".katex").first().waitFor();
  // Each language says what compiles it.
  await page.locator(".language-list li").filter({ hasText: /C\+\+20.*clang 22 with libc\+\+/ }).waitFor();
  await page.screenshot({ path: path.join(shots, "candidate-landing.png"), fullPage: true });

  await page.getByRole("button", { name: "Start the assessment" }).click();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  const timer = page.getByRole("timer");
  await timer.waitFor();
  assert.match(await timer.innerText(), /1:29:\d\d/);

  // The first problem opens with its statement and starter code.
  await page.getByRole("heading", { name: "Merge Maintenance Windows" }).waitFor();
  await page.getByRole("button", { name: /Rate Limiter/ }).click();
  await page.getByRole("heading", { name: /Rate Limiter/ }).first().waitFor();
  await page.getByRole("button", { name: /Merge Maintenance Windows/ }).click();
  await page.getByRole("heading", { name: "Merge Maintenance Windows" }).waitFor();

  const limit = page.locator(".statement-meta .time-limit");
  await page.getByLabel("Language").selectOption("cpp");
  const cppLimit = Number((await limit.innerText()).match(/Time limit ([\d.]+) s/)[1]);
  await page.getByLabel("Language").selectOption("python");
  // The badge shows the limit Python gets: ten times C++'s.
  await limit.filter({ hasText: /in Python 3\.11/ }).waitFor();
  assert.equal(Number((await limit.innerText()).match(/Time limit ([\d.]+) s/)[1]), Math.round(cppLimit * 10 * 1000) / 1000);
  const code = page.locator(".code-pane .cm-content");
  await code.filter({ hasText: "def main" }).waitFor();
  await code.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Typing exercises the editor (brackets close themselves); the solution is then pasted whole.
  await page.keyboard.type("print(");
  assert.equal((await code.innerText()).trim(), "print()");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(SOLUTION);
  await page.getByText("All changes saved").waitFor();

  // Run on the samples: each sample's verdict.
  await page.getByRole("button", { name: /Run samples/ }).click();
  await page.getByText("2 of 2 samples passed").waitFor({ timeout: JUDGED });
  assert.equal(await page.locator(".sample .badge.good").count(), 2);
  await shot(page, "candidate-workspace");

  // Custom input shows the program's own output.
  await page.getByRole("tab", { name: "Custom input" }).click();
  await page.getByLabel("Custom input").fill("2\n1 2\n5 9\n");
  await page.getByRole("button", { name: "Run with this input" }).click();
  await page.locator(".custom-input pre.out").filter({ hasText: "2 5" }).waitFor({ timeout: JUDGED });

  // Submit: the verdict arrives live, with the tests' progress while they run
  // (when judging outlasts an update: noted, not required) and their count after.
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector(".submission [role=progressbar]");
      if (bar) window.progressSeen.push(`${bar.getAttribute("aria-valuenow")} of ${bar.getAttribute("aria-valuemax")}`);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole("button", { name: /^Submit/ }).click();
  await page.getByRole("tab", { name: /Submissions/ }).waitFor();
  await page.locator(".submission .badge.good", { hasText: "Accepted" }).waitFor({ timeout: JUDGED });
  await page.getByText("100 / 100 points").waitFor();
  await page.locator(".submission .test-progress").filter({ hasText: /^(\d+) of \1 tests done$/ }).waitFor();
  const seen = [...new Set(await page.evaluate(() => window.progressSeen))];
  console.log(`  progress shown while judging: ${seen.join(", ") || "none (judged between two updates)"}`);
  await page.locator(".problem-link .badge.good").waitFor();
  await shot(page, "candidate-submission");

  // Sample times after Run and after Submit are both seconds, not instructions.
  await page.locator(".submission .tstats").filter({ hasText: /\d+(\.\d+)? (µs|ms|s) ·/ }).first().waitFor();

  // A draft on another problem; a reload returns to it, draft and all.
  await page.getByRole("button", { name: /Rate Limiter/ }).click();
  await page.getByRole("heading", { name: /Rate Limiter/ }).first().waitFor();
  // A problem without a draft opens in the assessment's first language.
  await page.getByLabel("Language").selectOption("python");
  await code.filter({ hasText: "def " }).waitFor();
  await code.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n# to be continued");
  await page.getByText("All changes saved").waitFor();
  await page.reload();
  await page.getByRole("heading", { name: /Rate Limiter/ }).first().waitFor();
  await page.locator(".code-pane .cm-content").filter({ hasText: "# to be continued" }).waitFor();
  await page.getByRole("button", { name: /Merge Maintenance Windows/ }).click();
  // The draft survives a reload...
  await page.locator(".code-pane .cm-content").filter({ hasText: "out_l.append(cur_l)" }).waitFor();
  // ...and reaches another browser through the server.
  const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const tablet = await newPage(other);
  await tablet.goto(state.link);
  await tablet.locator(".code-pane .cm-content").filter({ hasText: "out_l.append(cur_l)" }).waitFor();
  assert.equal(await tablet.getByLabel("Language").inputValue(), "python");
  // The problem list knows the drafts from the server, not from this browser.
  await tablet.getByRole("button", { name: /Rate Limiter.*Draft saved/ }).waitFor();
  await shot(tablet, "candidate-tablet");
  await other.close();

  // Finish, after confirming.
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByRole("button", { name: "Finish now" }).click();
  await page.getByText(/You finished the assessment/).waitFor();
  assert.equal(await page.locator(".code-pane .cm-content").getAttribute("aria-readonly"), "true");
  assert.ok(await page.getByRole("button", { name: /^Submit/ }).isDisabled());
  const drafts = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("oa.draft.")));
  assert.deepEqual(drafts, [], "the drafts leave the browser once the attempt is over");
  await context.close();
});

test("a damaged invitation link says so", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await newPage(context);
  await page.goto(`${base}/attempt#oa_inv_%E0%A4%A`);
  await page.getByText("This invitation link is damaged").waitFor();
  await context.close();
});

test("a grader sees the result, rejudges it and exports the CSV", async () => {
  assert.ok(state.assessment, "needs the assessment of the first test");
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await newPage(context);
  await page.goto(`${base}/admin`);
  await page.getByLabel("API token").fill(adminToken);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Backend engineer screen" }).click();

  const row = page.getByRole("row", { name: /Ada Lovelace/ });
  await row.getByText("100 / 300").waitFor({ timeout: JUDGED });
  await row.getByText("Finished").waitFor();
  // Sorting by a column and back.
  await page.getByRole("button", { name: /Candidate/ }).click();
  assert.match(await page.locator("th[aria-sort]").textContent(), /^Candidate/);
  assert.equal(await page.locator("th[aria-sort]").getAttribute("aria-sort"), "ascending");
  await shot(page, "admin-results");

  // The score opens the submission that earned it.
  await row.getByRole("link", { name: /100 \/ 100/ }).click();
  await page.getByRole("heading", { name: /Submission #\d+/ }).waitFor();
  await page.locator(".source-host .cm-content").filter({ hasText: "def main" }).waitFor();
  await page.locator(".judgement .badge.good", { hasText: "Accepted" }).first().waitFor();
  assert.ok((await page.locator(".judgement tbody tr").count()) >= 10, "every test's verdict is listed");
  await shot(page, "admin-submission");

  // Rejudge the assessment: old and new side by side, then apply.
  await page.goBack();
  await page.getByRole("button", { name: "Rejudge all" }).click();
  await page.getByLabel("Reason").fill("Checker update, expect no change");
  await page.getByRole("button", { name: "Start rejudging" }).click();
  await page.getByRole("heading", { name: /Rejudge #\d+/ }).waitFor();
  const apply = page.getByRole("button", { name: "Apply" });
  await page.waitForFunction(() => !document.querySelector(".page-head .button.primary")?.disabled, null, { timeout: JUDGED });
  // Every submission of the assessment is rejudged (the submitted one, and a
  // draft graded at the end if the candidate's autosave kept one) and none changes.
  await page.getByRole("cell", { name: "same" }).first().waitFor();
  assert.equal(await page.getByRole("cell", { name: "changed" }).count(), 0, "nothing changes on a rejudge");
  await shot(page, "admin-rejudge");
  await apply.click();
  await page.getByRole("dialog").getByRole("button", { name: "Apply" }).click();
  await page.locator(".badge", { hasText: "Applied" }).waitFor();

  // The CSV comes through the API with the token in a header, as a download.
  await page.goto(`${base}/admin#/assessments/${state.assessment}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  assert.equal(download.suggestedFilename(), `assessment-${state.assessment}-results.csv`);
  const csv = readFileSync(await download.path(), "utf8");
  const [header, ada] = csv.trim().split(/\r?\n/);
  assert.match(header, /^invitation_id,name,email,state,started_at,finished_at,ended,score,max_score,pending,merge-intervals,rate-limiter,lru-cache$/);
  assert.match(ada, /,Ada Lovelace,ada@example\.com,finished,.*,finished,100,300,0,100,0,0$/);

  await page.getByRole("link", { name: "Problems" }).click();
  await page.getByRole("cell", { name: /first-bad-deploy/ }).waitFor();
  await context.close();
});

test("at the deadline the editor turns read-only, keeps the code and grades it", async () => {
  // An assessment that closes in a few seconds: the attempt's deadline is its closing time.
  const closes = new Date(Date.now() + 20_000).toISOString();
  const assessment = await api("POST", "/api/assessments", {
    title: "Deadline drill",
    problems: ["merge-intervals"],
    duration_minutes: 60,
    languages: ["cpp", "python"],
    closes_at: closes,
  });
  const invitation = await api("POST", `/api/assessments/${assessment.id}/invitations`, { name: "Grace Hopper", email: "grace@example.com" });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await newPage(context);
  await page.goto(invitation.url);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  const code = page.locator(".code-pane .cm-content");
  await code.filter({ hasText: "int main" }).waitFor();
  await code.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n// my last idea");
  await page.getByText(/Time is up/).waitFor({ timeout: 60_000 });
  assert.equal(await code.getAttribute("aria-readonly"), "true");
  const kept = await code.innerText();
  assert.match(kept, /my last idea/);
  await code.click();
  await page.keyboard.type("more");
  assert.equal(await code.innerText(), kept, "no edits after the deadline");
  await page.keyboard.press("ControlOrMeta+End");
  assert.ok(await page.getByRole("button", { name: /Run samples/ }).isDisabled());
  assert.match(await page.getByRole("timer").innerText(), /Over/);
  await shot(page, "candidate-time-up");
  // The draft was never submitted: it is submitted for her, marked, and graded.
  await page.getByRole("tab", { name: /Submissions/ }).click();
  await page.locator(".submission .badge.auto", { hasText: "auto-submitted" }).waitFor({ timeout: 30_000 });
  await page.locator(".submission .head .badge").filter({ hasText: /Accepted|Wrong|Compil|Runtime|Time/ }).first().waitFor({ timeout: JUDGED });
  const results = await api("GET", `/api/assessments/${assessment.id}/results`);
  const grace = results.candidates[0];
  assert.equal(grace.ended, "time_up");
  assert.equal(grace.problems[0].auto, true);
  assert.equal(grace.problems[0].submissions, 1);
  await context.close();
});

test("extra time granted mid-attempt moves the timer; a new link replaces the old", async () => {
  const assessment = await api("POST", "/api/assessments", { title: "Accommodations", problems: ["merge-intervals"], duration_minutes: 30, languages: ["python"] });
  const invitation = await api("POST", `/api/assessments/${assessment.id}/invitations`, { name: "Alan Turing", email: "alan@example.com" });
  // A second invitation for the same email is refused, pointing at a new link.
  const twice = await fetch(`${base}/api/assessments/${assessment.id}/invitations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Alan", email: "Alan@example.com" }),
  });
  assert.equal(twice.status, 409);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const candidate = await newPage(context);
  await candidate.goto(invitation.url);
  await candidate.getByRole("button", { name: "Start the assessment" }).click();
  await candidate.getByRole("button", { name: "Start", exact: true }).click();
  const timer = candidate.getByRole("timer");
  await timer.filter({ hasText: /(0:)?(29|30):\d\d/ }).waitFor();

  const staff = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const grader = await newPage(staff);
  await grader.goto(`${base}/admin#/assessments/${assessment.id}/invitations`);
  await grader.getByLabel("API token").fill(adminToken);
  await grader.getByRole("button", { name: "Sign in" }).click();
  await grader.getByLabel("Extra minutes").fill("15");
  await grader.getByRole("button", { name: "Save extra time and expiry" }).click();
  await grader.getByRole("cell", { name: "+15 min" }).waitFor();
  // The candidate's timer follows without a reload.
  await timer.filter({ hasText: /(0:)?(44|45):\d\d/ }).waitFor({ timeout: 15_000 });
  await candidate.getByText(/given 15 more minutes/).waitFor();

  await grader.getByRole("button", { name: "New link" }).click();
  await grader.getByRole("button", { name: "Make a new link" }).click();
  const fresh = await grader.getByLabel("Invitation link").inputValue();
  assert.notEqual(fresh, invitation.url);
  const stale = await newPage(await browser.newContext());
  await stale.goto(invitation.url);
  await stale.getByText("This invitation link does not work").waitFor();
  const again = await newPage(context);
  await again.goto(fresh);
  await again.getByRole("timer").filter({ hasText: /(0:)?4\d:\d\d/ }).waitFor();
  await staff.close();
  await context.close();
});

test("the grader finds the problems with the server's checks of them", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await newPage(context);
  await page.goto(`${base}/admin#/problems`);
  await page.getByLabel("API token").fill(adminToken);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("columnheader", { name: /Check/ }).waitFor();
  // The server checks each problem in the background while judging is idle;
  // the page shows each result as it arrives, without a reload.
  const cells = page.locator("td .check-cell");
  await cells.filter({ hasText: /^OK/ }).first().waitFor({ timeout: JUDGED });
  const states = await page.locator("tbody tr td:nth-last-child(2)").allInnerTexts();
  console.log(`  checks: ${states.map((s) => s.replace(/\s+/g, " ").trim()).join("; ")}`);
  assert.ok(states.every((s) => /^(waiting to be checked|checking…|OK|\d+ faults?|broken|not checked)/.test(s.trim())), states.join("\n"));
  if (process.env.OA_SCREENSHOTS) {
    // The README's screenshot shows every problem's result: a few minutes more.
    await page.waitForFunction(() => [...document.querySelectorAll("tbody td")].every((td) => !/^(waiting to be checked|\s*checking…)/.test(td.textContent)), null, {
      timeout: 900_000,
    });
  }
  await page.screenshot({ path: path.join(shots, "admin-problems.png"), fullPage: true });
  await context.close();
  assert.deepEqual(state.errors ?? [], [], "no script errors on any page");
});

