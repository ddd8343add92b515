// KaTeX and its stylesheet, loaded only for texts that have math.
import katex from "katex";

/* global KATEX_CSS */
let styled = false;

export function typeset(root) {
  if (!styled) {
    document.head.append(Object.assign(document.createElement("link"), { rel: "stylesheet", href: KATEX_CSS }));
    styled = true;
  }
  for (const el of root.querySelectorAll(".math[data-tex]")) {
    katex.render(el.dataset.tex, el, {
      displayMode: el.classList.contains("math-display"),
      throwOnError: false,
      output: "htmlAndMathml",
    });
  }
}
