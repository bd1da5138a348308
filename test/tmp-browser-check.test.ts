// THROWAWAY (browser-support check) — delete when done.
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('tmp-check-el')
class TmpCheckEl extends LitElement {
  static override styles = css`:host { display: block; } h2 { color: #222; }`;
  @property() label = 'Hello';
  override render() {
    return html`<h2>${this.label}</h2><button type="button">Press ${this.label}</button><img src="data:," alt="x">`;
  }
}

describe('tmp browser check', () => {
  it('renders a Lit element with shadow DOM and updates', async () => {
    const el = await fixture<TmpCheckEl>(html`<tmp-check-el label="A"></tmp-check-el>`);
    expect(el.shadowRoot).to.exist;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('A');
    el.label = 'B';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('B');
    await expect(el).shadowDom.to.equal('<h2>B</h2><button type="button">Press B</button><img src="data:," alt="x">');
  });
  it('is accessible (axe)', async () => {
    const el = await fixture<TmpCheckEl>(html`<tmp-check-el></tmp-check-el>`);
    await expect(el).to.be.accessible();
  });
  it('axe reports a violation', async () => {
    const el = await fixture(html`<div><img src="data:,"></div>`);
    await expect(el).not.to.be.accessible();
  });
  it('fetches from the dev server and test middleware', async () => {
    const r = await fetch('/test/fixtures/pages/news-article.ld.json');
    expect(r.status).to.equal(200);
    await r.json();
    const s = await fetch('/__test__/status/503');
    expect(s.status).to.equal(503);
    const d = await fetch('/__test__/delay/200/test/fixtures/invalid.json');
    expect(d.status).to.equal(200);
  });
  it('console.warn and console.error do not break', () => {
    console.warn('tmp-check warn', { a: 1 });
    console.error('tmp-check error');
  });
  it('reports userAgent', () => {
    console.log('UA', navigator.userAgent);
  });
});
