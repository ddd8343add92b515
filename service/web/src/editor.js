// The code editor (CodeMirror 6): syntax highlighting per language, automatic
// indentation, bracket matching and closing, search, undo history.

import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  drawSelection,
  dropCursor,
  rectangularSelection,
  crosshairCursor,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
  HighlightStyle,
  StreamLanguage,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap, autocompletion, completionKeymap } from "@codemirror/autocomplete";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { tags as t } from "@lezer/highlight";

// Each language's support is loaded when first used: most candidates use one.
const SUPPORT = {
  c: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  cpp: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  rust: () => import("@codemirror/lang-rust").then((m) => m.rust()),
  go: () => import("@codemirror/lang-go").then((m) => m.go()),
  python: () => import("@codemirror/lang-python").then((m) => m.python()),
  javascript: () => import("@codemirror/lang-javascript").then((m) => m.javascript()),
  java: () => import("@codemirror/legacy-modes/mode/clike").then((m) => StreamLanguage.define(m.java)),
  kotlin: () => import("@codemirror/legacy-modes/mode/clike").then((m) => StreamLanguage.define(m.kotlin)),
};

const loaded = new Map();
function support(language) {
  if (!SUPPORT[language]) return Promise.resolve([]);
  if (!loaded.has(language)) loaded.set(language, SUPPORT[language]().catch(() => []));
  return loaded.get(language);
}

// Go's convention is tabs (gofmt); the starters use four spaces elsewhere.
const indentOf = (language) => (language === "go" ? "\t" : "    ");

// Calm colours that stay readable for long sessions, with enough contrast.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.modifier, t.controlKeyword, t.operatorKeyword], color: "#7a3e9d" },
  { tag: [t.definitionKeyword, t.moduleKeyword], color: "#7a3e9d" },
  { tag: [t.typeName, t.className, t.namespace], color: "#1f6f8b" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.macroName], color: "#2a5db0" },
  { tag: [t.number, t.bool, t.atom, t.null], color: "#b35c00" },
  { tag: [t.string, t.character, t.special(t.string), t.regexp], color: "#3d7a28" },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: "#7b8089", fontStyle: "italic" },
  { tag: [t.processingInstruction, t.meta, t.annotation], color: "#8a5a00" },
  { tag: t.invalid, color: "#c62828" },
]);

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "14px", backgroundColor: "var(--code-bg)" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.55" },
  ".cm-content": { padding: "8px 0" },
  ".cm-gutters": { backgroundColor: "var(--code-gutter)", color: "#9aa0a6", border: "none" },
  ".cm-activeLineGutter": { backgroundColor: "#e9edf2", color: "#4b5563" },
  ".cm-activeLine": { backgroundColor: "#f3f6fa" },
  "&.cm-focused": { outline: "none" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "#d7ebd7", outline: "1px solid #9cc79c" },
  ".cm-nonmatchingBracket": { backgroundColor: "#fbe3e3" },
  "&.cm-readonly .cm-cursor": { display: "none" },
});

/**
 * An editor in `parent`. `onChange(text)` is called on each edit; `keys` are
 * extra key bindings (Run, Submit) that win over the editor's own.
 */
export function createEditor({ parent, doc = "", language, readOnly = false, onChange, keys = [], label = "Code editor" }) {
  const languageSlot = new Compartment();
  const readOnlySlot = new Compartment();
  let current = language;
  let locked = readOnly;
  // Read-only keeps the cursor and selection (to read and copy), blocks edits.
  const readOnlyExtensions = (on) => [
    EditorState.readOnly.of(on),
    EditorView.editorAttributes.of({ class: on ? "cm-readonly" : "" }),
    EditorView.contentAttributes.of({ "aria-readonly": String(on) }),
  ];
  const extensions = (lang, support) => [
    keymap.of(keys),
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    foldGutter(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    syntaxHighlighting(highlight),
    bracketMatching(),
    closeBrackets(),
    autocompletion({ activateOnTyping: false }),
    rectangularSelection(),
    crosshairCursor(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    keymap.of([
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...completionKeymap,
      // Tab indents; Escape then Tab moves the focus on, for keyboard users.
      indentWithTab,
    ]),
    languageSlot.of(support),
    indentUnit.of(indentOf(lang)),
    EditorState.tabSize.of(4),
    readOnlySlot.of(readOnlyExtensions(locked)),
    EditorView.contentAttributes.of({ "aria-label": label }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && onChange) onChange(update.state.doc.toString());
    }),
    theme,
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc, extensions: extensions(language, []) }) });
  support(language).then((ext) => {
    if (current === language) view.dispatch({ effects: languageSlot.reconfigure(ext) });
  });
  return {
    view,
    get text() {
      return view.state.doc.toString();
    },
    /** Replaces the whole text (another problem or language), with a fresh undo history. */
    async load(text, lang) {
      current = lang;
      const ext = await support(lang);
      if (current !== lang) return;
      view.setState(EditorState.create({ doc: text, extensions: extensions(lang, ext) }));
    },
    setReadOnly(on) {
      locked = on;
      view.dispatch({ effects: readOnlySlot.reconfigure(readOnlyExtensions(on)) });
    },
    focus() {
      view.focus();
    },
  };
}

/** Source shown read-only with highlighting (a grader's view of a submission). */
export function showSource(parent, text, language) {
  return createEditor({ parent, doc: text, language, readOnly: true, label: "Submitted source" });
}
