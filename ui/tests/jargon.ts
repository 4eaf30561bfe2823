// Words a person should never have to decode (issue 16, "Words a person can
// follow"). tests/plain-words.test.ts collects every string the UI can show:
// the screens' text and labels, the UI's own messages, and the error messages
// of brim-core, brim-app and brim-server (which reach the screen as they are),
// and fails when one of them uses a word below.
//
// Keeping it up to date: when someone who tries the app stumbles on a word
// (a tester, a group lead, a support question), add it here with the plain
// words to use instead, then fix every place the test lists. Keep each entry
// narrow (a phrase or a whole word) so it catches the jargon and not ordinary
// speech. Internal names (command names, SQL, CSS classes, ids) are not
// checked: only what a person reads.

export interface Jargon {
  /** Matched against each string a person can read, case-insensitively. */
  pattern: RegExp;
  /** What to say instead. */
  instead: string;
}

export const JARGON: Jargon[] = [
  { pattern: /\bsync(s|ed|ing)?\b/i, instead: 'say what happens: "send and fetch", "your group has your latest"' },
  { pattern: /\b(un)?archiv(e|ed|es|ing)\b/i, instead: '"put away" (and "bring back")' },
  { pattern: /\bserver address\b/i, instead: '"your group\'s web address"' },
  { pattern: /\bnot accepted\b/i, instead: 'say who could not take it and what to do' },
  { pattern: /\bwaiting to send\b/i, instead: '"to send when Brim next reaches your group"' },
  { pattern: /\bQ[1-4]\b/, instead: 'months: "October to December 2026"' },
  { pattern: /\bquarantin\w*/i, instead: 'say what happened to it' },
  { pattern: /\boutbox\b/i, instead: 'say what is waiting to go to the group' },
  { pattern: /\bfor the what\b/i, instead: 'a sentence that reads: "a few words about what they noticed"' },
  { pattern: /\bgive the person who noticed a name\b/i, instead: '"Write the name of the person who noticed."' },
];
