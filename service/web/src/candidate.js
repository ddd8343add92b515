// The candidate's page: the invitation's landing page, then the workspace
// (problems, statement, editor, runs, submissions) until the attempt is over.
//
// The invitation token arrives in the URL's fragment (`/attempt#<token>`),
// which browsers never send to servers; it is kept in this tab's
// sessionStorage and sent only in the Authorization header.

import "./style.css";
import {
  h,
  mount,
  api,
  eventStream,
  VERDICTS,
  verdictBadge,
  verdictName,
  languageName,
  formatBytes,
  formatSeconds,
  formatCount,
  formatScore,
  formatClock,
  formatDuration,
  formatTime,
  confirmDialog,
  toast,
} from "./common.js";
import { renderMarkdown } from "./markdown.js";
import { createEditor } from "./editor.js";

const app = document.getElementById("app");
const TOKEN_KEY = "oa.invitation";
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "⌘" : "Ctrl";

/** The invitation token: `{ token }`, or `{ malformed: true }` when the link's fragment cannot be decoded. */
function takeToken() {
  const fragment = location.hash.slice(1).trim();
  if (fragment) {
    let token = null;
    try {
      token = decodeURIComponent(fragment);
    } catch {
      // A link cut or altered when copied (a stray `%`): said below, not thrown.
    }
    // Out of the address bar, the token is not bookmarked, shared in a
    // screenshot or left in the history by accident.
    history.replaceState(null, "", location.pathname + location.search);
    if (token === null) return { malformed: true };
    sessionStorage.setItem(TOKEN_KEY, token);
  }
  return { token: sessionStorage.getItem(TOKEN_KEY) };
}

const S = {
  token: null,
  view: null, // GET /api/attempt
  problems: [],
  current: null, // problem id
  language: null,
  statements: new Map(), // problem id -> GET /api/attempt/problems/{id}
  submissions: new Map(), // id -> status
  details: new Map(), // id -> GET /api/attempt/submissions/{id}
  expanded: new Set(),
  runs: new Map(), // problem id -> { kind, result, language, outputs }
  customInput: new Map(), // problem id -> text
  tab: "run",
  endsAt: 0, // performance.now() at the deadline
  over: null, // null, "time" or "finished"
  overAt: null,
  busy: null, // "run" | "custom" | "submit"
  stream: null,
  live: "connecting",
  languages: new Map(), // id -> { name, standard, compiler, time_multiplier }
  drafted: new Set(), // problem ids with a draft on the server
};
const els = {};
let editor = null;

// ---------------------------------------------------------------- boot

async function boot() {
  const taken = takeToken();
  if (taken.malformed) return showMessage("This invitation link is damaged", [
    "The part of the link after # cannot be read: it was probably cut or altered when copied.",
    "Open the link from your invitation email again, copying it whole.",
  ]);
  S.token = taken.token;
  if (!S.token) return showMessage("Open your invitation link", [
    "This page is opened from the link in your invitation email.",
    "Open that link again (in this browser tab) to continue; your work is kept.",
  ]);
  try {
    S.view = await api(S.token, "GET", "/api/attempt");
  } catch (err) {
    if (err.status === 401 || err.status === 403) {
      sessionStorage.removeItem(TOKEN_KEY);
      return showMessage("This invitation link does not work", [err.message, "Check that you copied the whole link, or ask the person who invited you for a new one."]);
    }
    return showMessage("The assessment cannot be loaded", [err.message, "Reload the page to try again."], true);
  }
  S.problems = S.view.problems;
  for (const l of S.view.assessment.language_details || []) S.languages.set(l.id, l);
  document.title = `${S.view.assessment.title} · oa`;
  if (!S.view.attempt) showLanding();
  else showWorkspace();
}

/** A language as candidates know it: `GNU C++20`, `Python 3.11`. */
const langLabel = (id) => S.languages.get(id)?.standard || S.languages.get(id)?.name || languageName(id);
/** What compiles or runs it: `clang 22 with libc++, compiled to WebAssembly`. */
const compilerOf = (id) => S.languages.get(id)?.compiler || "";

function brand() {
  return h("span.brand", h("span.mark", { "aria-hidden": "true" }, "</>"), "oa");
}

function showMessage(title, lines, retry = false) {
  mount(
    app,
    h(
      "main.landing",
      brand(),
      h("div.card", h("h1", title), lines.map((line) => h("p.muted", line)), retry && h("button.button", { onclick: () => location.reload() }, "Reload")),
    ),
  );
}

// ---------------------------------------------------------------- landing

function feedbackRule(feedback) {
  return {
    none: "You will see that each submission was graded, not its result.",
    verdict: "You will see each submission's verdict and score.",
    samples: "You will see each submission's verdict, its score and its result on the sample tests.",
    full: "You will see each submission's verdict, its score and the result of every test (hidden tests' data stays hidden).",
  }[feedback] || "";
}

