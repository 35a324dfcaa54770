import { expect, test, type Page } from '@playwright/test';
import { openSection, typeInto } from './helpers';

const STORAGE_KEY = 'coursework-toolkit';

async function openExample(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: /Worked example/ }).first().click();
  await openSection(page, 'The organisation');
  await expect(page.getByLabel('Organisation name')).toHaveValue(/Brightwave/);
  return page.url();
}

test('two tabs on one document: each sees the other’s edits and neither overwrites the other', async ({ context }) => {
  const first = await context.newPage();
  const url = await openExample(first);
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Organisation name')).toHaveValue(/Brightwave/);

  // The learner starts a word in the second tab, leaves the caret there, and types in the first.
  await typeInto(second.getByLabel('Sector'), 'Typed in the');
  await expect(first.getByLabel('Sector')).toHaveValue('Typed in the');
  await typeInto(first.getByLabel('Organisation name'), 'Typed in the first tab');
  await expect(second.getByLabel('Organisation name')).toHaveValue('Typed in the first tab');
  await expect(second.getByText('This document was changed in another tab')).toBeVisible();

  // Back in the second tab, typing carries on where the caret was, though the form was reloaded.
  await second.keyboard.type(' second tab');
  await expect(second.getByLabel('Sector')).toHaveValue('Typed in the second tab');
  await expect(first.getByLabel('Sector')).toHaveValue('Typed in the second tab');
  // The first tab's own edit survived the second tab's save.
  await expect(first.getByLabel('Organisation name')).toHaveValue('Typed in the first tab');

  // One more edit in the first tab must not bring back the second tab's older copy, or vice versa.
  await typeInto(first.getByLabel('Time frame of the analysis'), 'Next year');
  await expect(second.getByLabel('Time frame of the analysis')).toHaveValue('Next year');

  for (const page of [first, second]) {
    await page.reload();
    await expect(page.getByLabel('Organisation name')).toHaveValue('Typed in the first tab');
    await expect(page.getByLabel('Sector')).toHaveValue('Typed in the second tab');
    await expect(page.getByLabel('Time frame of the analysis')).toHaveValue('Next year');
  }
});

test('a learner switching between two tabs on two documents keeps every word in both', async ({ context }) => {
  const first = await context.newPage();
  const exampleUrl = await openExample(first);
  await first.goto('/');
  await first.getByRole('button', { name: 'Start a new PESTLE builder' }).click();
  await openSection(first, 'The organisation');
  await expect(first.getByLabel('Organisation name')).toHaveValue('');
  const blankUrl = first.url();
  await first.goto(exampleUrl);

  const second = await context.newPage();
  await second.goto(blankUrl);
  const firstField = first.getByLabel('Short description');
  const secondField = second.getByLabel('Short description');
  // A word in one tab, then a word in the other: each tab's save must not bring back the other
  // document as this tab last saw it.
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
  // A person takes a moment to switch tabs: by then the other tab has the save. (Two tabs writing
  // in the same instant are the next test.)
  const seenBy = (page: typeof first, text: string) =>
    page.waitForFunction(([key, wanted]) => (localStorage.getItem(key) ?? '').includes(wanted), [STORAGE_KEY, text] as const);
  for (const [index, word] of words.entries()) {
    const sofar = words.slice(0, index + 1).map((w) => ` ${w}`).join('');
    await firstField.focus();
    await first.keyboard.press('End');
    await first.keyboard.type(` ${word}`);
    await seenBy(second, `website.${sofar}`);
    await secondField.focus();
    await second.keyboard.press('End');
    await second.keyboard.type(` ${word}`);
    await seenBy(first, `"description":"${sofar}"`);
  }
  const expected = words.map((w) => ` ${w}`).join('');
  await expect(secondField).toHaveValue(expected);
  await expect(firstField).toHaveValue(new RegExp(`${expected}$`));

  const stored = await first.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY);
  const documents = (JSON.parse(stored) as { state: { documents: Array<{ data: { organisation: { description: string } } }> } }).state.documents;
  expect(documents.map((d) => d.data.organisation.description).filter((d) => d.endsWith(expected))).toHaveLength(2);

  await first.goto(blankUrl);
  await expect(first.getByLabel('Short description')).toHaveValue(expected);
  await second.goto(exampleUrl);
  await expect(second.getByLabel('Short description')).toHaveValue(new RegExp(`${expected}$`));
});

test('two tabs typing into one document in the same instant keep every character from both', async ({ context }) => {
  const first = await context.newPage();
  const url = await openExample(first);
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Organisation name')).toHaveValue(/Brightwave/);
  await typeInto(first.getByLabel('Organisation name'), 'First:');
  await typeInto(second.getByLabel('Sector'), 'Second:');
  await expect(first.getByLabel('Sector')).toHaveValue('Second:');
  await expect(second.getByLabel('Organisation name')).toHaveValue('First:');

  // Each tab keeps its caret at the end of its own field and types a word at the same moment as
  // the other; saves from both tabs cross on every keystroke.
  const rounds = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  const typeAtEnd = async (page: Page, label: string, word: string) => {
    await page.getByLabel(label).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(` ${word}`);
  };
  for (const word of rounds) {
    await Promise.all([typeAtEnd(first, 'Organisation name', `${word}1`), typeAtEnd(second, 'Sector', `${word}2`)]);
  }
  const firstTyped = `First:${rounds.map((w) => ` ${w}1`).join('')}`;
  const secondTyped = `Second:${rounds.map((w) => ` ${w}2`).join('')}`;
  // Both tabs come to show everything typed in either, before any reload.
  for (const page of [first, second]) {
    await expect(page.getByLabel('Organisation name')).toHaveValue(firstTyped);
    await expect(page.getByLabel('Sector')).toHaveValue(secondTyped);
  }

  for (const page of [first, second]) {
    await page.reload();
    await expect(page.getByLabel('Organisation name')).toHaveValue(firstTyped);
    await expect(page.getByLabel('Sector')).toHaveValue(secondTyped);
  }
});
