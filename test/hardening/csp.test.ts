/**
 * The drop-in bundle under a strict Content Security Policy with Trusted Types enforced
 * (test/pages/csp-strict.html: `script-src 'self'; style-src 'self'; require-trusted-types-for
 * 'script'; trusted-types lit-html news-elements` — Lit's policy and the library's own, which
 * DOMParser needs for RSS, Atom and content_html): all four elements render, including hostile data, with zero
 * violations. And two copies of the drop-in on one page (test/pages/two-copies*.html): no error,
 * exactly one warning, every element rendered.
 *
 * Each page runs in an iframe and records its own violations, console output and uncaught errors
 * (test/pages/page-recorder.js).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface PageReport {
  violations: string[];
  warnings: string[];
  errors: string[];
}
type PageWindow = Window & { __pageReport: PageReport; trustedTypes?: unknown };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach(frame => frame.remove()));

/** What every element on the test pages shows once it has rendered its data. */
const RENDERED: Record<string, string> = {
  'news-article': 'h1, [role="alert"]',
  'source-list': '[part~="source"]',
  'related-articles': '[part~="card"]',
  'trending-panel': '[part~="item"]',
};

async function openPage(path: string): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frames.push(frame);
  document.body.append(frame);
  await new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as PageWindow;
  const elements = [...doc.querySelectorAll(Object.keys(RENDERED).join(','))];
  expect(elements.length).to.be.at.least(6);
  const pending = () => elements.filter(el => !el.shadowRoot?.querySelector(RENDERED[el.localName]!)).map(el => el.id || el.localName);
  // Two copies of the library, or a dozen elements, in an iframe of a busy browser take a while.
  await waitUntil(() => !pending().length, undefined, { timeout: 20_000 }).catch(() => {
    throw new Error(`not every element rendered: ${pending()}; ${JSON.stringify(win.__pageReport)}`);
  });
  // Let late work (lazy images, scheduled updates) happen before reading the report.
  await new Promise(resolve => setTimeout(resolve, 200));
  return { win, doc };
}

describe('strict CSP with Trusted Types enforced', function () {
  this.timeout(30_000);
  it('renders all four elements (JSON-LD, JSON Feed, ItemList, RSS, Atom, content_html, inline, context) with zero violations', async () => {
    const { win, doc } = await openPage('/test/pages/csp-strict.html');
    const report = win.__pageReport;
    expect(report.violations, `CSP / Trusted Types violations: ${report.violations.join('; ')}`).to.deep.equal([]);
    expect(report.errors, 'errors').to.deep.equal([]);
    expect(report.warnings, 'warnings').to.deep.equal([]);
    // content_html went through DOMParser (a Trusted Types sink) via the library's own policy.
    const item = doc.querySelector('#feed-item')!.shadowRoot!;
    expect(item.querySelector('[part~="body"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Para with a link.');
    expect(item.querySelectorAll('[part~="body"] img')).to.have.length(1);
    // RSS and Atom (XML through DOMParser) rendered.
    expect(doc.querySelector('#rss')!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.at.least(1);
    expect(doc.querySelector('#atom')!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.at.least(1);
    // The nested source-list got the article's sources through context.
    expect(doc.querySelector('news-article source-list')!.shadowRoot!.querySelectorAll('[part~="source"]').length).to.be.at.least(2);
    // Lit styled the shadow roots through constructable stylesheets, which style-src 'self' allows.
    const headline = doc.querySelector('news-article')!.shadowRoot!.querySelector('h1')!;
    expect(win.getComputedStyle(headline).fontSize).to.not.equal(win.getComputedStyle(doc.body).fontSize);
  });

  it('renders hostile data (script-bearing JSON-LD, content_html, RSS titles) under the policy without executing or breaking anything', async () => {
    const { win, doc } = await openPage('/test/pages/csp-hostile.html');
    const report = win.__pageReport;
    expect(report.errors, 'errors').to.deep.equal([]);
    expect((win as unknown as { __xss?: unknown }).__xss, 'executed').to.equal(undefined);
    const hostile = doc.querySelector('#hostile')!.shadowRoot!;
    expect(hostile.querySelector('h1')!.textContent).to.contain('Hostile headline');
    expect(hostile.querySelectorAll('script, [style], [onerror], [onload]')).to.have.length(0);
    // Markup in articleBody goes through the allowlist like content_html: only the image's resolved src is kept.
    expect([...hostile.querySelectorAll('img')].map(img => img.getAttribute('src'))).to.deep.equal([new URL('/test/fixtures/pages/x', win.location.href).href]);
    const item = doc.querySelector('#feed-item')!.shadowRoot!;
    expect(item.querySelector('[part~="body"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Para with a link. Styled');
    expect(item.querySelectorAll('[style], [onerror]')).to.have.length(0);
    // The relative `src=x` resolved against the item's URL, as publishers' relative images do.
    expect([...item.querySelectorAll('img')].map(img => img.getAttribute('src'))).to.deep.equal(['https://example.com/x']);
    // Chromium (unlike Firefox and WebKit) reports inline handlers and style attributes met while
    // parsing hostile HTML into an inert DOMParser document, though nothing there can run: the only
    // reports allowed here are those, from the bundle's parse. Anything else (a blocked script,
    // an unsafe sink, an inline style the renderer wrote) still fails.
    const unexpected = report.violations.filter(v => !/^(script|style)-src-attr blocked inline at <#document> .*news-elements\.min\.js/.test(v));
    expect(unexpected, `violations: ${report.violations.join('; ')}`).to.deep.equal([]);
    if (!navigator.userAgent.includes('Chrome')) expect(report.violations).to.deep.equal([]);
  });

  it('really enforces Trusted Types on that page (else the tests above prove nothing)', async function () {
    const { win, doc } = await openPage('/test/pages/csp-strict.html');
    if (!('trustedTypes' in win)) {
      // Trusted Types are not implemented in this browser; the CSP part still ran above.
      this.skip();
    }
    const before = win.__pageReport.violations.length;
    const probe = doc.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>raw string</b>';
    }, 'innerHTML with a plain string').to.throw(/TrustedHTML|Sink type mismatch/);
    await new Promise(resolve => setTimeout(resolve, 50));
    // The recorder sees violations: the probe's one shows up.
    expect(win.__pageReport.violations.length).to.be.greaterThan(before);
    expect(win.__pageReport.violations.join('\n')).to.contain('require-trusted-types-for');
  });
});

describe('two copies of the drop-in on one page', function () {
  this.timeout(30_000);
  for (const [page, policy] of [
    ['/test/pages/two-copies.html', "require-trusted-types-for 'script'"],
    ['/test/pages/two-copies-named-policy.html', "trusted-types lit-html news-elements 'allow-duplicates'"],
  ] as const) {
    it(`throws nothing and warns exactly once (${policy})`, async () => {
      const { win } = await openPage(page);
      const report = win.__pageReport;
      expect(report.errors, 'errors').to.deep.equal([]);
      expect(report.violations, `violations: ${report.violations.join('; ')}`).to.deep.equal([]);
      expect(report.warnings, 'warnings').to.have.length(1);
      expect(report.warnings[0]).to.match(/news-elements .*already defined/);
    });
  }
});
