import { expect } from '@open-wc/testing';
import { collectWarnings, type DataError } from '../../src/data/errors.js';
import { parseFeedText } from '../../src/data/list/feed.js';
import { parseCardList } from '../../src/data/list/index.js';
import type { CardList } from '../../src/data/model.js';
import { MAX_ELEMENTS } from '../../src/data/xml.js';
import { dataErrorOf } from './list-fixtures.js';

const ENTITY_WARNING = { path: '', problem: 'the feed declares entities (<!ENTITY>); they were not expanded' };

/**
 * Parses feed text, logging how long it took (the parse is synchronous: one task of the page)
 * and, where the browser has it (Chromium), the long tasks the page saw meanwhile. The times are
 * printed, not asserted: on a shared machine they vary several-fold.
 */
async function timedParse(text: string): Promise<{ value: CardList; warnings: unknown[] }> {
  const longTasks: number[] = [];
  const observer = PerformanceObserver.supportedEntryTypes.includes('longtask')
    ? new PerformanceObserver(list => longTasks.push(...list.getEntries().map(entry => entry.duration)))
    : undefined;
  observer?.observe({ type: 'longtask' });
  // The observer takes effect from the next task on.
  await new Promise(resolve => setTimeout(resolve));
  const start = performance.now();
  let result: { value: CardList; warnings: unknown[] } | undefined;
  try {
    result = collectWarnings(() => parseFeedText(text));
  } finally {
    const ms = performance.now() - start;
    // Long tasks are reported after the task ends: let one more task run before reading them.
    await new Promise(resolve => setTimeout(resolve));
    observer?.disconnect();
    console.log(`parse ${(text.length / 1024).toFixed(0)} KB${result ? '' : ' (rejected)'}: ${ms.toFixed(1)} ms; long tasks: ${JSON.stringify(longTasks.map(Math.round))}`);
  }
  // Set: had the parse thrown, its error would be leaving this function.
  return result!;
}

describe('hostile XML', () => {
  it('does not expand a flat internal entity referenced thousands of times (64 KB feed)', async () => {
    const items = Array.from({ length: 700 }, (_, i) => `<item><title>Item ${i} &big;&big;&big;&big;&big;&big;&big;&big;&big;&big;</title></item>`).join('');
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${'x'.repeat(2000)}">]><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
    expect(text.length).to.be.within(60 * 1024, 70 * 1024);
    const { value, warnings } = await timedParse(text);
    expect(warnings).to.deep.equal([ENTITY_WARNING]);
    expect(value.items.length).to.equal(700);
    expect(value.items[3]).to.deep.equal({ title: `Item 3 ${'&big;'.repeat(10)}` });
    // The same through the list entry point (the text starts with `<?xml`).
    expect(collectWarnings(() => parseCardList(text))).to.deep.equal({ value, warnings: [ENTITY_WARNING] });
  });

  it('does not expand billion laughs (nested entities), nor entities declared in a parameter entity', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const text = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${laughs}<!ENTITY % p "<!ENTITY q 'x'>">%p;]><rss version="2.0"><channel><title>T</title><item><title>&lol9;&q;</title></item></channel></rss>`;
    const { value, warnings } = await timedParse(text);
    expect(warnings).to.deep.equal([ENTITY_WARNING]);
    expect(value).to.deep.equal({ title: 'T', items: [{ title: '&lol9;&q;' }] });
  });

  it('hands the parser no DOCTYPE, even one whose entity values hold markup', async () => {
    const { value, warnings } = await timedParse(`<!DOCTYPE rss [<!ENTITY a "]>">]><rss version="2.0"><channel><title>Real</title><item><title>&a;</title></item></channel></rss>`);
    expect(warnings).to.deep.equal([ENTITY_WARNING]);
    expect(value).to.deep.equal({ title: 'Real', items: [{ title: '&a;' }] });
    // Markup in an entity value is taken for the root: the rest is not well-formed, and nothing expands.
    const fake = `<!DOCTYPE rss [<!ENTITY b '<rss><channel><title>fake</title></channel></rss>'>]><rss version="2.0"><channel><title>Real</title></channel></rss>`;
    expect(dataErrorOf(() => parseFeedText(fake)).message).to.match(/^the feed is not well-formed XML \(.+\)$/);
  });

  it('reads or rejects absurdly deep XML and absurd tag counts without freezing', async () => {
    // Nested as deep as the tag limit allows (deeper is over the limit, refused before parsing).
    const depth = MAX_ELEMENTS - 10;
    const deep = `<rss version="2.0"><channel><title>T</title><item><title>A</title>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</item></channel></rss>`;
    const nested = await timedParse(deep).then(
      result => result,
      (error: DataError) => ({ error }),
    );
    // Chromium and WebKit refuse XML nested thousands deep (naming the problem), Firefox too (without).
    if ('error' in nested) expect(nested.error.message).to.match(/^the feed is not well-formed XML( \(.+\))?$/);
    else expect(nested.value).to.deep.equal({ title: 'T', items: [{ title: 'A' }] });
    const many = (tags: number) => `<rss version="2.0"><channel><title>T</title><item><title>A</title>${'<x/>'.repeat(tags)}</item></channel></rss>`;
    const { value } = await timedParse(many(MAX_ELEMENTS - 5));
    expect(value).to.deep.equal({ title: 'T', items: [{ title: 'A' }] });
    expect(dataErrorOf(() => parseCardList(many(1_000_000))).message).to.equal(`the feed has more than ${MAX_ELEMENTS} tags, too many to read`);
  });

  it('reads a feed of as many minimal items as the tag limit allows without freezing', async () => {
    // <rss>, <channel> and <title>, then three tags an item.
    const count = Math.floor((MAX_ELEMENTS - 3) / 3);
    const items = '<item><title>A</title><description>b</description></item>'.repeat(count);
    const { value, warnings } = await timedParse(`<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`);
    expect(warnings).to.deep.equal([]);
    expect(value.items.length).to.equal(count);
    expect(value.items[count - 1]).to.deep.equal({ title: 'A', summary: 'b' });
  });

  it('reads the items of a feed over the tag limit up to the limit, with a warning', async () => {
    const items = (n: number, open: string, close: string) =>
      Array.from({ length: n }, (_, i) => `${open}<title>Episode ${i}</title><description>b</description>${close}`).join('');
    const warning = { path: '', problem: `the feed has more than ${MAX_ELEMENTS} tags; the items before that were read` };
    // The whole items within the limit: after <rss>, <channel> and <title> (RSS 1.0: <rdf:RDF>,
    // <channel> and <title>; Atom: <feed> and <title>), three tags each.
    const within = (head: number) => Math.floor((MAX_ELEMENTS - head) / 3);
    const rss = await timedParse(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items(12_000, '<item>', '</item>')}</channel></rss>`);
    expect(rss.warnings).to.deep.equal([warning]);
    expect(rss.value.items.length).to.equal(within(3));
    expect(rss.value.items[within(3) - 1]).to.deep.equal({ title: `Episode ${within(3) - 1}`, summary: 'b' });
    const atom = await timedParse(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${items(12_000, '<entry>', '</entry>')}</feed>`);
    expect([atom.warnings, atom.value.items.length]).to.deep.equal([[warning], within(2)]);
    const rdf = await timedParse(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel>${items(12_000, '<item>', '</item>')}</rdf:RDF>`,
    );
    expect([rdf.warnings, rdf.value.items.length]).to.deep.equal([[warning], within(3)]);
  });
});
