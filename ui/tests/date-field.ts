// The date fields (components/DateField.svelte) as a person uses them: the
// group by its legend, then its Day, Month and Year by their labels.
import { fireEvent, screen, within } from '@testing-library/svelte';

function parts(label: string) {
  const group = within(screen.getByRole('group', { name: label }));
  const get = (name: string) => group.getByLabelText(name) as HTMLSelectElement;
  return { day: get('Day'), month: get('Month'), year: get('Year') };
}

/** Picks "YYYY-MM-DD" in the date field `label`: year, then month, then day. */
export async function pickDate(label: string, date: string) {
  const [y, m, d] = date.split('-').map(Number);
  await fireEvent.change(parts(label).year, { target: { value: String(y) } });
  await fireEvent.change(parts(label).month, { target: { value: String(m) } });
  await fireEvent.change(parts(label).day, { target: { value: String(d) } });
}

/** What the date field `label` shows, as a person reads it: "3 December 2026". */
export function shownDate(label: string): string {
  const { day, month, year } = parts(label);
  // The option whose value the select holds (happy-dom may leave an earlier option marked selected too).
  return [day, month, year].map((s) => [...s.options].find((o) => o.value === s.value)?.textContent ?? '').join(' ');
}
