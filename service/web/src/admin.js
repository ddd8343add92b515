// The graders' page: sign in with an API token, then assessments (creation,
// invitations, results, submissions), rejudge sets and the problem catalogue.
// Routes live in the URL's fragment (#/assessments/3), so every view can be
// reloaded and linked; the token never appears in a URL.

import "./style.css";
import {
  h,
  mount,
  api,
  download,
  verdictBadge,
  VERDICTS,
  languageName,
  formatBytes,
  formatSeconds,
  formatScore,
  formatDuration,
  formatTime,
  confirmDialog,
  toast,
  copyText,
} from "./common.js";
import { showSource } from "./editor.js";

const app = document.getElementById("app");
const TOKEN_KEY = "oa.staff";
let token = sessionStorage.getItem(TOKEN_KEY);
let me = null;
let main = null;
let nav = null;
let refresh = null; // the current view's polling timer
// Invitation links are shown once, at creation (only their hash is stored);
// they stay copyable for the rest of this page's life.
const createdLinks = new Map();
const sortOrders = new Map();

const call = (method, path, body) => api(token, method, path, body);

// ---------------------------------------------------------------- sign in

async function boot() {
  if (token) {
    try {
      me = await call("GET", "/api/me");
      return shell();
    } catch (err) {
      if (err.status !== 401 && err.status !== 403) return signIn(err.message);
      sessionStorage.removeItem(TOKEN_KEY);
      token = null;
    }
  }
  signIn();
}

function signIn(message = "") {
  const input = h("input", {
    type: "password",
    name: "token",
    autocomplete: "off",
    spellcheck: false,
    required: true,
    placeholder: "oa_…",
    "aria-describedby": "token-hint",
  });
  const error = h("p.error-text", { role: "alert" }, message);
  const button = h("button.button.primary", { type: "submit" }, "Sign in");
  mount(
    app,
    h(
      "main.signin.card",
      h("span.brand", h("span.mark", { "aria-hidden": "true" }, "</>"), "oa"),
      h("h1", { style: { marginTop: "18px" } }, "Graders and authors"),
      h(
        "form",
        {
          onsubmit: async (event) => {
            event.preventDefault();
            button.disabled = true;
            error.textContent = "";
            token = input.value.trim();
            try {
              me = await call("GET", "/api/me");
              sessionStorage.setItem(TOKEN_KEY, token);
              shell();
            } catch (err) {
              token = null;
              error.textContent = err.message;
              button.disabled = false;
              input.select();
            }
          },
        },
        h("label.field", "API token", input, h("span.hint#token-hint", "Create one on the server with ", h("code", "oa token create --role grader"), ". It is kept in this tab only.")),
        button,
        error,
      ),
    ),
  );
  input.focus();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  token = null;
  me = null;
  location.hash = "";
  signIn();
}

// ---------------------------------------------------------------- shell and routing

function shell() {
  nav = h(
    "nav",
    { "aria-label": "Sections" },
    h("a", { href: "#/assessments", dataset: { section: "assessments" } }, "Assessments"),
    h("a", { href: "#/rejudges", dataset: { section: "rejudges" } }, "Rejudges"),
    h("a", { href: "#/problems", dataset: { section: "problems" } }, "Problems"),
  );
  main = h("main.admin-main", { tabindex: "-1" });
  mount(
    app,
    h(
      "div.admin",
      h(
        "header.admin-nav",
        h("a.brand", { href: "#/assessments" }, h("span.mark", { "aria-hidden": "true" }, "</>"), "oa"),
        nav,
        h("span.spacer"),
        h("span.muted.small", `${me.label || "token"} · ${me.role}`),
        h("button.button.quiet.small", { onclick: signOut }, "Sign out"),
      ),
      main,
    ),
  );
  removeEventListener("hashchange", route);
  addEventListener("hashchange", route);
  route();
}

