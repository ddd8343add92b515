// Statements and instructions, from Markdown: GitHub tables and fenced code,
// and TeX math between `$...$` (inline) or `$$...$$` (display), typeset by
// KaTeX, which is only downloaded when a text has math.
//
// Markdown comes from problem authors and assessment creators; raw HTML in it
// is shown as text, never rendered, so a statement cannot inject markup (the
// page's Content-Security-Policy refuses scripts as well).

import { Marked } from "marked";
import { h, copyText, toast } from "./common.js";

const escape = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const mathSpan = (tex, display) =>
  `<span class="math${display ? " math-display" : ""}" data-tex="${escape(tex)}">${escape(tex)}</span>`;

const marked = new Marked({
  gfm: true,
  renderer: {
    html: (token) => escape(typeof token === "string" ? token : token.text),
  },
  extensions: [
    {
      name: "mathBlock",
      level: "block",
      start: (src) => src.match(/^\$\$/m)?.index,
      tokenizer(src) {
        const match = /^\$\$([\s\S]+?)\$\$[ \t]*(?:\n|$)/.exec(src);
        if (match) return { type: "mathBlock", raw: match[0], text: match[1].trim() };
      },
      renderer: (token) => `<div class="math-block">${mathSpan(token.text, true)}</div>`,
    },
    {
      name: "math",
      level: "inline",
      start: (src) => src.indexOf("$") >= 0 ? src.indexOf("$") : undefined,
      tokenizer(src) {
        // Pandoc's rule: no space inside the delimiters and no digit right
        // after the closing one, so prices like "$5 and $6" stay text.
        const display = /^\$\$(?!\s)([^$]+?)(?<!\s)\$\$/.exec(src);
        if (display) return { type: "math", raw: display[0], text: display[1], display: true };
        const inline = /^\$(?![\s$])((?:\\\$|[^$\n])+?)(?<![\s\\])\$(?!\d)/.exec(src);
        if (inline) return { type: "math", raw: inline[0], text: inline[1], display: false };
      },
      renderer: (token) => mathSpan(token.text, token.display),
    },
  ],
});

/** The Markdown as a <div class="prose">, math typeset when it loads. */
export function renderMarkdown(text, { className = "" } = {}) {
  const root = h(`div.prose${className ? "." + className : ""}`);
  root.innerHTML = marked.parse(text || "");
  for (const link of root.querySelectorAll("a[href]")) {
    if (!link.getAttribute("href").startsWith("#")) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
  }
  // Each code block gets a copy button: samples are copied into custom input.
  for (const pre of root.querySelectorAll("pre")) {
    const button = h(
      "button.copy-code",
      {
        type: "button",
        title: "Copy to the clipboard",
        onclick: async () => {
          if (await copyText(pre.querySelector("code")?.textContent ?? pre.textContent)) toast("Copied");
        },
      },
      "Copy",
    );
    pre.classList.add("has-copy");
    pre.append(button);
  }
  for (const table of root.querySelectorAll("table")) {
    table.replaceWith(h("div.table-scroll", table.cloneNode(true)));
  }
  if (root.querySelector(".math")) {
    import("./math.js").then((math) => math.typeset(root)).catch(() => {});
  }
  return root;
}
