/**
 * Property-based fuzzing (fast-check) of every parser and every element with random JSON, JSON
 * shaped like each format, random HTML and random RSS/Atom XML (arbitraries.ts).
 *
 * Parsers: each call either returns a model that is valid for the renderer (invariants.ts) or
 * throws a DataError that came from a check — never another exception, and never an internal
 * exception wrapped by `onlyDataErrors` ("could not read …: <TypeError message>").
 * Elements: rendering any input raises no uncaught exception, ends in either a rendered model that
 * passes the invariants and the DOM safety check, a role="alert" message, or nothing (no input).
 *
 * Runs are reproducible: fixed seed, bounded numRuns. A failure prints the seed and path to replay.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles, SourceList, TrendingPanel } from '../../src/index.js';
import { parseArticle, parseJsonFeedItem, parseJsonLdArticle, parseNativeArticle } from '../../src/data/article/index.js';
import { DataError } from '../../src/data/errors.js';
import { htmlToBlocks } from '../../src/data/html-blocks.js';
import { parseJsonText } from '../../src/data/json.js';
import { parseAtom, parseCardList, parseCardLists, parseItemList, parseJsonFeedList, parseNativeList, parseRss } from '../../src/data/list/index.js';
import { parseSourceList } from '../../src/data/sources.js';
import { shadow, watchErrors } from '../support/mount.js';
import { articleInput, atomString, brokenXml, htmlString, hostileString, listInput, rssString, shaped, sourcesInput } from './arbitraries.js';
import { shadowProblems } from './dom-safety.js';
import { articleProblems, cardListProblems, cardListsProblems, sourceProblems } from './invariants.js';

const SEED = 20250729;
const BASE = 'https://news.example.com/feeds/page.json';
const runs = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

/**
 * Runs `parse`; on success checks the result, on failure checks it is a DataError raised by a
 * check (so a parser defect that onlyDataErrors converted to a message still fails the property).
 */
function checkParse<T>(parse: () => T, problems: (value: T) => string[]): void {
  let value: T;
  try {
    value = parse();
  } catch (error) {
    if (!(error instanceof DataError)) throw new Error(`threw ${String(error)} instead of a DataError`);
    if (/^could not read [^:]+: /.test(error.message)) throw new Error(`internal error surfaced as a DataError: ${error.message}`);
    if (!error.message.trim()) throw new Error('DataError without a message');
    return;
  }
  const found = problems(value);
  if (found.length) throw new Error(`invalid model:\n${found.slice(0, 10).join('\n')}\n${JSON.stringify(value).slice(0, 500)}`);
}

const blocksProblems = (blocks: unknown) => articleProblems({ headline: 'h', authors: [], body: blocks, tags: [], sources: [] });

describe('fuzzing the parsers (fast-check, seed 20250729)', () => {
  it('parseArticle: any JSON or article-shaped input', () => {
    fc.assert(fc.property(articleInput, fc.option(fc.constant(BASE)), (input, base) => checkParse(() => parseArticle(input, { base: base ?? undefined }), articleProblems)), runs(300));
  });

  it('parseJsonLdArticle, parseJsonFeedItem, parseNativeArticle: each format parser on its own', () => {
    fc.assert(
      fc.property(articleInput, input => {
        checkParse(() => parseJsonLdArticle(input, BASE), articleProblems);
        checkParse(() => parseJsonFeedItem(input, BASE), articleProblems);
        checkParse(() => parseNativeArticle(input, BASE), articleProblems);
      }),
      runs(300),
    );
  });

  it('parseCardList and parseCardLists: any JSON, list-shaped JSON, RSS and Atom text', () => {
    fc.assert(
      fc.property(listInput, input => {
        checkParse(() => parseCardList(input, { base: BASE }), list => cardListProblems(list));
        checkParse(() => parseCardLists(input, { base: BASE }), cardListsProblems);
      }),
      runs(300),
    );
  });

  it('parseJsonFeedList, parseItemList, parseNativeList: each JSON list parser on its own', () => {
    fc.assert(
      fc.property(listInput, input => {
        checkParse(() => parseJsonFeedList(input, BASE), list => cardListProblems(list));
        checkParse(() => parseItemList(input, BASE), list => cardListProblems(list));
        checkParse(() => parseNativeList(input, BASE), list => cardListProblems(list));
      }),
      runs(300),
    );
  });

  it('parseRss and parseAtom: random feeds, well-formed or not', () => {
    fc.assert(
      fc.property(fc.oneof(rssString, atomString, brokenXml), fc.option(fc.constant(BASE)), (xml, base) => {
        checkParse(() => parseRss(xml, base ?? undefined), list => cardListProblems(list));
        checkParse(() => parseAtom(xml, base ?? undefined), list => cardListProblems(list));
      }),
      runs(300),
    );
  });

  it('parseSourceList: lists of sources and whole articles', () => {
    fc.assert(fc.property(sourcesInput, input => checkParse(() => parseSourceList(input, { base: BASE }), sources => sourceProblems(sources))), runs(300));
  });

  it('htmlToBlocks: random HTML from a tag grammar, and random text', () => {
    fc.assert(
      fc.property(fc.oneof(htmlString, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })), fc.option(fc.constant(BASE)), (markup, base) => {
        checkParse(() => htmlToBlocks(markup, base ?? undefined), blocksProblems);
      }),
      runs(300),
    );
  });

  it('parseJsonText: random text, JSON text and HTML pages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.json({ maxDepth: 5 }), htmlString.map(h => `<!doctype html>${h}`), fc.constantFrom('', ' ', '[[[[', '{"a":')), text => {
        checkParse(
          () => parseJsonText(text),
          () => [],
        );
      }),
      runs(300),
    );
  });
});