function route() {
  clearTimeout(refresh);
  refresh = null;
  const path = location.hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  const section = path[0] || "assessments";
  for (const link of nav.querySelectorAll("a")) {
    if (link.dataset.section === section || (section === "submissions" && link.dataset.section === "assessments")) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const views = {
    assessments: () => (path[1] === "new" ? newAssessment() : path[1] ? assessmentView(path[1], path[2] || "results") : assessmentsList()),
    submissions: () => submissionView(path[1]),
    rejudges: () => (path[1] ? rejudgeView(path[1]) : rejudgesList()),
    problems: () => problemsList(),
  };
  mount(main, h("p.muted", "Loading…"));
  (views[section] || assessmentsList)().catch((err) => {
    if (err.status === 401) return signOut();
    mount(main, h("div.notice.bad", h("p", err.message)));
  });
}

const go = (hash) => {
  if (location.hash === hash) route();
  else location.hash = hash;
};

function pageHead(title, { crumbs, sub, actions } = {}) {
  return h(
    "div",
    crumbs && h("div.crumbs", crumbs),
    h("div.page-head", h("div", h("h1", title), sub && h("div.sub", sub)), h("span.spacer"), actions),
  );
}

function section(title, body, actions) {
  return h("section.card.section", h("header", h("h2", title), h("span.spacer"), actions), body);
}

/** A table whose columns sort on click (and Enter/Space): `columns` = [{ label, value(row), render(row), num }]. */
function sortableTable(columns, rows, { initial = 0, descending = false, onRow, empty = "Nothing yet.", key } = {}) {
  // A table redrawn by a refresh keeps the order the grader chose.
  const kept = key && sortOrders.get(key);
  let by = kept && kept.by < columns.length ? kept.by : initial;
  let desc = kept ? kept.desc : descending;
  const table = h("table.data");
  function draw() {
    const col = columns[by];
    const sorted = rows.slice().sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      const order = x === y ? 0 : x === null || x === undefined ? 1 : y === null || y === undefined ? -1 : x < y ? -1 : 1;
      return desc ? -order : order;
    });
    mount(
      table,
      h(
        "thead",
        h(
          "tr",
          columns.map((c, i) =>
            h(
              `th.sortable${c.num ? ".num" : ""}`,
              { "aria-sort": i === by ? (desc ? "descending" : "ascending") : null, scope: "col" },
              h(
                "button",
                {
                  type: "button",
                  onclick: () => {
                    if (by === i) desc = !desc;
                    else {
                      by = i;
                      desc = Boolean(c.num);
                    }
                    if (key) sortOrders.set(key, { by, desc });
                    draw();
                  },
                },
                c.label,
                h("span.arrow", { "aria-hidden": "true" }, i === by ? (desc ? "▼" : "▲") : "↕"),
              ),
            ),
          ),
        ),
      ),
      h(
        "tbody",
        sorted.length
          ? sorted.map((row) =>
              h(
                `tr${onRow ? ".clickable" : ""}`,
                onRow ? { onclick: (e) => !e.target.closest("a, button") && onRow(row) } : null,
                columns.map((c) => h(`td${c.num ? ".num" : ""}`, c.render ? c.render(row) : String(c.value(row) ?? "—"))),
              ),
            )
          : h("tr", h("td.empty", { colSpan: columns.length }, empty)),
      ),
    );
  }
  draw();
  return h("div.table-scroll", table);
}

// ---------------------------------------------------------------- assessments

async function assessmentsList() {
  const { assessments } = await call("GET", "/api/assessments");
  mount(
    main,
    pageHead("Assessments", {
      sub: "Create an assessment, invite candidates, read their results.",
      actions: h("a.button.primary", { href: "#/assessments/new" }, "New assessment"),
    }),
    section(
      `${assessments.length} assessment${assessments.length === 1 ? "" : "s"}`,
      sortableTable(
        [
          { label: "Title", value: (a) => a.title.toLowerCase(), render: (a) => h("a", { href: `#/assessments/${a.id}` }, a.title) },
          { label: "Problems", value: (a) => a.problems.length, render: (a) => a.problems.join(", ") },
          { label: "Duration", value: (a) => a.duration_minutes, render: (a) => formatDuration(a.duration_minutes), num: true },
          { label: "Invited", value: (a) => a.invitations, num: true },
          { label: "Started", value: (a) => a.started, num: true },
          { label: "Created", value: (a) => a.created_at, render: (a) => formatTime(a.created_at), num: true },
        ],
        assessments,
        { initial: 5, descending: true, onRow: (a) => go(`#/assessments/${a.id}`), empty: "No assessments yet: create the first one." },
      ),
    ),
  );
}

async function newAssessment() {
  const [{ problems }, { languages }] = await Promise.all([call("GET", "/api/problems"), call("GET", "/api/languages")]);
  const error = h("p.error-text", { role: "alert" });
  const chosen = [];
  const order = h("p.small.muted");
  const showOrder = () => (order.textContent = chosen.length ? `Candidates see them in this order: ${chosen.join(", ")}` : "Pick at least one problem.");
  showOrder();
  const form = h(
    "form.form-grid",
    {
      onsubmit: async (event) => {
        event.preventDefault();
        const data = new FormData(form);
        const local = (name) => (data.get(name) ? new Date(data.get(name)).toISOString() : undefined);
        const body = {
          title: data.get("title"),
          problems: chosen,
          duration_minutes: Number(data.get("duration")),
          languages: data.getAll("languages"),
          feedback: data.get("feedback"),
          instructions: data.get("instructions") || undefined,
          opens_at: local("opens_at"),
          closes_at: local("closes_at"),
        };
        error.textContent = "";
        try {
          const created = await call("POST", "/api/assessments", body);
          toast(`Assessment “${created.title}” created`);
          go(`#/assessments/${created.id}/invitations`);
        } catch (err) {
          error.textContent = err.message;
        }
      },
    },
    h("label.field.wide", "Title", h("input", { name: "title", required: true, maxLength: 200, placeholder: "Backend engineer screen" })),
    h("label.field", "Duration (minutes)", h("input", { name: "duration", type: "number", min: 1, max: 10080, value: "90", required: true })),
    h(
      "label.field",
      "What candidates see of their results",
      h(
        "select",
        { name: "feedback" },
        h("option", { value: "samples", selected: true }, "Verdict, score and sample tests"),
        h("option", { value: "full" }, "Verdict, score and every test's verdict"),
        h("option", { value: "verdict" }, "Verdict and score"),
        h("option", { value: "none" }, "Only that it was graded"),
      ),
    ),
    h("label.field", "Opens at", h("input", { name: "opens_at", type: "datetime-local" }), h("span.hint", "Optional, in your local time: no start before it.")),
    h("label.field", "Closes at", h("input", { name: "closes_at", type: "datetime-local" }), h("span.hint", "Optional: every attempt ends by then.")),
    h(
      "fieldset.wide",
      h("legend", "Problems"),
      h(
        "div.checks",
        problems.map((p) =>
          h(
            "label",
            h("input", {
              type: "checkbox",
              value: p.id,
              onchange: (e) => {
                if (e.target.checked) chosen.push(p.id);
                else chosen.splice(chosen.indexOf(p.id), 1);
                showOrder();
              },
            }),
            `${p.title} `,
            h("span.faint.small", `(${p.id}, ${formatScore(p.max_score)} pts)`),
          ),
        ),
      ),
      order,
    ),
    h(
      "fieldset.wide",
      h("legend", "Languages"),
      h(
        "div.checks",
        languages.map((l) => h("label", h("input", { type: "checkbox", name: "languages", value: l.id, checked: true }), languageName(l.id))),
      ),
    ),
    h(
      "label.field.wide",
      "Instructions",
      h("textarea", { name: "instructions", rows: 5, placeholder: "Welcome! Solve as many problems as you can…" }),
      h("span.hint", "Markdown, shown to candidates before they start."),
    ),
    h("div.wide.row", h("button.button.primary", { type: "submit" }, "Create assessment"), h("a.button.quiet", { href: "#/assessments" }, "Cancel"), error),
  );
  mount(main, pageHead("New assessment", { crumbs: h("a", { href: "#/assessments" }, "Assessments") }), section("Details", h("div.body", form)));
  form.querySelector("input").focus();
}

