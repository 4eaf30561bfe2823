//! The words a person reads, in their language. Every word on a screen comes
//! from the Fluent catalogues in `locales/<language>/*.ftl` at the top of the
//! repo (the same files the core reads), through `t(id, args)`.
//!
//! English is in the first chunk, so the app never waits for its words; another
//! language's catalogue is fetched only when it is chosen. A message missing
//! from a draft catalogue falls back to English; one missing from English shows
//! its id, which the catalogue test catches long before a person could.
//!
//! `en-XA` is the pseudo-locale, English with every letter accented and every
//! vowel doubled (about a third longer, as Polish often is): screenshots in it show at once a word
//! written straight into a screen (it stays plain) and a box too small for a
//! longer language (it clips). It is for tests; the picker does not offer it.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import type { Language } from './bindings/Language';

/** A language the page can be in: one the app ships, or the pseudo-locale. */
export type PageLanguage = Language | 'en-XA';

// Which direction a language runs is a fact of its script, needed before the
// first words are drawn (the core's `languages` list says the same for the picker).
const RIGHT_TO_LEFT: ReadonlySet<PageLanguage> = new Set(['ar']);

const english = import.meta.glob('../../../locales/en/*.ftl', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const others = import.meta.glob(['../../../locales/*/*.ftl', '!../../../locales/en/*.ftl'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

/** The languages whose catalogues the app carries: one folder each under locales/. */
const SHIPPED: Language[] = [
  'en',
  ...new Set(Object.keys(others).map((path) => path.split('/').at(-2) as Language)),
];

function bundle(language: PageLanguage, sources: string[], transform?: (text: string) => string): FluentBundle {
  // Isolating marks keep a name or number the right way round inside a
  // right-to-left sentence; in left-to-right text they would only get in the way.
  const b = new FluentBundle(language, { useIsolating: RIGHT_TO_LEFT.has(language), transform });
  for (const source of sources) {
    const errors = b.addResource(new FluentResource(source));
    if (errors.length) console.error(`catalogue ${language}: ${errors.map(String).join('; ')}`);
  }
  return b;
}

const englishBundle = bundle('en', Object.values(english));

/** The page's language now. Read by `t`, so a screen shows new words when it changes. */
export const words = $state<{ language: PageLanguage; rightToLeft: boolean }>({ language: 'en', rightToLeft: false });
let current: FluentBundle = englishBundle;

/** The message `id` in the page's language, with `args` put in its places. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  // Read so that Svelte redraws what used this message when the language changes.
  void words.language;
  const message = current.getMessage(id) ?? englishBundle.getMessage(id);
  if (!message?.value) return id;
  const from = current.hasMessage(id) ? current : englishBundle;
  const errors: Error[] = [];
  const text = from.formatPattern(message.value, args, errors);
  if (errors.length) console.error(`message ${id}: ${errors.map(String).join('; ')}`);
  return text;
}

/** Items as one list, the way the page's language writes one: "Listening, Cooking"
 *  in English, "Listening، وCooking" in Arabic, "Listening i Cooking" in Polish. */
export function list(items: readonly string[]): string {
  const language = words.language === 'en-XA' ? 'en' : words.language;
  return new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(items);
}

/** The catalogue files of `language`, fetched when it is first chosen. */
async function sourcesOf(language: Language): Promise<string[]> {
  const prefix = `../../../locales/${language}/`;
  return Promise.all(
    Object.entries(others)
      .filter(([path]) => path.startsWith(prefix))
      .map(([, load]) => load()),
  );
}

/** The language the phone asks for, if the app has it; else English. */
export function phoneLanguage(asked: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  const [best] = negotiateLanguages([...asked], SHIPPED, { strategy: 'lookup', defaultLocale: 'en' });
  return (best as Language | undefined) ?? 'en';
}

let pinned: PageLanguage | null = null;

/** Keeps the page in `language` whatever the preferences say: the screenshot
 * build's way into the pseudo-locale, which no person can pick. */
export async function pinLanguage(language: PageLanguage): Promise<void> {
  pinned = language;
  await useLanguage(language);
}

/** Puts the page in `language` (none: the phone's own), words and direction. */
export async function useLanguage(language: PageLanguage | null): Promise<void> {
  const chosen = pinned ?? language ?? phoneLanguage();
  let next: FluentBundle;
  if (chosen === 'en') next = englishBundle;
  else if (chosen === 'en-XA') next = bundle('en-XA', Object.values(english), pseudo);
  else next = bundle(chosen, await sourcesOf(chosen));
  current = next;
  words.language = chosen;
  words.rightToLeft = RIGHT_TO_LEFT.has(chosen);
  document.documentElement.lang = chosen;
  document.documentElement.dir = words.rightToLeft ? 'rtl' : 'ltr';
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'][i],
  ]),
);

/** The pseudo-locale's text: each letter accented, each vowel (and y) doubled. */
export function pseudo(text: string): string {
  return text.replace(/[a-zA-Z]/g, (c) => (/[aeiouyAEIOUY]/.test(c) ? ACCENTED[c].repeat(2) : ACCENTED[c]));
}