/** Renders `data` in a fresh `tag` element and checks what a reader would get. */
async function renderAndCheck(tag: string, data: unknown): Promise<void> {
  const errors = watchErrors();
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  el.setAttribute('limit', '100');
  el.data = data;
  document.body.append(el);
  try {
    await el.updateComplete;
    // news-load is dispatched after the update; let it and anything it schedules run.
    await new Promise(resolve => setTimeout(resolve));
    const root = shadow(el);
    const alert = root.querySelector('[role="alert"]');
    const model =
      tag === 'news-article'
        ? (el as unknown as NewsArticle).article
        : tag === 'source-list'
          ? (el as unknown as SourceList).sources
          : tag === 'related-articles'
            ? (el as unknown as RelatedArticles).list
            : (el as unknown as TrendingPanel).lists;
    const problems = shadowProblems(root);
    if (!alert && data !== null && data !== undefined) {
      const modelErrors =
        tag === 'news-article'
          ? articleProblems(model)
          : tag === 'source-list'
            ? sourceProblems(model)
            : tag === 'related-articles'
              ? cardListProblems(model)
              : cardListsProblems(model);
      problems.push(...modelErrors);
    }
    if (alert && !/^Could not load the [a-z ]+: \S/.test(alert.textContent ?? '')) problems.push(`odd error message: ${alert.textContent}`);
    if (alert && /could not read [^:]+: /.test(alert.textContent ?? '')) problems.push(`internal error shown: ${alert.textContent}`);
    problems.push(...errors.seen);
    if (problems.length) throw new Error(problems.slice(0, 10).join('\n'));
  } finally {
    errors.stop();
    el.remove();
  }
}

describe('fuzzing the elements (fast-check, seed 20250729)', () => {
  let warn: typeof console.warn;
  // Every rejected input warns once by design; keep the test log readable.
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });

  const inputs: Record<string, fc.Arbitrary<unknown>> = {
    'news-article': articleInput,
    'source-list': sourcesInput,
    'related-articles': listInput,
    'trending-panel': listInput,
  };
  for (const [tag, input] of Object.entries(inputs)) {
    it(`<${tag}>: random and format-shaped data never throws, renders safely or shows an alert`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(input, shaped, hostileString, fc.constantFrom(null, undefined, 0, true, [], {})), data => renderAndCheck(tag, data)),
        runs(120),
      );
    });
  }
});

it('fuzz helpers reject what they should (sanity check of checkParse)', () => {
  expect(() => checkParse(() => JSON.parse('{'), () => [])).to.throw(/instead of a DataError/);
  expect(() => checkParse(() => ({ headline: 1 }), articleProblems)).to.throw(/invalid model/);
  expect(() => checkParse(() => parseArticle({ headline: 'ok', authors: 'x' }), articleProblems)).not.to.throw();
});