async function assessmentView(id, tab) {
  const assessment = await call("GET", `/api/assessments/${encodeURIComponent(id)}`);
  const tabs = [
    ["results", "Results"],
    ["invitations", "Invitations"],
    ["submissions", "Submissions"],
  ];
  const body = h("div");
  const csv = h(
    "button.button",
    {
      type: "button",
      onclick: async () => {
        try {
          await download(token, `/api/assessments/${assessment.id}/results.csv`, `assessment-${assessment.id}-results.csv`);
        } catch (err) {
          toast(err.message, "bad");
        }
      },
    },
    "Export CSV",
  );
  const rejudge = h("button.button", { type: "button", onclick: () => startRejudge({ assessment: assessment.id }, `all judged submissions of “${assessment.title}”`) }, "Rejudge all");
  mount(
    main,
    pageHead(assessment.title, {
      crumbs: h("a", { href: "#/assessments" }, "Assessments"),
      sub: `${formatDuration(assessment.duration_minutes)} · ${assessment.problems.map((p) => p.title).join(", ")} · ${assessment.languages.map(languageName).join(", ")}`,
      actions: h("div.row", csv, rejudge),
    }),
    h(
      "div.tabs",
      { role: "tablist", style: { marginBottom: "16px" } },
      tabs.map(([name, label]) => h("a.tab", { href: `#/assessments/${assessment.id}/${name}`, role: "tab", "aria-selected": String(tab === name) }, label)),
    ),
    body,
  );
  if (tab === "invitations") await invitationsTab(assessment, body);
  else if (tab === "submissions") await submissionsTab(assessment, body);
  else await resultsTab(assessment, body);
}

function timeUsed(c) {
  if (!c.started_at) return null;
  const end = c.finished_at ? Date.parse(c.finished_at) : Date.now();
  return Math.max(0, (end - Date.parse(c.started_at)) / 60000);
}

const STATES = { invited: ["Invited", ""], in_progress: ["In progress", "accent"], finished: ["Finished", "good"], time_up: ["Time ran out", "warn"] };
// A finished attempt says how it ended: Finish pressed, or the time ran out.
const stateBadge = (state, ended) => {
  const key = state === "finished" && ended === "time_up" ? "time_up" : state;
  return h(`span.badge${STATES[key]?.[1] ? "." + STATES[key][1] : ""}`, STATES[key]?.[0] ?? key);
};
const autoBadge = () => h("span.badge.auto", { title: "Submitted for the candidate when the attempt ended: their last draft, not submitted by them" }, "auto");

async function resultsTab(assessment, body) {
  const [results, { submissions }] = await Promise.all([
    call("GET", `/api/assessments/${assessment.id}/results`),
    call("GET", `/api/assessments/${assessment.id}/submissions`),
  ]);
  // Each cell opens the submission that earned the score: the best, newest first.
  const best = new Map();
  for (const s of submissions) {
    const key = `${s.invitation_id}/${s.problem}`;
    const seen = best.get(key);
    if (!seen || (s.score ?? -1) > (seen.score ?? -1) || ((s.score ?? -1) === (seen.score ?? -1) && s.id > seen.id)) best.set(key, s);
  }
  const titles = Object.fromEntries(assessment.problems.map((p) => [p.id, p.title]));
  const columns = [
    { label: "Candidate", value: (c) => c.name.toLowerCase(), render: (c) => h("div", h("div", c.name), h("div.small.muted", c.email)) },
    { label: "State", value: (c) => `${c.state}/${c.ended ?? ""}`, render: (c) => stateBadge(c.state, c.ended) },
    ...results.problems.map((pid, index) => ({
      label: titles[pid] || pid,
      num: true,
      value: (c) => c.problems[index].score,
      render: (c) => {
        const p = c.problems[index];
        if (!p.submissions) return h("span.faint", "—");
        const sub = best.get(`${c.invitation_id}/${pid}`);
        const cell = h(
          "span.score-cell",
          p.pending ? h("span.spinner", { title: "Being judged" }) : p.verdict && verdictBadge(p.verdict, { score: p.score, maxScore: p.max_score }),
          `${formatScore(p.score)} / ${formatScore(p.max_score)}`,
          p.auto && autoBadge(),
        );
        return sub ? h("a", { href: `#/submissions/${sub.id}`, title: `${p.submissions} submission(s); open the best` }, cell) : cell;
      },
    })),
    { label: "Total", num: true, value: (c) => c.score, render: (c) => h("strong", `${formatScore(c.score)} / ${formatScore(c.max_score)}`) },
    {
      label: "Time used",
      num: true,
      value: timeUsed,
      render: (c) => {
        const minutes = timeUsed(c);
        return minutes === null ? "—" : `${Math.round(minutes)} min`;
      },
    },
    { label: "Pending", num: true, value: (c) => c.pending, render: (c) => (c.pending ? h("span.badge.accent", String(c.pending)) : "0") },
  ];
  const finished = results.candidates.filter((c) => c.state === "finished").length;
  mount(
    body,
    h(
      "div.stat-row",
      stat(results.candidates.length, "Invited"),
      stat(results.candidates.filter((c) => c.state !== "invited").length, "Started"),
      stat(finished, "Finished"),
      stat(submissions.length, "Submissions"),
    ),
    section(
      "Results",
      sortableTable(columns, results.candidates, {
        initial: results.problems.length + 2,
        descending: true,
        empty: "Nobody is invited yet: see Invitations.",
        key: `results/${assessment.id}`,
      }),
      h("span.small.muted", "A candidate's score on a problem is their best judged submission's."),
    ),
  );
  if (results.candidates.some((c) => c.pending || c.state === "in_progress")) {
    refresh = setTimeout(() => location.hash.startsWith(`#/assessments/${assessment.id}`) && resultsTab(assessment, body).catch(() => {}), 4000);
  }
}