function showLanding() {
  const { assessment, candidate, problems } = S.view;
  const now = Date.now();
  const opens = assessment.opens_at && Date.parse(assessment.opens_at);
  const closes = assessment.closes_at && Date.parse(assessment.closes_at);
  const notYet = opens && now < opens;
  const closed = closes && now >= closes;
  const error = h("p.error-text", { role: "alert" });
  const start = h(
    "button.button.primary.large",
    { disabled: notYet || closed, onclick: () => startAttempt(start, error) },
    "Start the assessment",
  );
  const limits = assessment.limits || {};
  mount(
    app,
    h(
      "main.landing",
      brand(),
      h(
        "div.card",
        h("p.muted", `Hello ${candidate.name},`),
        h("h1", assessment.title),
        assessment.instructions && renderMarkdown(assessment.instructions),
        h(
          "div.facts",
          fact(
            "Duration",
            assessment.time_allowed_minutes > assessment.duration_minutes
              ? `${formatDuration(Math.round(assessment.time_allowed_minutes))} (with your extra time)`
              : formatDuration(assessment.duration_minutes),
          ),
          assessment.expires_at && fact("Start by", formatTime(assessment.expires_at)),
          fact("Problems", `${problems.length} · ${formatScore(problems.reduce((sum, p) => sum + p.max_score, 0))} points`),
          closes && fact("Closes", formatTime(assessment.closes_at)),
          fact(
            "Languages",
            h(
              "ul.language-list",
              assessment.languages.map((l) => h("li", h("strong", langLabel(l)), compilerOf(l) && h("span.muted", ` — ${compilerOf(l)}`))),
            ),
            "wide",
          ),
        ),
        h(
          "ol.problem-preview",
          problems.map((p, i) => h("li", h("span.letter", letter(i)), h("span", p.title), h("span.faint", `${formatScore(p.max_score)} pt${p.max_score === 1 ? "" : "s"}`))),
        ),
        h("h2", "How it works"),
        h(
          "ul.rules",
          h("li", `The timer starts when you press Start and runs for ${formatDuration(Math.round(assessment.time_allowed_minutes ?? assessment.duration_minutes))}. It cannot be paused, even if you close this page.`),
          h("li", "Your code is saved as you type, in this browser and on the server: you can reload the page or come back from another device with the same link."),
          h("li", `Run your code on the samples or on your own input as often as you like (up to ${limits.runs_per_minute ?? 20} runs a minute). Runs are never graded.`),
          h("li", `Submit when you are ready: each submission is graded on hidden tests, and your best submission on each problem counts. ${feedbackRule(assessment.feedback)}`),
          h("li", "Programs read standard input and write standard output. They run in a sandbox with the time and memory limits shown on each problem; slower languages get a longer time limit, shown for the language you pick."),
          h("li", "Press Finish when you are done; otherwise the assessment ends by itself when the time is up. Either way, the last code you wrote for a problem and did not submit is submitted for you and graded."),
        ),
        h(
          "div.start-row",
          start,
          notYet && h("span.muted", `The assessment opens ${formatTime(assessment.opens_at)}.`),
          closed && h("span.muted", `The assessment closed ${formatTime(assessment.closes_at)}.`),
          !notYet && !closed && h("span.muted", "The timer starts when you confirm."),
        ),
        error,
      ),
    ),
  );
  start.focus({ preventScroll: true });
}

function fact(label, value, wide) {
  return h(`div.fact${wide ? ".wide" : ""}`, h("div.label", label), h("div.value", value));
}

async function startAttempt(button, error) {
  const ok = await confirmDialog({
    title: "Start now?",
    body: `The timer of ${formatDuration(Math.round(S.view.assessment.time_allowed_minutes ?? S.view.assessment.duration_minutes))} starts as soon as you confirm.`,
    confirm: "Start",
    cancel: "Not yet",
  });
  if (!ok) return;
  button.disabled = true;
  error.textContent = "";
  try {
    S.view.attempt = await api(S.token, "POST", "/api/attempt/start");
    showWorkspace();
  } catch (err) {
    error.textContent = err.message;
    button.disabled = false;
  }
}

// ---------------------------------------------------------------- workspace

function showWorkspace() {
  const attempt = S.view.attempt;
  for (const s of S.view.submissions) S.submissions.set(s.id, s);
  S.endsAt = performance.now() + attempt.remaining_seconds * 1000;
  if (attempt.state !== "in_progress") {
    S.over = endingOf(attempt);
    S.overAt = attempt.finished_at || attempt.deadline;
  }

  els.timer = h("div.timer", { role: "timer", "aria-live": "off" });
  els.live = h("span.connection");
  els.finish = h("button.button", { onclick: finishAttempt, title: "End the assessment now" }, "Finish");
  els.paneSwitch = h(
    "div.pane-switch",
    { role: "tablist", "aria-label": "Show" },
    ["statement", "code"].map((pane) =>
      h("button.button.small", { type: "button", dataset: { pane }, onclick: () => setPane(pane) }, pane === "statement" ? "Statement" : "Code"),
    ),
  );
  els.banner = h("div.over-banner", { role: "status", hidden: true });
  els.problemList = h("nav.problem-list", { "aria-label": "Problems" });
  els.statement = h("section.statement-pane", { "aria-label": "Statement", tabindex: "-1" });
  els.codePane = buildCodePane();
  els.body = h("div.ws-body", { dataset: { pane: "statement" } }, els.problemList, els.statement, els.codePane);
  mount(
    app,
    h(
      "div.ws",
      h(
        "header.topbar",
        brand(),
        h("span.title", S.view.assessment.title),
        els.paneSwitch,
        h("span.spacer"),
        els.live,
        els.timer,
        els.finish,
      ),
      h("div.ws-main", { style: { display: "grid", gridTemplateRows: "auto 1fr", minHeight: "0" } }, els.banner, els.body),
    ),
  );
  renderProblemList();
  renderOver();
  tick();
  setInterval(tick, 250);
  connectLive();
  addEventListener("keydown", globalKeys);
  addEventListener("pagehide", () => flushDraft(true));
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flushDraft(true));
  // A reload returns to the problem the candidate was on.
  const last = localStorage.getItem(`oa.problem.${attempt.id}`);
  const first = S.problems.find((p) => p.id === last) || S.problems[0];
  if (first) selectProblem(first.id);
  loadDrafted();
}

/** "finished" (Finish pressed before the deadline) or "time". */
function endingOf(attempt) {
  if (attempt.ended) return attempt.ended === "finished" ? "finished" : "time";
  return attempt.finished_at && Date.parse(attempt.finished_at) < Date.parse(attempt.deadline) ? "finished" : "time";
}

/** Which problems have a draft on the server, for the problem list. */
async function loadDrafted() {
  try {
    const { drafts } = await api(S.token, "GET", "/api/attempt/drafts");
    for (const d of drafts) S.drafted.add(d.problem);
    renderProblemList();
  } catch {}
}

function setPane(pane) {
  els.body.dataset.pane = pane;
  for (const b of els.paneSwitch.querySelectorAll("button")) b.classList.toggle("primary", b.dataset.pane === pane);
  if (pane === "code") editor?.focus();
}

