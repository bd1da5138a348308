import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/errors.js';

/** The URL of a fixture in test/fixtures/lists, as served by the test runner's dev server. */
export function listFixtureUrl(name: string): string {
  return new URL(`../fixtures/lists/${name}`, import.meta.url).href;
}

/** A list fixture: XML as text (as the loader hands feeds over), JSON parsed. */
export async function loadListFixture(name: string): Promise<unknown> {
  const response = await fetch(listFixtureUrl(name));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return name.endsWith('.xml') ? response.text() : response.json();
}

/** The DataError `parse` throws, so tests read as "this input says this". */
export function dataErrorOf(parse: () => unknown): DataError {
  try {
    parse();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}
