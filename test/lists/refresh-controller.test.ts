/** The trending panel's refresh timer, on its own and under a fake clock (no waiting in real time). */
import { expect } from '@open-wc/testing';
import type { Clock } from '@sinonjs/fake-timers';
import { LitElement } from 'lit';
import { RefreshController } from '../../src/trending-panel/refresh-controller.js';
import { installClock } from '../loader/support.js';

class RefreshHost extends LitElement {
  static override properties = { src: {}, seconds: { type: Number } };
  src?: string;
  seconds = 0;
  refreshes = 0;

  constructor() {
    super();
    new RefreshController(this, { inputs: () => ({ src: this.src, seconds: this.seconds }), refresh: () => this.refreshes++ });
  }
}
customElements.define('refresh-host', RefreshHost);

let clock: Clock;
let hidden = false;
const hosts: RefreshHost[] = [];

beforeEach(async () => {
  clock = await installClock(['setTimeout', 'clearTimeout', 'Date']);
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});

afterEach(() => {
  hosts.splice(0).forEach(host => host.remove());
  clock.uninstall();
  delete (document as { hidden?: boolean }).hidden;
});

async function host(src: string | undefined, seconds: number): Promise<RefreshHost> {
  const el = document.createElement('refresh-host') as RefreshHost;
  el.src = src;
  el.seconds = seconds;
  hosts.push(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('RefreshController', () => {
  it('refreshes every interval, counted from the last load', async () => {
    const el = await host('/feed.json', 60);
    clock.tick(59_999);
    expect(el.refreshes).to.equal(0);
    clock.tick(1);
    expect(el.refreshes).to.equal(1);
    clock.tick(60_000 * 3);
    expect(el.refreshes).to.equal(4);
  });

  it('never refreshes faster than once a second', async () => {
    const el = await host('/feed.json', 0.01);
    clock.tick(999);
    expect(el.refreshes).to.equal(0);
    clock.tick(1);
    expect(el.refreshes).to.equal(1);
  });

  for (const [label, src, seconds] of [
    ['an interval of 0', '/feed.json', 0],
    ['a negative interval', '/feed.json', -5],
    ['an interval that is not a number', '/feed.json', Number.NaN],
    ['an infinite interval', '/feed.json', Infinity],
    ['no src', undefined, 5],
  ] as const) {
    it(`does not refresh with ${label}`, async () => {
      const el = await host(src, seconds);
      clock.tick(3_600_000);
      expect(el.refreshes).to.equal(0);
    });
  }

  it('waits while the page is hidden, and refreshes at once when it is shown after the interval', async () => {
    const el = await host('/feed.json', 10);
    clock.tick(4_000);
    setHidden(true);
    clock.tick(60_000);
    expect(el.refreshes).to.equal(0);
    setHidden(false);
    clock.tick(0);
    expect(el.refreshes).to.equal(1);
    clock.tick(10_000);
    expect(el.refreshes).to.equal(2);
  });

  it('shown again before the interval, refreshes when the interval ends', async () => {
    const el = await host('/feed.json', 10);
    clock.tick(3_000);
    setHidden(true);
    clock.tick(2_000);
    setHidden(false);
    clock.tick(4_999);
    expect(el.refreshes).to.equal(0);
    clock.tick(1);
    expect(el.refreshes).to.equal(1);
  });

  it('stops when the element is removed and starts again when it is put back', async () => {
    const el = await host('/feed.json', 10);
    el.remove();
    clock.tick(60_000);
    expect(el.refreshes).to.equal(0);
    document.body.append(el);
    // Overdue: the first refresh comes at once.
    clock.tick(0);
    expect(el.refreshes).to.equal(1);
  });

  it('counts a new src as a load, and follows a new interval', async () => {
    const el = await host('/a.json', 10);
    clock.tick(8_000);
    el.src = '/b.json';
    await el.updateComplete;
    clock.tick(9_999);
    expect(el.refreshes).to.equal(0);
    clock.tick(1);
    expect(el.refreshes).to.equal(1);
    el.seconds = 2;
    await el.updateComplete;
    clock.tick(2_000);
    expect(el.refreshes).to.equal(2);
    el.seconds = 0;
    await el.updateComplete;
    clock.tick(60_000);
    expect(el.refreshes).to.equal(2);
  });
});