function tick() {
  const remaining = (S.endsAt - performance.now()) / 1000;
  if (!S.over && remaining <= 0) timeUp();
  // The last edits reach the server before the deadline: they are what is
  // submitted for the candidate if they never submit.
  if (!S.over && remaining <= 3 && !S.finalFlush) {
    S.finalFlush = true;
    flushDraft();
  }
  const timer = els.timer;
  if (S.over) {
    timer.className = "timer over";
    mount(timer, h("span.label", "Time"), S.over === "finished" ? "Finished" : "Over");
    timer.setAttribute("aria-label", "The assessment is over");
    return;
  }
  timer.className = `timer${remaining < 60 ? " urgent" : remaining < 300 ? " warn" : ""}`;
  mount(timer, h("span.label", "Left"), formatClock(remaining));
  timer.setAttribute("aria-label", `Time left: ${formatClock(remaining)}`);
  // Screen readers hear the last minutes announced, not every second.
  const minutes = Math.ceil(remaining / 60);
  if ([15, 5, 1].includes(minutes) && S.announced !== minutes && remaining > (minutes - 1) * 60 + 50) {
    S.announced = minutes;
    toast(`${minutes} minute${minutes > 1 ? "s" : ""} left`);
  }
}

async function timeUp() {
  S.over = "time";
  S.overAt = S.view.attempt.deadline;
  renderOver();
  try {
    const attempt = (await api(S.token, "GET", "/api/attempt")).attempt;
    if (attempt.state === "in_progress") deadlineMoved(attempt);
    else S.view.attempt = attempt;
  } catch {}
}

async function finishAttempt() {
  if (S.over) return;
  const pending = [...S.submissions.values()].filter((s) => s.status === "queued" || s.status === "judging").length;
  const ok = await confirmDialog({
    title: "Finish the assessment?",
    body: [
      "You will not be able to change or submit code afterwards. Your drafts are kept, read-only.",
      pending ? `${pending} submission${pending > 1 ? "s are" : " is"} still being judged: ${pending > 1 ? "they" : "it"} will still count.` : "Your best submission on each problem counts.",
    ],
    confirm: "Finish now",
    cancel: "Keep working",
    danger: true,
  });
  if (!ok) return;
  await flushDraft();
  try {
    S.view.attempt = await api(S.token, "POST", "/api/attempt/finish");
    S.over = "finished";
    S.overAt = S.view.attempt.finished_at;
    renderOver();
    tick();
  } catch (err) {
    toast(err.message, "bad");
  }
}

/** The read-only state, with a message saying what happened. */
function renderOver() {
  const over = Boolean(S.over);
  // The code is no longer needed in this browser (it may be shared): the
  // editor keeps what it shows, and the server keeps the drafts.
  if (over) clearLocalDrafts();
  els.finish.disabled = over;
  editor?.setReadOnly(over);
  for (const button of [els.runButton, els.submitButton, els.customRun, els.resetButton]) if (button) button.disabled = over || Boolean(S.busy);
  if (!over) {
    els.banner.hidden = true;
    return;
  }
  els.banner.hidden = false;
  const at = formatTime(S.overAt, { time: true });
  mount(
    els.banner,
    S.over === "finished"
      ? [h("strong", `You finished the assessment at ${at}. Thank you!`), " Your submissions are judged and count, and the last code of each problem you had not submitted is submitted for you; your code stays here, read-only. You can close this page."]
      : [h("strong", `Time is up (${at}).`), " The editor is read-only now and your last code is kept. Submissions made before the deadline are still judged and count, and the last code of each problem you had not submitted is submitted for you."],
  );
  if (els.readonlyNote) els.readonlyNote.hidden = false;
}

// ---------------------------------------------------------------- problems

const letter = (index) => String.fromCharCode(65 + index);

function problemStatus(problemId) {
  const mine = [...S.submissions.values()].filter((s) => s.problem === problemId);
  if (!mine.length) return h("span", hasDraft(problemId) ? "Draft saved" : "Not submitted");
  if (mine.some((s) => s.status === "queued" || s.status === "judging")) return h("span", h("span.spinner", { "aria-hidden": "true" }), " Judging…");
  const done = mine.filter((s) => s.status === "done");
  const scored = done.filter((s) => s.score !== null && s.score !== undefined);
  if (scored.length) {
    const best = scored.reduce((a, b) => (b.score > a.score || (b.score === a.score && b.id > a.id) ? b : a));
    return h(
      "span",
      verdictBadge(best.verdict, { score: best.score, maxScore: best.max_score }),
      `${formatScore(best.score)} / ${formatScore(best.max_score)}`,
    );
  }
  if (done.length) return h("span", `${mine.length} submitted`);
  return h("span.tone-bad", "Not judged (error)");
}

function hasDraft(problemId) {
  if (S.drafted.has(problemId)) return true;
  const prefix = `oa.draft.${S.view.attempt.id}.${problemId}.`;
  for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i).startsWith(prefix)) return true;
  return false;
}

function renderProblemList() {
  const total = S.problems.reduce((sum, p) => sum + p.max_score, 0);
  let score = 0;
  let known = false;
  for (const p of S.problems) {
    const best = [...S.submissions.values()]
      .filter((s) => s.problem === p.id && s.score !== null && s.score !== undefined)
      .reduce((m, s) => Math.max(m, s.score), 0);
    score += best;
    known ||= [...S.submissions.values()].some((s) => s.problem === p.id && s.score !== null && s.score !== undefined);
  }
  const hidden = S.view.assessment.feedback === "none";
  mount(
    els.problemList,
    h("h2", "Problems"),
    h(
      "ol",
      S.problems.map((p, i) =>
        h(
          "li",
          h(
            "button.problem-link",
            { type: "button", "aria-current": String(p.id === S.current), onclick: () => selectProblem(p.id) },
            h("span.letter", letter(i)),
            h("span.name", p.title),
            h("span.status", problemStatus(p.id)),
          ),
        ),
      ),
    ),
    !hidden && h("div.score-total", known ? `Score: ${formatScore(score)} / ${formatScore(total)}` : `Total: ${formatScore(total)} points`),
  );
}

