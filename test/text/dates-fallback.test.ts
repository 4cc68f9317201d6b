import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/text/dates/index.ts';

/** chrono-node fills English gaps of the data-driven grammar, only where it is certain. */

function dates(text: string, anchor = '2024-03-07'): [string, string][] {
  return findDates(text, anchor, 'en').map((d) => [d.text, d.date]);
}

test('dates fallback: an ordinal day with a two-digit year', () => {
  assert.deepEqual(dates('The accord signed on Dec 7th 21 still holds.'), [['Dec 7th 21', '2021-12-07']]);
});

test('dates fallback: an offset into the future', () => {
  assert.deepEqual(dates('Talks resume in two weeks, officials said.'), [['in two weeks', '2024-03-21']]);
});

test('dates fallback: an ambiguous numeric date is not guessed', () => {
  assert.deepEqual(dates('The vote is on 3/4/24 in most districts.'), []);
});

test('dates fallback: the grammar keeps its own reading where both find a date', () => {
  assert.deepEqual(dates('They met yesterday in Doha.'), [['yesterday', '2024-03-06']]);
});

test('dates fallback: Arabic text is left to the grammar', () => {
  assert.deepEqual(findDates('in two weeks', '2024-03-07', 'ar'), []);
});