function stat(n, label) {
  return h("div.stat", h("div.n", String(n)), h("div.l", label));
}

async function invitationsTab(assessment, body) {
  const { invitations } = await call("GET", `/api/assessments/${assessment.id}/invitations`);
  const error = h("p.error-text", { role: "alert" });
  const result = h("div");
  const form = h(
    "form.form-grid",
    {
      onsubmit: async (event) => {
        event.preventDefault();
        const data = new FormData(form);
        error.textContent = "";
        try {
          const created = await call("POST", `/api/assessments/${assessment.id}/invitations`, { name: data.get("name"), email: data.get("email") });
          createdLinks.set(created.id, created.url);
          await invitationsTab(assessment, body);
          body.querySelector(".link-box input")?.select();
        } catch (err) {
          error.textContent = err.message;
        }
      },
    },
    h("label.field", "Name", h("input", { name: "name", required: true, maxLength: 200, autocomplete: "off" })),
    h("label.field", "Email", h("input", { name: "email", type: "email", required: true, autocomplete: "off" })),
    h("div.wide.row", h("button.button.primary", { type: "submit" }, "Invite"), error),
  );
  const newest = [...createdLinks.entries()].filter(([id]) => invitations.some((i) => i.id === id)).at(-1);
  if (newest) {
    const who = invitations.find((i) => i.id === newest[0]);
    mount(result, linkBox(newest[1], `Invitation link for ${who.name}: send it to them. It is shown only now (New link replaces it); it opens the assessment without a password.`));
  }
  mount(
    body,
    section("Invite a candidate", h("div.body", form, result)),
    section(
      "Invitations",
      sortableTable(
        [
          { label: "Name", value: (i) => i.name.toLowerCase(), render: (i) => i.name },
          { label: "Email", value: (i) => i.email },
          { label: "State", value: (i) => `${i.state}/${i.ended ?? ""}`, render: (i) => stateBadge(i.state, i.ended) },
          { label: "Started", value: (i) => i.started_at, render: (i) => formatTime(i.started_at) },
          { label: "Finished", value: (i) => i.finished_at, render: (i) => formatTime(i.finished_at) },
          {
            label: "Extra time",
            num: true,
            value: (i) => i.extra_minutes + i.extra_percent,
            render: (i) => extraText(i) || h("span.faint", "—"),
          },
          {
            label: "Link",
            value: (i) => (i.revoked_at ? 2 : createdLinks.has(i.id) ? 0 : 1),
            render: (i) =>
              h(
                "div.row.nowrap",
                i.revoked_at
                  ? h("span.badge.bad", { title: `Revoked ${formatTime(i.revoked_at)}` }, "revoked")
                  : createdLinks.has(i.id) && h("button.button.small", { type: "button", onclick: () => copyLink(createdLinks.get(i.id)) }, "Copy link"),
                h(
                  "button.button.small.quiet",
                  { type: "button", title: "Only the link's hash is stored, so it cannot be shown again: a new link replaces it", onclick: () => newLink(assessment, body, i) },
                  "New link",
                ),
                !i.revoked_at && h("button.button.small.quiet", { type: "button", onclick: () => revokeInvitation(assessment, body, i) }, "Revoke"),
                i.state === "invited" && h("button.button.small.quiet", { type: "button", onclick: () => deleteInvitation(assessment, body, i) }, "Delete"),
              ),
          },
        ],
        invitations,
        { initial: 0, empty: "Nobody is invited yet." },
      ),
    ),
    invitations.length > 0 && section("Extra time and expiry", h("div.body", termsForm(assessment, body, invitations))),
  );
  body.querySelector("input")?.focus();
}

function extraText(i) {
  const parts = [i.extra_minutes && `+${i.extra_minutes} min`, i.extra_percent && `+${i.extra_percent} %`].filter(Boolean);
  return parts.join(" ");
}