async function selectProblem(id) {
  if (S.current === id && editor) return;
  await flushDraft();
  S.current = id;
  try {
    localStorage.setItem(`oa.problem.${S.view.attempt.id}`, id);
  } catch {}
  renderProblemList();
  mount(els.statement, h("p.muted", "Loading the statement…"));
  let problem = S.statements.get(id);
  if (!problem) {
    try {
      problem = await api(S.token, "GET", `/api/attempt/problems/${encodeURIComponent(id)}`);
      S.statements.set(id, problem);
    } catch (err) {
      mount(els.statement, h("div.notice.bad", h("p", err.message)));
      return;
    }
  }
  if (S.current !== id) return;
  renderStatement(problem);
  const allowed = S.view.assessment.languages;
  // This browser's last language for the problem; else the language of the
  // newest draft saved from anywhere; else this browser's last language; else
  // the first with starter code.
  let language = localStorage.getItem(`oa.lang.${S.view.attempt.id}.${id}`);
  if (!allowed.includes(language)) {
    try {
      const { drafts } = await api(S.token, "GET", "/api/attempt/drafts");
      language = drafts.find((d) => d.problem === id && allowed.includes(d.language))?.language;
    } catch {}
  }
  if (!allowed.includes(language)) language = localStorage.getItem(`oa.lang.${S.view.attempt.id}`);
  if (!allowed.includes(language)) language = allowed.find((l) => problem.starters[l] !== undefined) || allowed[0];
  if (S.current !== id) return;
  await openLanguage(language);
  renderResults();
}

function renderStatement(problem) {
  const index = S.problems.findIndex((p) => p.id === problem.id);
  const body = renderMarkdown(problem.statement || "");
  const meta = h(
    "div.statement-meta",
    h("span.badge.accent", `Problem ${letter(index)}`),
    (els.limitBadge = h("span.badge.time-limit")),
    h("span.badge", `Memory ${problem.limits.memory_mib} MiB`),
    h("span.badge", `${formatScore(problem.max_score)} point${problem.max_score === 1 ? "" : "s"}`),
  );
  const heading = body.querySelector("h1");
  if (heading) heading.after(meta);
  else body.prepend(h("h1", problem.title), meta);
  // Statements usually show their samples; add them when this one does not.
  const mentionsSamples = [...body.querySelectorAll("h2, h3")].some((el) => /sample|example/i.test(el.textContent));
  if (!mentionsSamples && problem.samples.length) {
    body.append(
      h(
        "div.samples-extra",
        h("h2", "Samples"),
        problem.samples.map((s) =>
          h("div.io", h("div", h("div.label", `Input ${s.name}`), h("pre.out", s.input)), h("div", h("div.label", "Expected output"), h("pre.out", s.answer))),
        ),
      ),
    );
  }
  mount(els.statement, body);
  els.statement.scrollTop = 0;
  renderLimit();
}

/** The time limit as the selected language gets it. */
function renderLimit() {
  const problem = S.statements.get(S.current);
  if (!problem || !els.limitBadge) return;
  const base = problem.limits.time_seconds;
  const own = problem.limits.time_seconds_by_language?.[S.language] ?? base;
  const language = S.language ? langLabel(S.language) : "C++";
  els.limitBadge.textContent = `Time limit ${formatLimit(own)}${S.language ? ` in ${language}` : ""}`;
  els.limitBadge.title = own === base ? "The same in C++" : `${formatLimit(base)} in C++; ${language} gets ${Math.round((own / base) * 100) / 100}× as long`;
}

const formatLimit = (seconds) => `${Math.round(seconds * 1000) / 1000} s`;

// ---------------------------------------------------------------- editor and drafts

function buildCodePane() {
  els.language = h("select", { "aria-label": "Language", onchange: (e) => changeLanguage(e.target.value) });
  for (const l of S.view.assessment.languages) els.language.append(h("option", { value: l, title: compilerOf(l) }, langLabel(l)));
  els.compiler = h("span.compiler.small.muted");
  els.saveState = h("span.save-state", { "aria-live": "polite" });
  els.resetButton = h("button.button.quiet.small", { type: "button", onclick: resetToStarter, title: "Replace your code with the starter code" }, "Reset");
  els.readonlyNote = h("div.readonly-banner", { hidden: true }, "Read-only: the assessment is over.");
  els.editorHost = h("div.editor-host");
  els.runButton = h(
    "button.button",
    { type: "button", onclick: runSamples, title: `Run on the samples (${MOD}+Enter)` },
    "Run samples",
    h("kbd", `${MOD}+↵`),
  );
  els.customRun = h("button.button.quiet", { type: "button", onclick: () => showTab("custom") }, "Custom input…");
  els.submitButton = h(
    "button.button.primary",
    { type: "button", onclick: submit, title: `Submit for grading (${MOD}+Shift+Enter)` },
    "Submit",
    h("kbd", `${MOD}+⇧+↵`),
  );
  els.tabs = h("div.tabs", { role: "tablist", "aria-label": "Results" });
  els.panel = h("div.tab-panel", { role: "tabpanel", tabindex: "0" });
  const pane = h(
    "section.code-pane",
    { "aria-label": "Code" },
    h("div.code-toolbar", h("label.sr-only", { for: "language" }, "Language"), els.language, els.compiler, els.resetButton, h("span.spacer"), els.saveState),
    h("div", { style: { display: "grid", gridTemplateRows: "auto 1fr", minHeight: "0" } }, els.readonlyNote, els.editorHost),
    h("div.action-bar", els.runButton, els.customRun, h("span.spacer"), els.submitButton),
    h("div.results", els.tabs, els.panel),
  );
  els.language.id = "language";
  editor = createEditor({
    parent: els.editorHost,
    doc: "",
    language: S.view.assessment.languages[0],
    readOnly: true,
    onChange: onEdit,
    keys: [
      { key: "Mod-Enter", run: () => (runSamples(), true) },
      { key: "Shift-Mod-Enter", run: () => (submit(), true) },
    ],
  });
  return pane;
}

function globalKeys(event) {
  if (!(event.ctrlKey || event.metaKey) || event.key !== "Enter" || event.defaultPrevented) return;
  if (event.target.closest?.(".cm-editor, dialog")) return;
  event.preventDefault();
  if (event.shiftKey) submit();
  else if (event.target.closest?.(".custom-input")) runCustom();
  else runSamples();
}

