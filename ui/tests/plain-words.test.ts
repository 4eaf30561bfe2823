// Issue 16, "Words a person can follow": every string the UI can show is
// checked against the deny-list in tests/jargon.ts. The strings come from
// - the English catalogues (locales/en/*.ftl and locales/en/core/*.ftl), where
//   every word of the screens and of the core lives: each message, each of its
//   attributes and each of its variants, with `{ $name }` read as "…";
// - the screens and components (ui/src/**/*.svelte): text, labels and other
//   readable attributes, and the string literals of their scripts;
// - the UI's own modules (ui/src/lib/**/*.ts, not the generated IPC and bindings);
// - the Rust crates, for any sentence still written in their code: brim-core,
//   brim-app, brim-protocol and brim-server (the group server's refusals reach
//   the screen as they are).
// Internal names (commands, SQL, CSS classes, ids, routes) are left out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { JARGON } from './jargon';
import { parse as parseFluent, Message, Placeable, TextElement, Visitor, type Pattern } from '@fluent/syntax';

const ui = join(import.meta.dirname, '..');
const repo = join(ui, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

interface Shown {
  text: string;
  where: string;
}

// Attributes a person never reads.
const HIDDEN_ATTRIBUTES = new Set([
  'class', 'id', 'for', 'href', 'type', 'name', 'autocomplete', 'inputmode', 'role', 'src', 'rel', 'sandbox',
  'lang', 'tabindex', 'download', 'accept', 'method', 'target', 'viewBox', 'd', 'fill', 'stroke',
]);

/** An identifier, a route, a code or a CSS class: one lowercase token, never read as words. */
const internal = (s: string) => /^[a-z0-9_\-#/.:?=&]*$/.test(s);

/** Every readable string in a Svelte file: markup text, readable attributes, script and markup literals. */
function svelteStrings(source: string): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, hidden: boolean) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((n) => walk(n, hidden));
    const n = node as Record<string, unknown>;
    if (n.type === 'Comment' || n.type === 'StyleSheet') return;
    let hide = hidden;
    if (n.type === 'Attribute' && typeof n.name === 'string') hide = HIDDEN_ATTRIBUTES.has(n.name);
    if (n.type === 'Text' && typeof n.data === 'string' && !hide) out.push(n.data);
    if (n.type === 'Literal' && typeof n.value === 'string' && !hide) out.push(n.value);
    if (n.type === 'TemplateElement' && !hide) out.push(String((n.value as { cooked?: string }).cooked ?? ''));
    for (const [key, value] of Object.entries(n)) {
      if (key === 'css' || key === 'metadata' || key === 'parent') continue;
      // An import's path, or a call into the IPC: names, not words.
      if (n.type === 'ImportDeclaration' && key === 'source') continue;
      walk(value, hide);
    }
  };
  walk(parse(source, { modern: true }), false);
  return out;
}

/** Every string literal in a TypeScript module (imports left out). */
function tsStrings(source: string): string[] {
  const out: string[] = [];
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** A Rust string literal's text, `"…"` or `r#"…"#`, with line continuations joined. */
function rustLiterals(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === "'" && code[i + 2] === "'") {
      i += 2; // a char literal such as '"'
      continue;
    }
    if (c === "'" && code[i + 1] === '\\') {
      i = code.indexOf("'", i + 2);
      continue;
    }
    const raw = /^r(#*)"/.exec(code.slice(i, i + 10));
    if (raw && !/\w/.test(code[i - 1] ?? '')) {
      const close = '"' + raw[1];
      const start = i + raw[0].length;
      const end = code.indexOf(close, start);
      out.push(code.slice(start, end));
      i = end + close.length - 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < code.length && code[j] !== '"') {
        if (code[j] === '\\') {
          if (code[j + 1] === '\n') {
            j += 2;
            while (/\s/.test(code[j])) j++;
            continue;
          }
          text += code[j + 1] === 'n' ? '\n' : code[j + 1];
          j += 2;
          continue;
        }
        text += code[j++];
      }
      out.push(text);
      i = j;
    }
  }
  return out;
}

const SQL = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA|ALTER|DROP|BEGIN|COMMIT|VALUES)\b/;

