// Generated from the command table in crates/brim-app/src/commands.rs
// by `make bindings`: do not edit (a test fails when this file is out of date).
// One typed function per command of `mod preferences` in the table.
import { call } from './call';
import type { LanguageChoice } from '../bindings/LanguageChoice';
import type { NotificationPermission } from '../bindings/NotificationPermission';
import type { Preferences } from '../bindings/Preferences';

export type SetPreferences = { preferences: Preferences, };

/** The text sizes the app offers, in percent of the phone's own. */
export const textSizes = () => call<Array<number>>('text_sizes');

/** The languages the app's words come in, each named in its own words. */
export const languages = () => call<Array<LanguageChoice>>('languages');

/** This phone's text size and when it syncs. Works while the journal is locked. */
export const preferences = () => call<Preferences>('preferences');

/** Keeps new preferences on this phone (a text size not offered is refused). */
export const setPreferences = (args: SetPreferences) => call<Preferences>('set_preferences', args);

/** May reminders arrive as notifications? (A phone asks the person once; a desktop always may.) */
export const reminderPermission = () => call<NotificationPermission>('reminder_permission');

/** Asks the phone to let reminders arrive: it shows its own question the first time. */
export const askReminderPermission = () => call<NotificationPermission>('ask_reminder_permission');