function clearLocalDrafts() {
  const prefix = `oa.draft.${S.view.attempt.id}.`;
  try {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i).startsWith(prefix)) keys.push(localStorage.key(i));
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept in it either.
  }
}

const draftKey = (problem, language) => `oa.draft.${S.view.attempt.id}.${problem}.${language}`;

function readLocal(problem, language) {
  try {
    return JSON.parse(localStorage.getItem(draftKey(problem, language)));
  } catch {
    return null;
  }
}

function writeLocal(problem, language, record) {
  // Once the attempt is over, nothing more is kept in this browser.
  if (S.over) return;
  try {
    localStorage.setItem(draftKey(problem, language), JSON.stringify(record));
  } catch {
    setSaveState("Could not save in this browser (storage full)", true);
  }
}

let pushTimer = null;
let localTimer = null;
let pushing = null;

function setSaveState(text, warn = false) {
  els.saveState.textContent = text;
  els.saveState.classList.toggle("warn", warn);
}

/** The draft to show: this browser's unsaved edits first, then the newer of this browser's and the server's. */
async function openLanguage(language) {
  const problem = S.statements.get(S.current);
  S.language = language;
  els.language.value = language;
  els.compiler.textContent = compilerOf(language);
  renderLimit();
  localStorage.setItem(`oa.lang.${S.view.attempt.id}.${S.current}`, language);
  localStorage.setItem(`oa.lang.${S.view.attempt.id}`, language);
  const local = readLocal(S.current, language);
  let server = null;
  let offline = false;
  try {
    // The list says whether the server holds a newer draft (saved from another
    // device) before its text is fetched.
    const { drafts } = await api(S.token, "GET", "/api/attempt/drafts");
    const entry = drafts.find((d) => d.problem === S.current && d.language === language);
    if (entry && !local?.dirty && (!local?.serverAt || Date.parse(entry.updated_at) > Date.parse(local.serverAt))) {
      server = await api(S.token, "GET", `/api/attempt/drafts/${encodeURIComponent(S.current)}/${encodeURIComponent(language)}`);
    }
  } catch {
    offline = true;
  }
  if (S.language !== language || S.statements.get(S.current) !== problem) return;
  let text;
  let state;
  if (local && local.dirty) {
    text = local.source;
    state = "dirty";
  } else if (server && (!local || !local.serverAt || Date.parse(server.updated_at) > Date.parse(local.serverAt))) {
    text = server.source;
    writeLocal(S.current, language, { source: text, serverAt: server.updated_at, dirty: false });
    state = "saved";
  } else if (local) {
    text = local.source;
    state = "saved";
  } else {
    text = problem.starters[language] ?? "";
    state = "starter";
  }
  await editor.load(text, language);
  editor.setReadOnly(Boolean(S.over));
  if (state === "dirty" && !S.over) schedulePush();
  else if (offline) setSaveState("Saved in this browser", true);
  else setSaveState(state === "starter" ? (text ? "Starter code" : "") : "All changes saved");
}

async function changeLanguage(language) {
  await flushDraft();
  await openLanguage(language);
}

function onEdit(text) {
  if (S.over) return;
  const problem = S.current;
  const language = S.language;
  setSaveState("Saving…");
  clearTimeout(localTimer);
  localTimer = setTimeout(() => {
    const previous = readLocal(problem, language);
    writeLocal(problem, language, { source: text, serverAt: previous?.serverAt ?? null, dirty: true });
  }, 250);
  schedulePush();
}

function schedulePush() {
  clearTimeout(pushTimer);
  pushTimer = setTimeout(() => pushDraft(), 1500);
}

/** Saves the editor's text locally now, and on the server unless the attempt is over. */
async function flushDraft(unloading = false) {
  if (!editor || !S.current || !S.language) return;
  clearTimeout(localTimer);
  const local = readLocal(S.current, S.language);
  if (pushTimer || (local && local.dirty)) {
    clearTimeout(pushTimer);
    pushTimer = null;
    if (!S.over && local?.source !== editor.text) writeLocal(S.current, S.language, { source: editor.text, serverAt: local?.serverAt ?? null, dirty: true });
    if (!S.over) await pushDraft(unloading);
  }
}

async function pushDraft(keepalive = false) {
  pushTimer = null;
  if (S.over || !S.current || !S.language) return;
  const problem = S.current;
  const language = S.language;
  const source = editor.text;
  writeLocal(problem, language, { source, serverAt: readLocal(problem, language)?.serverAt ?? null, dirty: true });
  await pushing;
  pushing = (async () => {
    try {
      const saved = await api(
        S.token,
        "PUT",
        `/api/attempt/drafts/${encodeURIComponent(problem)}/${encodeURIComponent(language)}`,
        { source },
        { keepalive },
      );
      const now = readLocal(problem, language);
      writeLocal(problem, language, { source: now?.source ?? source, serverAt: saved.updated_at, dirty: now ? now.source !== source : false });
      if (S.current === problem && S.language === language && editor.text === source) setSaveState("All changes saved");
      if (!S.drafted.has(problem)) {
        S.drafted.add(problem);
        renderProblemList();
      }
    } catch (err) {
      if (S.current === problem && S.language === language) setSaveState("Saved in this browser", true);
      if (err.status === 403) timeUpFromServer();
    }
  })();
  await pushing;
}

async function timeUpFromServer() {
  try {
    const view = await api(S.token, "GET", "/api/attempt");
    if (view.attempt.state !== "in_progress" && !S.over) {
      S.view.attempt = view.attempt;
      S.over = endingOf(view.attempt);
      S.overAt = view.attempt.finished_at || view.attempt.deadline;
      renderOver();
      tick();
    }
  } catch {}
}

async function resetToStarter() {
  const problem = S.statements.get(S.current);
  const starter = problem?.starters[S.language];
  const ok = await confirmDialog({
    title: "Replace your code with the starter code?",
    body: starter === undefined ? "This problem has no starter code in this language: the editor will be emptied." : "Your current code in this language is replaced. Use Undo (" + MOD + "+Z) to get it back.",
    confirm: "Replace",
    danger: true,
  });
  if (!ok) return;
  const view = editor.view;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: starter ?? "" } });
  editor.focus();
}

