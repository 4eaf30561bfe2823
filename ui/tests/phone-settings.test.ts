// Settings › On this phone, against the real core (brim-dev): the text size
// and when to sync are kept by the core (beside the journal), and the page's
// text grows with the choice.
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { preferences } from '../src/lib/ipc/preferences';
import { phone, loadPreferences } from '../src/lib/preferences.svelte';
import { phoneLanguage, useLanguage } from '../src/lib/i18n.svelte';
import { faults, seed } from './seed';
import Settings from '../src/lib/screens/Settings.svelte';

const rootSize = () => document.documentElement.style.fontSize;

beforeEach(async () => {
  phone.preferences = null;
  document.documentElement.style.fontSize = '';
  await useLanguage('en');
});

describe('Settings › On this phone', () => {
  it('offers the text sizes the core offers, and the chosen one grows the whole page and is kept', async () => {
    await seed('full');
    render(Settings);
    const largest = await screen.findByRole('radio', { name: 'Largest (200%)' });
    expect((screen.getByRole('radio', { name: 'Standard (100%)' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('radio', { name: /%/ })).toHaveLength(5);
    await fireEvent.click(largest);
    await waitFor(() => expect(rootSize()).toBe('200%'));
    expect((await preferences()).textSize).toBe(200);

    // As after a restart: the page starts at the phone's size and asks the core.
    phone.preferences = null;
    document.documentElement.style.fontSize = '';
    await loadPreferences();
    expect(rootSize()).toBe('200%');
  });

  it('keeps "only when I ask" for syncing, and says so plainly when the choice could not be kept', async () => {
    await seed('full');
    render(Settings);
    await fireEvent.click(await screen.findByRole('radio', { name: /Only when I ask/ }));
    await waitFor(async () => expect((await preferences()).sync).toBe('when_asked'));

    faults.failing.add('set_preferences');
    await fireEvent.click(screen.getByRole('radio', { name: '150%' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(
        'Brim could not read or save your journal. Nothing was changed. Try again, or restart the app.',
      ),
    );
    faults.failing.delete('set_preferences');
    expect(rootSize()).not.toBe('150%');
    expect((screen.getByRole('radio', { name: '150%' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Standard (100%)' }) as HTMLInputElement).checked).toBe(true);
    expect((await preferences()).textSize).toBe(100);
  });

  it("turns the whole page to Arabic, right to left, keeps it, and back to the phone's own language", async () => {
    await seed('full');
    render(Settings);
    // Each language is named in its own words, and marked as such for screen readers.
    const arabic = await screen.findByRole('radio', { name: 'العربية' });
    expect(screen.getByText('العربية').getAttribute('lang')).toBe('ar');
    expect((screen.getByRole('radio', { name: 'Same as this phone (English)' }) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(arabic);
    // The screen itself turns: its headings in Arabic, the page right to left.
    await screen.findByRole('heading', { name: 'على هذا الهاتف' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByText('الكلمات بهذه اللغة مسودة أولى. أخبر مجموعتك إن بدا شيء غريبًا.')).toBeTruthy();
    expect((await preferences()).language).toBe('ar');

    // As after a restart: the page asks the core, and opens in Arabic.
    await useLanguage('en');
    await loadPreferences();
    expect(document.documentElement.dir).toBe('rtl');

    await fireEvent.click(screen.getByRole('radio', { name: /مثل لغة هذا الهاتف/ }));
    await screen.findByRole('heading', { name: 'On this phone' });
    expect(document.documentElement.dir).toBe('ltr');
    expect((await preferences()).language).toBeNull();
  });

  it("follows the phone's language when the app has it, else English", () => {
    expect(phoneLanguage(['pl-PL', 'en-GB'])).toBe('pl');
    expect(phoneLanguage(['ar-EG'])).toBe('ar');
    expect(phoneLanguage(['fr-FR', 'ar'])).toBe('ar');
    expect(phoneLanguage(['fr-FR', 'de'])).toBe('en');
    expect(phoneLanguage([])).toBe('en');
  });
});

describe('Settings › On this phone › Reminders', () => {
  const nudgeSwitch = () => screen.findByRole('switch', { name: /A weekly nudge to notice a skill/ });

  it('keeps the weekly nudge off at first, says why before the phone asks, then keeps it on', async () => {
    await seed('full');
    render(Settings);
    const toggle = (await nudgeSwitch()) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect((await preferences()).skillNudge).toBe(false);

    // Turned on, on a phone that has not asked yet: first the reason, in plain words.
    await fireEvent.click(toggle);
    const why = await screen.findByRole('group', { name: 'Before your phone asks' });
    expect(why.textContent).toContain('never show anything from your journal');
    expect(why.textContent).toContain('A moment to notice a skill you used this week');
    expect(faults.calls).not.toContain('ask_reminder_permission');
    expect(toggle.checked).toBe(false);
    expect((await preferences()).skillNudge).toBe(false);

    // Then the phone asks (the person says yes), and the nudge is kept.
    await fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(async () => expect((await preferences()).skillNudge).toBe(true));
    expect(faults.calls.filter((c) => c === 'ask_reminder_permission')).toHaveLength(1);
    expect(((await nudgeSwitch()) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('group', { name: 'Before your phone asks' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Turn on reminders' })).toBeNull();

    // Off and on again: the phone said yes already, so no second question.
    await fireEvent.click(await nudgeSwitch());
    await waitFor(async () => expect((await preferences()).skillNudge).toBe(false));
    await fireEvent.click(await nudgeSwitch());
    await waitFor(async () => expect((await preferences()).skillNudge).toBe(true));
    expect(screen.queryByRole('group', { name: 'Before your phone asks' })).toBeNull();
    expect(faults.calls.filter((c) => c === 'ask_reminder_permission')).toHaveLength(1);
  });

  it('offers to turn check-in reminders on, and "Not now" leaves everything as it was', async () => {
    await seed('full');
    render(Settings);
    await fireEvent.click(await screen.findByRole('button', { name: 'Turn on reminders' }));
    const why = await screen.findByRole('group', { name: 'Before your phone asks' });
    expect(why.textContent).toContain('Time for a check-in');
    expect(why.textContent).not.toContain('notice a skill');
    await fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('group', { name: 'Before your phone asks' })).toBeNull();
    expect(faults.calls).not.toContain('ask_reminder_permission');

    // Asked again, and yes: the offer goes, and the nudge stays off (it was not asked for).
    await fireEvent.click(screen.getByRole('button', { name: 'Turn on reminders' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Turn on reminders' })).toBeNull());
    expect(faults.calls).toContain('ask_reminder_permission');
    expect((await preferences()).skillNudge).toBe(false);
  });
});