/** The sentences in a Rust file's code (tests and comments left out). */
function rustSentences(source: string): { sentences: string[]; fragments: string[] } {
  // Tests sit at the end of each file, in `#[cfg(test)] mod tests`.
  const code = source.split(/^#\[cfg\(test\)\]\s*\n(?:pub(?:\(crate\))? )?mod \w+ \{/m)[0];
  const literals = rustLiterals(code);
  const sentences = literals.filter((s) => /^[A-Z][a-z']*[ ,.:]/.test(s) && s.includes(' ') && !SQL.test(s));
  // The words given to the input rules ("person who noticed") are put into sentences.
  const fragments = [...code.matchAll(/validate::\w+\(([^;]*?)\)\?/g)].flatMap((m) => rustLiterals(m[1]));
  return { sentences, fragments };
}

/** Each text a catalogue can show: every message, and every variant of a choice in it. */
function catalogueStrings(source: string): string[] {
  const out: string[] = [];
  const text = (pattern: Pattern): string =>
    pattern.elements.map((e) => (e instanceof TextElement ? e.value : e instanceof Placeable ? '…' : '')).join('');
  class Patterns extends Visitor {
    visitPattern(pattern: Pattern) {
      out.push(text(pattern));
      this.genericVisit(pattern);
    }
  }
  for (const entry of parseFluent(source, {}).body) if (entry instanceof Message) new Patterns().visit(entry);
  return out;
}

function collect(): Shown[] {
  const shown: Shown[] = [];
  for (const path of files(join(repo, 'locales', 'en'))) {
    if (!path.endsWith('.ftl')) continue;
    const where = relative(repo, path);
    for (const text of catalogueStrings(readFileSync(path, 'utf8'))) if (text.trim()) shown.push({ text: text.trim(), where });
  }
  const src = join(ui, 'src');
  for (const path of files(src)) {
    const where = relative(repo, path);
    if (/\/lib\/(ipc|bindings)\//.test(path)) continue;
    const source = readFileSync(path, 'utf8');
    const texts = path.endsWith('.svelte') ? svelteStrings(source) : path.endsWith('.ts') ? tsStrings(source) : [];
    for (const text of texts) if (text.trim() && !internal(text.trim())) shown.push({ text: text.trim(), where });
  }
  for (const crate of ['brim-core', 'brim-app', 'brim-protocol', 'brim-server']) {
    for (const path of files(join(repo, 'crates', crate, 'src'))) {
      // Command-line tools, the API description and test-only routes: for operators and developers.
      if (!path.endsWith('.rs') || /\/bin\/|\/main\.rs$|\/openapi\.rs$|\/test_routes\.rs$|\/bindings\.rs$/.test(path)) continue;
      const { sentences, fragments } = rustSentences(readFileSync(path, 'utf8'));
      const where = relative(repo, path);
      // A placeholder ({MAX_OPERATIONS}) is filled in with a number or a name, never read as it is.
      for (const text of [...sentences, ...fragments]) shown.push({ text: text.replace(/\{[\w:?]*\}/g, '…'), where });
    }
  }
  return shown;
}

describe('words a person can follow', () => {
  const shown = collect();

  it('finds the strings it checks, from the screens and from the core', () => {
    // If the collection breaks, this says so before the check passes on nothing.
    const has = (needle: string, file: RegExp) => shown.some((s) => s.text.includes(needle) && file.test(s.where));
    expect(has('That date is in the future', /locales\/en\/core\/errors\.ftl/)).toBe(true);
    expect(has('Write a few words about what they noticed', /locales\/en\/core\/errors\.ftl/)).toBe(true);
    // A skill idea's question is an attribute of its message: read too.
    expect(has('Do people tell you things', /locales\/en\/core\/prompts\.ftl/)).toBe(true);
    expect(has('Add a moment', /locales\/en\/app\.ftl/)).toBe(true);
    expect(has('Your passphrase', /locales\/en\/settings\.ftl/)).toBe(true);
    expect(has('just now', /locales\/en\/group\.ftl/)).toBe(true);
    // A variant of a choice is read too, not only the message's first words.
    expect(has('Once a year', /locales\/en\/settings\.ftl/)).toBe(true);
    expect(has('Something went wrong', /locales\/en\/core\/errors\.ftl/)).toBe(true);
    expect(shown.length).toBeGreaterThan(400);
  });

  it('uses none of the jargon on the deny-list', () => {
    const found = shown.flatMap((s) =>
      JARGON.filter((j) => j.pattern.test(s.text)).map((j) => `${s.where}: "${s.text}" (instead: ${j.instead})`),
    );
    expect(found).toEqual([]);
  });
});