// ---------------------------------------------------------------- runs

function setBusy(kind) {
  S.busy = kind;
  for (const [button, own, label] of [
    [els.runButton, "run", "Running…"],
    [els.submitButton, "submit", "Submitting…"],
  ]) {
    button.disabled = Boolean(kind) || Boolean(S.over);
    button.setAttribute("aria-busy", String(kind === own));
    button.firstChild.textContent = kind === own ? label : own === "run" ? "Run samples" : "Submit";
  }
  if (els.customRun) els.customRun.disabled = Boolean(S.over);
}

function explainError(err) {
  if (err.status === 429) return `${err.message}`;
  if (err.status === 403) {
    timeUpFromServer();
    return err.message;
  }
  return err.message;
}

async function runSamples() {
  if (S.busy || S.over || !S.current) return;
  const problem = S.current;
  const language = S.language;
  await flushDraft();
  setBusy("run");
  S.runs.set(problem, { kind: "pending", language, count: S.statements.get(problem)?.samples.length ?? 0 });
  showTab("run");
  let failing = [];
  let run = null;
  try {
    const result = await api(S.token, "POST", "/api/attempt/run", { problem, language, source: editor.text });
    run = { kind: "samples", result, language, outputs: new Map() };
    S.runs.set(problem, run);
    // A failed sample is easier to understand with the program's own output
    // beside the expected one: fetch it for the first two.
    if (result.verdict !== "CE") failing = result.tests.filter((t) => t.verdict !== "AC" && t.input !== null).slice(0, 2);
  } catch (err) {
    S.runs.set(problem, { kind: "error", message: explainError(err) });
  } finally {
    setBusy(null);
    if (S.current === problem) renderResults();
  }
  for (const test of failing) {
    if (S.current !== problem || S.runs.get(problem) !== run) break;
    await sampleOutput(problem, { name: test.name, input: test.input, answer: test.answer ?? "" }, run);
  }
}

async function runCustom() {
  if (S.busy || S.over || !S.current) return;
  const problem = S.current;
  const input = S.customInput.get(problem) ?? "";
  await flushDraft();
  setBusy("run");
  S.custom = { kind: "pending" };
  renderResults();
  try {
    const result = await api(S.token, "POST", "/api/attempt/run", { problem, language: S.language, source: editor.text, input });
    S.custom = { kind: "done", result: result.run, problem };
  } catch (err) {
    S.custom = { kind: "error", message: explainError(err), problem };
  } finally {
    setBusy(null);
    renderResults();
  }
}

/** Runs one sample as custom input, to show the program's own output beside the expected one. */
async function sampleOutput(problem, sample, run) {
  if (S.busy || S.over) return;
  setBusy("run");
  run.outputs.set(sample.name, { kind: "pending" });
  renderResults();
  try {
    const result = await api(S.token, "POST", "/api/attempt/run", { problem, language: run.language, source: editor.text, input: sample.input });
    run.outputs.set(sample.name, { kind: "done", run: result.run });
  } catch (err) {
    run.outputs.set(sample.name, { kind: "error", message: explainError(err) });
  } finally {
    setBusy(null);
    renderResults();
  }
}

// ---------------------------------------------------------------- submissions

async function submit() {
  if (S.busy || S.over || !S.current) return;
  const problem = S.current;
  await flushDraft();
  setBusy("submit");
  try {
    const created = await api(S.token, "POST", "/api/attempt/submissions", { problem, language: S.language, source: editor.text });
    S.submissions.set(created.id, { ...created, problem, status: created.status || "queued" });
    S.expanded.add(created.id);
    toast(`Submission #${created.id} sent: grading…`);
    showTab("submissions");
    renderProblemList();
  } catch (err) {
    toast(explainError(err), "bad");
  } finally {
    setBusy(null);
    renderResults();
  }
}

function connectLive() {
  S.stream = eventStream(
    S.token,
    "/api/attempt/events",
    (type, data) => {
      if (type === "submission") {
        const status = JSON.parse(data);
        const before = S.submissions.get(status.id);
        S.submissions.set(status.id, status);
        if ((status.status === "done" || status.status === "error") && before?.status !== status.status) {
          fetchDetail(status.id, before && before.status !== "done");
        }
        renderProblemList();
        if (S.tab === "submissions") renderResults();
      } else if (type === "attempt") {
        deadlineMoved(JSON.parse(data));
      } else if (type === "end") {
        S.live = "ended";
        renderLive();
      }
    },
    (state) => {
      if (S.live !== "ended") S.live = state;
      renderLive();
    },
  );
}

/** The deadline as the server now has it: extra time granted moves the timer at once. */
function deadlineMoved(attempt) {
  const before = Date.parse(S.view.attempt.deadline);
  S.view.attempt = attempt;
  if (attempt.state !== "in_progress") return;
  S.endsAt = performance.now() + attempt.remaining_seconds * 1000;
  const added = Math.round((Date.parse(attempt.deadline) - before) / 60000);
  if (added > 0) toast(`You were given ${added} more minute${added === 1 ? "" : "s"}`);
  if (S.over === "time") {
    // The local timer ran out just before the extension arrived.
    S.over = null;
    S.finalFlush = false;
    renderOver();
  }
  tick();
}

function renderLive() {
  const text = { open: "", connecting: "Connecting…", reconnecting: "Reconnecting…", closed: "", ended: "" }[S.live] ?? "";
  els.live.textContent = text;
}

async function fetchDetail(id, announce) {
  try {
    const detail = await api(S.token, "GET", `/api/attempt/submissions/${id}`);
    S.details.set(id, detail);
    if (announce && detail.status === "done") {
      const label = detail.verdict ? `${verdictName(detail.verdict)}${detail.score !== null && detail.score !== undefined ? ` (${formatScore(detail.score)} / ${formatScore(detail.max_score)})` : ""}` : "graded";
      toast(`Submission #${id}: ${label}`, detail.verdict && detail.verdict !== "AC" ? "bad" : "info");
    }
    if (S.tab === "submissions") renderResults();
  } catch {}
}

// ---------------------------------------------------------------- results panel