async function newLink(assessment, body, i) {
  const ok = await confirmDialog({
    title: `A new link for ${i.name}?`,
    body: [
      "Their current link stops working at once; the new one is shown here to send them.",
      i.state !== "invited" ? "Their attempt and code are kept: the new link opens the same attempt." : "",
      i.revoked_at ? "The invitation works again." : "",
    ].filter(Boolean),
    confirm: "Make a new link",
  });
  if (!ok) return;
  try {
    const made = await call("POST", `/api/invitations/${i.id}/link`);
    createdLinks.set(made.id, made.url);
    await invitationsTab(assessment, body);
    body.querySelector(".link-box input")?.select();
  } catch (err) {
    toast(err.message, "bad");
  }
}

async function revokeInvitation(assessment, body, i) {
  const ok = await confirmDialog({
    title: `Revoke ${i.name}'s invitation?`,
    body: "Their link stops working. An attempt already made stays in the results. A new link makes it work again.",
    confirm: "Revoke",
    danger: true,
  });
  if (!ok) return;
  try {
    await call("POST", `/api/invitations/${i.id}/revoke`);
    createdLinks.delete(i.id);
    await invitationsTab(assessment, body);
  } catch (err) {
    toast(err.message, "bad");
  }
}

async function deleteInvitation(assessment, body, i) {
  const ok = await confirmDialog({ title: `Delete ${i.name}'s invitation?`, body: "They never started: the invitation and its link are removed.", confirm: "Delete", danger: true });
  if (!ok) return;
  try {
    await call("DELETE", `/api/invitations/${i.id}`);
    createdLinks.delete(i.id);
    await invitationsTab(assessment, body);
  } catch (err) {
    toast(err.message, "bad");
  }
}

/** Extra time (minutes and a percentage of the duration) and an expiry, per invitation. */
function termsForm(assessment, body, invitations) {
  const error = h("p.error-text", { role: "alert" });
  const who = h("select", { name: "invitation" }, invitations.map((i) => h("option", { value: i.id }, `${i.name} <${i.email}>`)));
  const minutes = h("input", { name: "minutes", type: "number", min: 0, max: 10080, step: 1 });
  const percent = h("input", { name: "percent", type: "number", min: 0, max: 500, step: 1 });
  const expires = h("input", { name: "expires", type: "datetime-local" });
  const fill = () => {
    const i = invitations.find((x) => String(x.id) === who.value);
    minutes.value = i?.extra_minutes ?? 0;
    percent.value = i?.extra_percent ?? 0;
    expires.value = i?.expires_at ? localInput(i.expires_at) : "";
  };
  who.addEventListener("change", fill);
  fill();
  const form = h(
    "form.form-grid",
    {
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = "";
        try {
          await call("PATCH", `/api/invitations/${who.value}`, {
            extra_minutes: Number(minutes.value || 0),
            extra_percent: Number(percent.value || 0),
            expires_at: expires.value ? new Date(expires.value).toISOString() : null,
          });
          toast("Saved: a running attempt's timer moves at once", "info");
          await invitationsTab(assessment, body);
        } catch (err) {
          error.textContent = err.message;
        }
      },
    },
    h("label.field.wide", "Candidate", who),
    h("label.field", "Extra minutes", minutes),
    h("label.field", `Extra % of ${assessment.duration_minutes} min`, percent),
    h("label.field", "Cannot be started after (your time zone)", expires),
    h("div.wide.row", h("button.button.primary", { type: "submit" }, "Save extra time and expiry"), error),
  );
  return [form, h("p.small.muted", "Extra time can be granted before or during the attempt; during it, the candidate's timer moves at once. Every change is logged.")];
}

