// The words of the app live in the Fluent catalogues (locales/<language>/*.ftl),
// never straight in a screen. These checks fail the build when:
// - a catalogue does not parse, or has a message twice;
// - a shipped language lacks a message English has (or has one English lacks),
//   or uses a variable the English message is not given;
// - a screen asks for a message no catalogue has;
// - a Svelte file writes words a person reads straight into its markup
//   (text, a user-facing attribute, or a string shown from an expression).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseFluent, Message, Junk, VariableReference, Visitor } from '@fluent/syntax';
import { parse as parseSvelte } from 'svelte/compiler';
import { pseudo, t, useLanguage, words } from '../src/lib/i18n.svelte';

const root = join(__dirname, '..', '..');
const locales = join(root, 'locales');
const src = join(__dirname, '..', 'src');


function files(dir: string, ending: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

/** Each message of a language, with the variables it uses. */
function catalogue(language: string): Map<string, Set<string>> {
  const messages = new Map<string, Set<string>>();
  for (const path of files(join(locales, language), '.ftl')) {
    const resource = parseFluent(readFileSync(path, 'utf8'), {});
    for (const entry of resource.body) {
      if (entry instanceof Junk) {
        throw new Error(`${relative(root, path)} does not parse near: ${entry.content.slice(0, 80)}`);
      }
      if (!(entry instanceof Message)) continue;
      const id = entry.id.name;
      if (messages.has(id)) throw new Error(`${relative(root, path)}: ${id} is in ${language} twice`);
      const variables = new Set<string>();
      class Collect extends Visitor {
        visitVariableReference(node: VariableReference) {
          variables.add(node.id.name);
        }
      }
      new Collect().visit(entry);
      messages.set(id, variables);
    }
  }
  return messages;
}

const english = catalogue('en');
const languages = readdirSync(locales).filter((name) => statSync(join(locales, name)).isDirectory());

describe('the catalogues', () => {
  it('ship English, Arabic and Polish', () => {
    expect(languages.sort()).toEqual(['ar', 'en', 'pl']);
    expect(english.size).toBeGreaterThan(50);
  });

  for (const language of languages.filter((l) => l !== 'en')) {
    it(`${language} has every message English has, and no other`, () => {
      const theirs = catalogue(language);
      const missing = [...english.keys()].filter((id) => !theirs.has(id));
      const extra = [...theirs.keys()].filter((id) => !english.has(id));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      for (const [id, variables] of theirs) {
        const given = english.get(id)!;
        const unknown = [...variables].filter((v) => !given.has(v));
        expect(unknown, `${language} ${id} uses a variable the app does not give`).toEqual([]);
      }
    });
  }

  it('have every message the screens ask for', () => {
    const asked: string[] = [];
    const prefixes: string[] = [];
    for (const path of [...files(src, '.svelte'), ...files(src, '.ts')]) {
      const text = readFileSync(path, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)) asked.push(m[1]);
      // t(cond ? 'a' : 'b'): each id in the choice.
      for (const m of text.matchAll(/\bt\(\s*[^'`)]*\?\s*'([a-z0-9-]+)'\s*:\s*(?:[^'`)]*\?\s*'([a-z0-9-]+)'\s*:\s*)?'([a-z0-9-]+)'/g)) {
        asked.push(...[m[1], m[2], m[3]].filter(Boolean));
      }
      for (const m of text.matchAll(/\bt\(\s*`([a-z0-9-]+)\$\{/g)) prefixes.push(m[1]);
    }
    expect(asked.length).toBeGreaterThan(40);
    expect([...new Set(asked)].filter((id) => !english.has(id))).toEqual([]);
    expect(prefixes.filter((p) => ![...english.keys()].some((id) => id.startsWith(p)))).toEqual([]);
  });
});

// ---- Words written straight into a screen.

/** Attributes a person reads or hears. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'title', 'alt', 'label']);
const LETTER = /\p{L}/u;

type Node = { type: string; [key: string]: unknown };

/** The words in `path`'s markup that are not from a catalogue. */
function wordsWrittenIn(path: string): string[] {
  const ast = parseSvelte(readFileSync(path, 'utf8'), { modern: true }) as unknown as { fragment: Node };
  const found: string[] = [];
  // Strings inside `{…}`: shown unless they are a message id handed to t(), or
  // look like a code ('note', 'btn quiet') rather than words.
  const strings = (expression: unknown, shown: boolean) => {
    walk(expression, (node, parent) => {
      if (node.type === 'Literal' && typeof node.value === 'string') {
        const isId = parent?.type === 'CallExpression' && (parent.callee as Node)?.name === 't';
        if (!isId && shown && LETTER.test(node.value) && !/^[a-z0-9_ -]*$/.test(node.value)) found.push(node.value);
      }
      if (node.type === 'TemplateElement') {
        const raw = (node.value as { raw: string }).raw;
        // A link's path (`#/moment/${id}`) is not words; anything else with letters is.
        if (shown && LETTER.test(raw) && !/[/#]/.test(raw)) found.push(raw);
      }
    });
  };
  walk(ast.fragment, (node) => {
    if (node.type === 'Text' && LETTER.test(node.data as string)) found.push((node.data as string).trim());
    if (node.type === 'ExpressionTag') strings(node.expression, true);
    if (node.type === 'Attribute' && SHOWN_ATTRIBUTES.has(node.name as string) && Array.isArray(node.value)) {
      for (const part of node.value as Node[]) {
        if (part.type === 'Text' && LETTER.test(part.data as string)) found.push(part.data as string);
        if (part.type === 'ExpressionTag') strings(part.expression, true);
      }
    }
  });
  return found;
}

function walk(node: unknown, visit: (node: Node, parent: Node | null) => void, parent: Node | null = null) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit, parent));
  const n = node as Node;
  if (typeof n.type === 'string') visit(n, parent);
  for (const [key, value] of Object.entries(n)) {
    // Scripts and styles are not markup; attribute values are looked at above.
    if (key === 'instance' || key === 'module' || key === 'css' || key === 'attributes') continue;
    if (value && typeof value === 'object') walk(value, visit, typeof n.type === 'string' ? n : parent);
  }
}

describe('the screens', () => {
  const svelte = files(src, '.svelte').map((path) => [relative(src, path), path] as const);

  it('write no word straight into their markup: every word comes from a catalogue', () => {
    const written = svelte.map(([name, path]) => [name, wordsWrittenIn(path)] as const).filter(([, words]) => words.length > 0);
    expect(svelte.length).toBeGreaterThan(30);
    expect(Object.fromEntries(written)).toEqual({});
  });

  it('the check finds a word written straight in, in text, an attribute or an expression', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-check-'));
    const cases = [
      '<p>Hello there</p>',
      '<button aria-label="Close">x</button>',
      "<p>{busy ? 'Saving…' : t('done')}</p>",
      '<p>{`${n} moments`}</p>',
    ];
    for (const source of cases) {
      const path = join(dir, 'Case.svelte');
      writeFileSync(path, source);
      expect(wordsWrittenIn(path), source).not.toEqual([]);
    }
    const fine = "<p class=\"muted\">{t('search-try')}</p><a href={`#/moment/${id}`}>{t('moment-change')}</a>";
    writeFileSync(join(dir, 'Case.svelte'), fine);
    expect(wordsWrittenIn(join(dir, 'Case.svelte'))).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  it('changes every letter and makes the words about a third longer', () => {
    const english = 'Picture a recent day as if you were watching a friend.';
    const shown = pseudo(english);
    expect(shown).not.toMatch(/[a-zA-Z]/);
    expect(shown.length).toBeGreaterThanOrEqual(english.length * 1.3);
  });

  it('leaves what the app puts in a message as it is, and is undone by choosing English', async () => {
    await useLanguage('en-XA');
    const shown = t('due-in-days', { days: 12 });
    expect(shown).toContain('12');
    expect(shown).not.toMatch(/[a-zA-Z]/);
    expect(document.documentElement.lang).toBe('en-XA');
    await useLanguage('en');
    expect(t('due-in-days', { days: 12 })).toBe('Your next check-in is in 12 days.');
    expect(words.language).toBe('en');
  });
});