function showTab(tab) {
  S.tab = tab;
  renderResults();
  if (tab === "custom") els.panel.querySelector("textarea")?.focus();
}

function renderResults() {
  if (!S.current) return;
  const mine = [...S.submissions.values()].filter((s) => s.problem === S.current);
  const tabs = [
    ["run", "Samples"],
    ["custom", "Custom input"],
    ["submissions", "Submissions", mine.length],
  ];
  mount(
    els.tabs,
    tabs.map(([id, label, count]) =>
      h(
        "button.tab",
        { type: "button", role: "tab", "aria-selected": String(S.tab === id), onclick: () => showTab(id) },
        label,
        count ? h("span.count", String(count)) : null,
      ),
    ),
  );
  if (S.tab === "run") mount(els.panel, samplesPanel());
  else if (S.tab === "custom") mount(els.panel, customPanel());
  else mount(els.panel, submissionsPanel(mine));
}

function samplesPanel() {
  const run = S.runs.get(S.current);
  const problem = S.statements.get(S.current);
  if (!run) {
    return h(
      "p.muted",
      `Run your code on the ${problem?.samples.length ?? ""} sample${problem?.samples.length === 1 ? "" : "s"} with `,
      h("strong", "Run samples"),
      ` (${MOD}+Enter). Runs are not graded.`,
    );
  }
  if (run.kind === "pending") return h("p", h("span.spinner"), ` Compiling and running on ${run.count} sample${run.count === 1 ? "" : "s"}…`);
  if (run.kind === "error") return h("div.notice.bad", h("p", run.message));
  const { result } = run;
  const passed = result.tests.filter((t) => t.verdict === "AC").length;
  const [, why] = VERDICTS[result.verdict] || [result.verdict, ""];
  return h(
    "div",
    h(
      "div.run-summary",
      verdictBadge(result.verdict, { long: true }),
      h("span.headline", result.verdict === "CE" ? "Your code did not compile" : `${passed} of ${result.tests.length} samples passed`),
      h("span.explain", result.verdict === "AC" ? "Now submit to be graded on the hidden tests." : why),
      h("span.spacer"),
      h("span.faint.small", languageName(run.language)),
    ),
    result.verdict === "CE" && h("pre.out.message", result.message || "(no message)"),
    result.tests.map((test) => sampleCard(test, run)),
  );
}

function sampleCard(test, run) {
  const output = run.outputs.get(test.name);
  const sample = { name: test.name, input: test.input ?? "", answer: test.answer ?? "" };
  const differs = output?.kind === "done" && output.run.stdout.trim() !== sample.answer.trim();
  return h(
    "article.sample",
    h(
      "header",
      h("span.name", `Sample ${test.name}`),
      verdictBadge(test.verdict, { long: true }),
      h("span.stats", `${formatSeconds(test.time_seconds)} · ${formatBytes(test.memory_bytes)}`),
      h("span.spacer"),
      test.input !== null &&
        h(
          "button.button.small.quiet",
          { type: "button", disabled: Boolean(S.busy) || Boolean(S.over), onclick: () => sampleOutput(S.current, sample, run) },
          output ? "Run again" : "Show my output",
        ),
    ),
    test.message && h("div", { style: { padding: "8px 12px 0" } }, h("pre.out.message", test.message)),
    test.input !== null &&
      h(
        "div.io",
        h("div", h("div.label", "Input"), h("pre.out", sample.input)),
        h("div", h("div.label", "Expected output"), h("pre.out", sample.answer)),
        output &&
          h(
            "div",
            h("div.label", "Your output"),
            output.kind === "pending"
              ? h("p.muted", h("span.spinner"), " Running…")
              : output.kind === "error"
                ? h("p.error-text", output.message)
                : [
                    h(`pre.out${differs ? ".differs" : ""}`, output.run.stdout || "(nothing printed)"),
                    output.run.verdict !== "OK" && h("p.small.tone-bad", `${verdictName(output.run.verdict)}: ${output.run.message}`),
                    output.run.stderr && [h("div.label", "Standard error"), h("pre.out", output.run.stderr)],
                  ],
          ),
      ),
  );
}

function customPanel() {
  const problem = S.statements.get(S.current);
  if (!S.customInput.has(S.current)) S.customInput.set(S.current, problem?.samples[0]?.input ?? "");
  const area = h(
    "textarea",
    { rows: 5, spellcheck: false, "aria-label": "Custom input", oninput: (e) => S.customInput.set(S.current, e.target.value) },
    S.customInput.get(S.current),
  );
  const custom = S.custom && S.custom.problem !== undefined && S.custom.problem !== S.current ? null : S.custom;
  const interactive = Boolean(problem?.interactive);
  return h(
    "div.custom-input",
    interactive
      ? h(
          "label.small.muted",
          "This problem is interactive: your program talks to the interactor, as when it is graded. This box is the interactor's input (the judge's side, in the samples' format), not your program's: your program reads only what the interactor tells it.",
        )
      : h("label.small.muted", "Standard input for your program:"),
    area,
    h(
      "div.row",
      { style: { margin: "8px 0" } },
      h("button.button", { type: "button", disabled: Boolean(S.busy) || Boolean(S.over), onclick: runCustom }, "Run with this input"),
      h("span.faint.small", `${MOD}+Enter in the box runs it too`),
    ),
    custom?.kind === "pending" && h("p", h("span.spinner"), " Running…"),
    custom?.kind === "error" && h("div.notice.bad", h("p", custom.message)),
    custom?.kind === "done" && customResult(custom.result, interactive),
  );
}

function customResult(run, interactive = false) {
  const [, why] = VERDICTS[run.verdict] || [run.verdict, ""];
  return h(
    "div",
    h(
      "div.run-summary",
      verdictBadge(run.verdict, { long: true }),
      h("span.stats.small.muted", `${formatSeconds(run.time_seconds)} · ${formatBytes(run.memory_bytes)}${run.exit_code !== null && run.exit_code !== undefined ? ` · exit code ${run.exit_code}` : ""}`),
      run.verdict !== "OK" && run.verdict !== "AC" && h("span.explain", why),
    ),
    run.message && [interactive && h("div.label", "The interactor says"), h("pre.out.message", run.message)],
    h("div.io", { style: { padding: "0" } }, h("div", h("div.label", interactive ? "What your program told the interactor" : "Output"), h("pre.out", run.stdout || "(nothing printed)")), run.stderr && h("div", h("div.label", "Standard error"), h("pre.out", run.stderr))),
  );
}

