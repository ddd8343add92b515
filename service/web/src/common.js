// Helpers both pages share: building DOM safely, calling the API, formatting.
//
// Everything shown is built with text nodes (never innerHTML) except Markdown
// written by problem authors and assessment creators: candidates' names,
// outputs and compiler messages cannot inject markup.

/** h("div.card#main", {onclick, ...attrs}, ...children): an element. */
export function h(tag, attrs, ...children) {
  const [head, ...classes] = tag.split(".");
  const [name, id] = head.split("#");
  const el = document.createElement(name || "div");
  if (id) el.id = id;
  if (classes.length) el.className = classes.join(" ");
  if (attrs && (typeof attrs !== "object" || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className += (el.className ? " " : "") + value;
    else if (key === "style" && typeof value === "object") Object.assign(el.style, value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key in el && typeof value !== "string") el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** An error the API answered: its status and its `error` message. */
export class ApiError extends Error {
  constructor(status, message, retryAfter) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/**
 * Calls the API with the bearer token. The token only ever travels in the
 * Authorization header: never in a URL, never in a log.
 */
export async function api(token, method, path, body, { signal, keepalive } = {}) {
  const headers = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      keepalive,
      cache: "no-store",
      credentials: "omit",
    });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiError(0, "The server cannot be reached. Check your connection; your work is kept in this browser.");
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (!response.ok) {
    const message = (data && data.error) || `The server answered ${response.status}.`;
    throw new ApiError(response.status, message, Number(response.headers.get("Retry-After")) || undefined);
  }
  return data;
}

/** Downloads a file the API serves (the token rides in the header, not the link). */
export async function download(token, path, filename) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` }, cache: "no-store", credentials: "omit" });
  if (!response.ok) {
    let message = `The server answered ${response.status}.`;
    try {
      message = (await response.json()).error || message;
    } catch {}
    throw new ApiError(response.status, message);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Server-sent events over fetch, because EventSource cannot send an
 * Authorization header. Reconnects (the server sends the current state first)
 * until `stop()` or an `end` event.
 */
export function eventStream(token, path, onEvent, onState = () => {}) {
  let stopped = false;
  let controller = null;
  let delay = 1000;
  async function connect() {
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await fetch(path, {
          headers: { Authorization: `Bearer ${token}`, Accept: "text/event-stream" },
          signal: controller.signal,
          cache: "no-store",
          credentials: "omit",
        });
        if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
        onState("open");
        delay = 1000;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        let event = { type: "message", data: [] };
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let newline;
          while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
            const line = buffer.slice(0, newline);
            buffer = buffer.slice(newline + (buffer.startsWith("\r\n", newline) ? 2 : 1));
            if (line === "") {
              if (event.data.length) {
                const type = event.type;
                onEvent(type, event.data.join("\n"));
                if (type === "end") stopped = true;
              }
              event = { type: "message", data: [] };
            } else if (!line.startsWith(":")) {
              const colon = line.indexOf(":");
              const field = colon < 0 ? line : line.slice(0, colon);
              const data = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
              if (field === "event") event.type = data;
              else if (field === "data") event.data.push(data);
            }
          }
          if (stopped) break;
        }
      } catch (err) {
        if (stopped) break;
      }
      if (stopped) break;
      onState("reconnecting");
      await sleep(delay);
      delay = Math.min(delay * 2, 15_000);
    }
    onState("closed");
  }
  connect();
  return {
    stop() {
      stopped = true;
      controller?.abort();
    },
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What each verdict means, for people who have not memorised judge jargon. */
export const VERDICTS = {
  AC: ["Accepted", "Correct on every test."],
  WA: ["Wrong answer", "The program ran, but its output differs from the expected answer."],
  TLE: ["Time limit exceeded", "The program ran longer than the time limit (or never finished)."],
  MLE: ["Memory limit exceeded", "The program needed more memory than the limit allows."],
  RTE: ["Runtime error", "The program crashed or exited with a non-zero status."],
  OLE: ["Output limit exceeded", "The program printed far more than expected."],
  CE: ["Compilation error", "The code did not compile; the compiler's message says why."],
  JE: ["Judge error", "The problem's checker failed. This is not your fault; the graders are told."],
  OK: ["Ran", "The program finished normally."],
};

export function verdictName(code) {
  return (VERDICTS[code] || [code || "—"])[0];
}

/** A colour class for a verdict: good, partial, bad, or neutral. */
export function verdictTone(code, score, maxScore) {
  if (code === "AC" || code === "OK") return "good";
  if (score > 0 && maxScore > 0) return "partial";
  if (!code) return "neutral";
  if (code === "JE") return "neutral";
  return "bad";
}

/** A badge: the verdict's code, its name as a tooltip and for screen readers. */
export function verdictBadge(code, { score, maxScore, long = false } = {}) {
  const [name, why] = VERDICTS[code] || [code, ""];
  return h(
    `span.badge.${verdictTone(code, score, maxScore)}`,
    { title: why ? `${name}: ${why}` : name },
    long ? name : code,
  );
}

export const LANGUAGES = {
  c: "C17",
  cpp: "C++20",
  rust: "Rust 2021",
  go: "Go",
  python: "Python 3.11",
  javascript: "JavaScript (QuickJS)",
  kotlin: "Kotlin",
};

export const languageName = (id) => LANGUAGES[id] || id;

export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) return "—";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1 << 20) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
}

export function formatSeconds(seconds) {
  if (seconds === null || seconds === undefined) return "—";
  if (seconds < 0.001) return `${(seconds * 1e6).toFixed(0)} µs`;
  if (seconds < 1) return `${(seconds * 1000).toFixed(seconds < 0.01 ? 2 : 0)} ms`;
  return `${seconds.toFixed(2)} s`;
}

export function formatCount(n) {
  if (n === null || n === undefined) return "—";
  if (n < 1e3) return String(n);
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} k`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} M`;
  return `${(n / 1e9).toFixed(2)} G`;
}

export function formatScore(score) {
  if (score === null || score === undefined) return "—";
  return Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/\.?0+$/, "");
}

/** hh:mm:ss, or mm:ss under an hour. */
export function formatClock(totalSeconds) {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const pad = (n) => String(n).padStart(2, "0");
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

export function formatDuration(minutes) {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} hour${hours > 1 ? "s" : ""}${rest ? ` ${rest} minutes` : ""}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });

export function formatTime(iso, { time = false } = {}) {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : (time ? timeOnly : dateTime).format(date);
}

/** A modal question; resolves to true when confirmed. */
export function confirmDialog({ title, body, confirm = "Confirm", cancel = "Cancel", danger = false }) {
  return new Promise((resolve) => {
    const dialog = h(
      "dialog.dialog",
      { "aria-labelledby": "dialog-title" },
      h(
        "form",
        { method: "dialog" },
        h("h2#dialog-title", title),
        Array.isArray(body) ? body.map((p) => h("p", p)) : h("p", body),
        h(
          "div.dialog-actions",
          h("button.button", { value: "cancel", type: "submit" }, cancel),
          h(`button.button.${danger ? "danger" : "primary"}`, { value: "ok", type: "submit", autofocus: true }, confirm),
        ),
      ),
    );
    dialog.addEventListener("close", () => {
      resolve(dialog.returnValue === "ok");
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A short message at the bottom of the screen, read out by screen readers. */
export function toast(message, tone = "info") {
  let region = document.getElementById("toasts");
  if (!region) {
    region = h("div#toasts", { role: "status", "aria-live": "polite" });
    document.body.append(region);
  }
  const item = h(`div.toast.${tone}`, message);
  region.append(item);
  setTimeout(() => item.classList.add("leaving"), 4200);
  setTimeout(() => item.remove(), 4600);
}

/** Copies text; falls back to a selection where the Clipboard API is missing (plain HTTP). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h("textarea", { style: { position: "fixed", opacity: "0" } }, text);
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}
