/** A row's name as lists and selects show it: as typed, or "Prospect 2" while not yet named; '' when `id` is not in the list. */
export function rowName(rows: ReadonlyArray<{ id: string; name: string }>, id: string, noun: string): string {
  const index = rows.findIndex((row) => row.id === id);
  if (index < 0) return '';
  const name = rows[index]!.name.trim();
  return name || `${noun} ${index + 1}`;
}