function submissionsPanel(mine) {
  if (!mine.length) {
    return h("p.muted", "No submissions for this problem yet. ", h("strong", "Submit"), ` (${MOD}+Shift+Enter) grades your code on the hidden tests; your best submission counts.`);
  }
  return h(
    "div",
    mine
      .slice()
      .sort((a, b) => b.id - a.id)
      .map((s) => submissionCard(s)),
  );
}

function statusBadge(s) {
  if (s.status === "queued") return h("span.badge", h("span.spinner", { "aria-hidden": "true" }), "Queued");
  if (s.status === "judging") return h("span.badge.accent", h("span.spinner", { "aria-hidden": "true" }), s.progress ? `Grading ${s.progress.done}/${s.progress.total}` : "Grading");
  if (s.status === "error") return h("span.badge.bad", { title: "Grading failed for reasons that are not yours; the graders are told" }, "Not graded");
  if (!s.verdict) return h("span.badge", "Graded");
  return verdictBadge(s.verdict, { score: s.score, maxScore: s.max_score, long: true });
}

function submissionCard(s) {
  const open = S.expanded.has(s.id);
  const detail = S.details.get(s.id);
  if (open && s.status === "done" && !detail) fetchDetail(s.id, false);
  return h(
    "article.submission",
    h(
      "button.head",
      {
        type: "button",
        "aria-expanded": String(open),
        onclick: () => {
          if (open) S.expanded.delete(s.id);
          else S.expanded.add(s.id);
          renderResults();
        },
      },
      h("span.id", `#${s.id}`),
      statusBadge(s),
      s.auto && h("span.badge.auto", { title: "Your last code for this problem, submitted for you when the assessment ended" }, "auto-submitted"),
      s.score !== null && s.score !== undefined && h("span", `${formatScore(s.score)} / ${formatScore(s.max_score)} points`),
      h("span.spacer"),
      h("span.when", `${languageName(s.language)} · ${formatTime(s.created_at, { time: true })}`),
    ),
    open && h("div.detail", submissionDetail(s, detail)),
  );
}

// How many of the submission's tests are done (hidden ones included: only the
// count, never what they hold), as a bar and in words.
function testProgress(progress) {
  const { done, total, failed } = progress;
  return [
    h("div.progress", { role: "progressbar", "aria-label": "Tests done", "aria-valuemin": 0, "aria-valuemax": total, "aria-valuenow": done }, h("div", { style: { width: `${total ? (done / total) * 100 : 0}%` } })),
    h("p.small.test-progress", h("strong", `${done} of ${total}`), " tests done", failed ? h("span.tone-bad", ` · ${failed} failed`) : null),
  ];
}

function submissionDetail(s, detail) {
  if (s.status === "queued" || s.status === "judging") {
    const running = s.status === "judging";
    return h(
      "div",
      h(
        "div.steps",
        h("span.on", "Received"),
        "→",
        h(s.status === "queued" ? "span.on" : "span", "Waiting for a grader"),
        "→",
        h(running && !s.progress ? "span.on" : "span", "Compiling"),
        "→",
        h(running && s.progress ? "span.on" : "span", "Running the tests"),
        "→",
        h("span", "Result"),
      ),
      running && s.progress ? testProgress(s.progress) : h("div.progress.indeterminate", h("div")),
      h("p.small.muted", "The result appears here by itself; you can keep working meanwhile."),
    );
  }
  if (s.status === "error") return h("p", "This submission could not be graded because of a problem on our side, not in your code. The graders are told.");
  if (!detail) return h("p.muted", h("span.spinner"), " Loading…");
  const [, why] = VERDICTS[detail.verdict] || ["", ""];
  const tests = detail.tests || [];
  const progress = detail.progress || s.progress;
  return h(
    "div",
    detail.verdict && h("div.verdict-line", h("strong", verdictName(detail.verdict)), h("span.explain", why)),
    progress && h("p.small.muted.test-progress", `${progress.done} of ${progress.total} tests done`, progress.failed ? `, ${progress.failed} failed` : ""),
    detail.verdict === "CE" && detail.message && h("pre.out.message", detail.message),
    tests.length > 0 &&
      h(
        "div.tests",
        tests.map((t) =>
          h(
            "div.test",
            { title: t.message || "" },
            h("div.tname", t.group === "sample" ? `Sample ${t.name}` : `${t.group} / ${t.name}`),
            t.verdict ? verdictBadge(t.verdict) : h("span.badge", { title: "Not run: the group's points were already lost" }, "skipped"),
            h(
              "div.tstats",
              { title: t.instructions !== undefined && t.instructions !== null ? `${formatCount(t.instructions)} instructions` : "" },
              t.time_seconds !== undefined && t.time_seconds !== null ? `${formatSeconds(t.time_seconds)} · ${formatBytes(t.memory_bytes)}` : "",
            ),
          ),
        ),
      ),
    tests.some((t) => t.message) && h("div", tests.filter((t) => t.message).map((t) => h("div", h("div.label.small.muted", `Sample ${t.name}`), h("pre.out.message", t.message)))),
    tests.length > 0 && h("p.small.faint", `Times are in seconds of your time limit in ${langLabel(s.language)}, as on Run; they are counted in instructions (hover a time), so they are the same on every run.`),
    detail.source &&
      !S.over &&
      h(
        "button.button.small.quiet",
        { type: "button", onclick: () => restore(s, detail.source), title: "Replace the editor's code with this submission's (undo brings yours back)" },
        "Put this code back in the editor",
      ),
  );
}

async function restore(s, source) {
  if (s.problem !== S.current || S.over) return;
  if (s.language !== S.language) await changeLanguage(s.language);
  const view = editor.view;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
  toast(`Submission #${s.id}'s code is in the editor (${MOD}+Z undoes it)`);
  editor.focus();
}

boot();