/** An RFC 3339 time as a datetime-local input's value, in the browser's time zone. */
function localInput(text) {
  const d = new Date(text);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

async function copyLink(url) {
  toast((await copyText(url)) ? "Link copied" : "Copy failed: select the link and copy it", "info");
}

function linkBox(url, text) {
  const input = h("input", { value: url, readOnly: true, "aria-label": "Invitation link", onfocus: (e) => e.target.select() });
  return h("div", h("div.link-box", input, h("button.button.primary", { type: "button", onclick: () => copyLink(url) }, "Copy link")), h("p.small.muted", text));
}

async function submissionsTab(assessment, body) {
  const { submissions } = await call("GET", `/api/assessments/${assessment.id}/submissions`);
  const titles = Object.fromEntries(assessment.problems.map((p) => [p.id, p.title]));
  mount(
    body,
    section(
      `${submissions.length} submission${submissions.length === 1 ? "" : "s"}`,
      sortableTable(
        [
          { label: "#", num: true, value: (s) => s.id, render: (s) => h("a", { href: `#/submissions/${s.id}` }, `#${s.id}`) },
          { label: "Candidate", value: (s) => (s.name || "").toLowerCase(), render: (s) => s.name || "—" },
          { label: "Problem", value: (s) => s.problem, render: (s) => titles[s.problem] || s.problem },
          { label: "Language", value: (s) => s.language, render: (s) => languageName(s.language) },
          { label: "Submitted", value: (s) => s.created_at, render: (s) => formatTime(s.created_at) },
          { label: "Verdict", value: (s) => s.verdict || s.status, render: (s) => h("span.row", statusOf(s), s.auto && autoBadge()) },
          { label: "Score", num: true, value: (s) => s.score, render: (s) => (s.score === null ? "—" : `${formatScore(s.score)} / ${formatScore(s.max_score)}`) },
        ],
        submissions,
        { initial: 0, descending: true, onRow: (s) => go(`#/submissions/${s.id}`), empty: "No submissions yet." },
      ),
    ),
  );
}

function statusOf(s) {
  if (s.status === "queued" || s.status === "judging") return h("span.badge.accent", h("span.spinner"), s.status === "queued" ? "Queued" : "Judging");
  if (s.status === "error") return h("span.badge.bad", "Error");
  return verdictBadge(s.verdict, { score: s.score, maxScore: s.max_score, long: true });
}

// ---------------------------------------------------------------- one submission

async function submissionView(id) {
  const sub = await call("GET", `/api/submissions/${encodeURIComponent(id)}`);
  const host = h("div.source-host");
  const judgements = sub.judgements.slice().reverse();
  mount(
    main,
    pageHead(`Submission #${sub.id}`, {
      crumbs: [h("a", { href: "#/assessments" }, "Assessments"), " / submission"],
      sub: [`${sub.problem} · ${languageName(sub.language)} · ${formatTime(sub.created_at)} · attempt ${sub.attempt_id}`, sub.auto && [" ", autoBadge(), " submitted when the attempt ended"]],
      actions: h(
        "div.row",
        h(
          "button.button",
          { type: "button", disabled: !sub.judgements.length, onclick: () => startRejudge({ submissions: [sub.id] }, `submission #${sub.id}`) },
          "Rejudge",
        ),
      ),
    }),
    h(
      "div.two-col",
      section(
        "Source",
        h("div.body", host, h("p.small.faint", `SHA-256 ${sub.source_sha256.slice(0, 16)}…`)),
        h("span.small.muted", `${sub.source.split("\n").length} lines`),
      ),
      h(
        "div",
        sub.status !== "done" && h("div.notice", { style: { marginBottom: "14px" } }, h("p", `Status: ${sub.status}`)),
        judgements.length ? judgements.map((j) => judgementCard(j, sub.language)) : h("p.muted", "Not judged yet."),
      ),
    ),
  );
  showSource(host, sub.source, sub.language);
  if (sub.status === "queued" || sub.status === "judging") refresh = setTimeout(() => location.hash === `#/submissions/${id}` && route(), 2500);
}

function judgementCard(j, language) {
  const [, why] = VERDICTS[j.verdict] || ["", ""];
  const tests = Array.isArray(j.tests) ? j.tests : [];
  // A score column only when a checker gave part of a test.
  const partial = tests.some((t) => typeof t.score === "number" && t.score > 0 && t.score < 1);
  const messages = tests.some((t) => t.message);
  return h(
    "article.judgement",
    h(
      "header",
      verdictBadge(j.verdict, { score: j.score, maxScore: j.max_score, long: true }),
      h("strong", `${formatScore(j.score)} / ${formatScore(j.max_score)}`),
      j.current ? h("span.badge.accent", "current") : h("span.badge", j.rejudge_id ? `rejudge #${j.rejudge_id}` : "superseded"),
      h("span.spacer"),
      h("span.small.muted", { title: `problem version ${j.problem_version} · engine ${j.engine}` }, `${formatTime(j.judged_at)} · v${j.problem_version.slice(0, 8)}`),
    ),
    h(
      "div.body",
      h("p.small.muted", { style: { marginTop: "0" } }, why),
      tests.length > 0 &&
        h(
          "p.small.faint",
          `Times are seconds of the candidate's time limit in ${languageName(language)}`,
          j.time_multiplier && j.time_multiplier !== 1 ? ` (${j.time_multiplier}× the C++ limit)` : "",
          "; each time's tooltip has the instructions counted.",
        ),
      j.message && h("pre.out.message", j.message),
      tests.length > 0 &&
        h(
          "div.table-scroll",
          h(
            "table.data",
            h("thead", h("tr", ["Test", "Verdict", partial && "Score", "Time", "Memory", messages && "Message"].filter(Boolean).map((c) => h(`th${["Score", "Time", "Memory"].includes(c) ? ".num" : ""}`, c)))),
            h(
              "tbody",
              tests.map((t) =>
                h(
                  "tr",
                  h("td.nowrap", h("span.faint", `${t.group} / `), h("span.mono", t.name)),
                  h("td", t.verdict ? verdictBadge(t.verdict) : h("span.badge", { title: "Not run: its group's points were already lost" }, "skipped")),
                  partial && h("td.num", t.score === undefined || t.score === null ? "—" : formatScore(t.score)),
                  h("td.num", { title: t.instructions ? `${t.instructions.toLocaleString()} instructions` : "" }, formatSeconds(t.time_seconds)),
                  h("td.num", formatBytes(t.memory_bytes)),
                  messages && h("td.small", t.message ? h("span", { title: t.message }, t.message.length > 80 ? t.message.slice(0, 80) + "…" : t.message) : ""),
                ),
              ),
            ),
          ),
        ),
    ),
  );
}

// ---------------------------------------------------------------- rejudges

async function startRejudge(scope, what) {
  const reason = h("textarea", { rows: 2, name: "reason", placeholder: "Why (kept with the set): fixed test 7, new judge, …", style: { fontFamily: "var(--sans)" } });
  const version = h(
    "select",
    { name: "version" },
    h("option", { value: "current" }, "The problem's newest version (after a fix to its tests)"),
    h("option", { value: "pinned" }, "The version each submission was made for (after a change of the judge)"),
  );
  const dialog = h(
    "dialog.dialog",
    h(
      "form",
      { method: "dialog" },
      h("h2", "Rejudge"),
      h("p", `Judge ${what} again. The new verdicts are shown beside the old ones; nothing changes until you apply the set.`),
      h("label.field", "Reason", reason),
      h("label.field", { style: { marginTop: "10px" } }, "Judge against", version),
      h("div.dialog-actions", h("button.button", { value: "cancel" }, "Cancel"), h("button.button.primary", { value: "ok" }, "Start rejudging")),
    ),
  );
  document.body.append(dialog);
  dialog.showModal();
  dialog.addEventListener("close", async () => {
    dialog.remove();
    if (dialog.returnValue !== "ok") return;
    try {
      const set = await call("POST", "/api/rejudges", { ...scope, reason: reason.value || undefined, version: version.value });
      go(`#/rejudges/${set.id}`);
    } catch (err) {
      toast(err.message, "bad");
    }
  });
}

const REJUDGE_STATES = { pending: ["Pending", "accent"], applied: ["Applied", "good"], cancelled: ["Cancelled", ""] };
const rejudgeState = (state) => h(`span.badge${REJUDGE_STATES[state]?.[1] ? "." + REJUDGE_STATES[state][1] : ""}`, REJUDGE_STATES[state]?.[0] ?? state);

async function rejudgesList() {
  const { rejudges } = await call("GET", "/api/rejudges");
  mount(
    main,
    pageHead("Rejudges", { sub: "Sets of submissions judged again, compared with their current verdicts, then applied or cancelled as a whole." }),
    section(
      `${rejudges.length} set${rejudges.length === 1 ? "" : "s"}`,
      sortableTable(
        [
          { label: "#", num: true, value: (r) => r.id, render: (r) => h("a", { href: `#/rejudges/${r.id}` }, `#${r.id}`) },
          { label: "State", value: (r) => r.state, render: (r) => rejudgeState(r.state) },
          { label: "Reason", value: (r) => r.reason, render: (r) => r.reason || h("span.faint", "—") },
          { label: "Submissions", num: true, value: (r) => r.total },
          { label: "Still judging", num: true, value: (r) => r.pending },
          { label: "Created", value: (r) => r.created_at, render: (r) => formatTime(r.created_at) },
        ],
        rejudges,
        { initial: 0, descending: true, onRow: (r) => go(`#/rejudges/${r.id}`), empty: "No rejudges yet: start one from an assessment or a submission." },
      ),
    ),
  );
}

async function rejudgeView(id) {
  const set = await call("GET", `/api/rejudges/${encodeURIComponent(id)}`);
  const decide = async (action) => {
    if (action === "apply") {
      const ok = await confirmDialog({
        title: "Apply the rejudge?",
        body: `The new judgements become the ones that count for ${set.total} submission${set.total === 1 ? "" : "s"} (${set.changed} changed).`,
        confirm: "Apply",
      });
      if (!ok) return;
    }
    try {
      await call("POST", `/api/rejudges/${set.id}/${action}`);
      toast(action === "apply" ? "Rejudge applied" : "Rejudge cancelled");
      route();
    } catch (err) {
      toast(err.message, "bad");
    }
  };
  const pending = set.state === "pending";
  const done = set.total ? ((set.judged + set.failed) / set.total) * 100 : 100;
  const verdictCell = (v) => (v && v.verdict ? h("span.score-cell", verdictBadge(v.verdict, { score: v.score }), formatScore(v.score)) : h("span.faint", "—"));
  mount(
    main,
    pageHead(`Rejudge #${set.id}`, {
      crumbs: h("a", { href: "#/rejudges" }, "Rejudges"),
      sub: [rejudgeState(set.state), " ", set.reason || "no reason given", ` · ${formatTime(set.created_at)}`],
      actions: pending
        ? h(
            "div.row",
            h("button.button", { type: "button", onclick: () => decide("cancel") }, "Cancel set"),
            h(
              "button.button.primary",
              { type: "button", disabled: set.pending > 0, title: set.pending ? "Wait until every submission is judged" : "", onclick: () => decide("apply") },
              "Apply",
            ),
          )
        : null,
    }),
    h("div.stat-row", stat(set.total, "Submissions"), stat(set.judged, "Judged"), stat(set.pending, "Judging"), stat(set.failed, "Failed"), stat(set.changed, "Changed")),
    set.pending > 0 && h("div.progress", { role: "progressbar", "aria-valuenow": Math.round(done), "aria-valuemin": 0, "aria-valuemax": 100 }, h("div", { style: { width: `${done}%` } })),
    section(
      "Old and new verdicts",
      h(
        "div.table-scroll",
        h(
          "table.data",
          h("thead", h("tr", h("th", "Submission"), h("th", "Status"), h("th.num", "Old"), h("th", ""), h("th.num", "New"), h("th", "Changed"))),
          h(
            "tbody",
            set.submissions.map((s) =>
              h(
                `tr${s.changed ? ".changed" : ""}`,
                h("td", h("a", { href: `#/submissions/${s.submission_id}` }, `#${s.submission_id}`)),
                h("td", s.status === "done" ? "judged" : s.status === "error" ? h("span.tone-bad", "failed") : h("span", h("span.spinner"), ` ${s.status}`)),
                h("td.num", verdictCell(s.old)),
                h("td.arrow-sep", "→"),
                h("td.num", verdictCell(s.new)),
                h("td", s.changed ? h("span.badge.partial", "changed") : s.new ? h("span.faint", "same") : ""),
              ),
            ),
          ),
        ),
      ),
      h("span.small.muted", pending ? "Nothing counts until the set is applied." : set.state === "applied" ? "Applied: the new judgements count." : "Cancelled: the old judgements still count."),
    ),
  );
  if (pending && set.pending > 0) refresh = setTimeout(() => location.hash === `#/rejudges/${id}` && route(), 1500);
}

// ---------------------------------------------------------------- problems

const SHORT = { c: "C", cpp: "C++", rust: "Rust", go: "Go", python: "Python", javascript: "JS", kotlin: "Kotlin" };
const shortLanguage = (id) => SHORT[id] || id;

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

// The check the server runs on each problem version (as `oa problem check`):
// waiting or under way, OK (with warnings, if any) or its faults.
function checkCell(p) {
  if (!p.loads) return h("span.badge.bad", { title: p.error }, "broken");
  const check = p.check || { state: "off" };
  if (check.state === "off") return h("span.faint.small", { title: "This server does not check problems (check_problems = false): run `oa problem check`" }, "not checked");
  if (check.state === "pending") return h("span.faint.small", { title: "Checked when judging is idle: candidates come first" }, "waiting to be checked");
  if (check.state !== "done") {
    return h("span.nowrap.small.muted", { title: `Checking since ${formatTime(check.started_at, { time: true })}` }, h("span.spinner", { "aria-hidden": "true" }), " checking…");
  }
  const solutions = (check.solutions || []).map((s) => `${s.path}: ${s.verdict ?? "not judged"} (expected ${s.expected})`).join("\n");
  const title = [`Checked ${formatTime(check.checked_at, { time: true })}`, solutions].filter(Boolean).join("\n");
  return h(
    "div.check-cell",
    { title },
    check.ok ? h("span.badge.good", "OK") : h("span.badge.bad", plural(check.faults.length, "fault")),
    check.warnings.length > 0 && h("span.badge.partial", plural(check.warnings.length, "warning")),
    check.suggested_time_limit !== null && check.suggested_time_limit !== undefined && h("div.small.muted.nowrap", `suggested limit ${check.suggested_time_limit} s`),
  );
}

// Each problem whose check found something, with what it found.
function checkFindings(problems) {
  const found = problems.filter((p) => p.check?.state === "done" && (p.check.faults.length || p.check.warnings.length));
  if (!found.length) return null;
  return section(
    "What the checks found",
    h(
      "div.body.findings",
      found.map((p) =>
        h(
          "article.finding",
          h("h3", p.title, " ", h("span.small.muted.mono", p.id), " ", p.check.ok ? h("span.badge.good", "OK") : h("span.badge.bad", "faults")),
          p.check.faults.length > 0 && h("ul.faults", p.check.faults.map((fault) => h("li.tone-bad", fault))),
          p.check.warnings.length > 0 && h("ul.warnings", p.check.warnings.map((warning) => h("li", warning))),
        ),
      ),
    ),
  );
}

async function problemsList() {
  const { problems } = await call("GET", "/api/problems");
  const checking = problems.some((p) => p.loads && (p.check?.state === "pending" || p.check?.state === "checking"));
  mount(
    main,
    pageHead("Problems", { sub: "The packages this server serves, each at its newest version, checked as oa problem check does. Assessments keep the version they were created with." }),
    section(
      `${problems.length} problem${problems.length === 1 ? "" : "s"}`,
      sortableTable(
        [
          { label: "Problem", value: (p) => p.id, render: (p) => h("div", h("div", p.title), h("div.small.muted.mono", p.id)) },
          { label: "Points", num: true, value: (p) => p.max_score, render: (p) => formatScore(p.max_score) },
          { label: "Limits", value: (p) => p.time_seconds ?? 0, render: (p) => (p.loads ? h("span.nowrap", `${p.time_seconds} s · ${p.memory_mib} MiB`) : "—") },
          {
            label: "Tests",
            num: true,
            value: (p) => p.tests ?? 0,
            render: (p) =>
              p.loads
                ? h(
                    "span",
                    { title: p.groups.map((g) => `${g.name}: ${g.tests} tests, ${formatScore(g.points)} points`).join("\n") },
                    `${p.tests}`,
                    h("div.small.muted.nowrap", `${p.samples} sample${p.samples === 1 ? "" : "s"}${p.groups.length ? ` · ${p.groups.map((g) => g.name).join(", ")}` : ""}`),
                  )
                : "—",
          },
          { label: "Kind", value: (p) => (p.interactive ? 1 : 0), render: (p) => (p.interactive ? h("span.badge.accent", "interactive") : "standard") },
          { label: "Starter code", value: (p) => (p.starters || []).length, render: (p) => h("span.small", (p.starters || []).map(shortLanguage).join(" · ") || "—") },
          { label: "Versions", num: true, value: (p) => p.versions },
          {
            label: "Check",
            // Faults first when sorted ascending, then warnings, OK, still checking.
            value: (p) => (!p.loads ? 0 : p.check?.state !== "done" ? 4 : !p.check.ok ? 1 : p.check.warnings.length ? 2 : 3),
            render: checkCell,
          },
          { label: "Updated", value: (p) => p.updated_at, render: (p) => h("span.nowrap.small", formatTime(p.updated_at)) },
        ],
        problems,
        { initial: 0, key: "problems", empty: "No problems: start oa serve with --problems DIR." },
      ),
    ),
    checkFindings(problems),
  );
  // Checks finish in the background: show them as they do, in place.
  if (checking) refresh = setTimeout(() => location.hash === "#/problems" && problemsList().catch(() => {}), 3000);
}

boot();
