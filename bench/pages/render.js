/**
 * Render timing, Lit elements against the hand-written vanilla baseline, in one warm page. Everything
 * is driven from bench/run.mjs through `window.renderBench`. Data are fetched and parsed before
 * timing starts: the timed part is DOM work (element creation, data normalization, rendering),
 * style and layout, never the network.
 */
import { createSubjects, loadBenchData, timeFirstRender } from './subjects.js';

const stage = document.getElementById('stage');
const subjects = createSubjects(stage, await loadBenchData());

/**
 * One sample of a subject: first render (create + data + render + layout), then an update (+ layout).
 * No forced garbage collection around the timed steps: a collection after `gc()` leaves V8 colder
 * than a page that renders once (see BENCHMARKS.md), and a real page never calls it.
 */
async function sample(name) {
  const subject = subjects[name];
  stage.replaceChildren();
  const { node, first } = await timeFirstRender(subject);
  const start = performance.now();
  await subject.update(node, subject.versions[1]);
  void node.offsetHeight;
  const update = performance.now() - start;
  stage.replaceChildren();
  return { first, update };
}

/** The shadow markup, Lit's comment markers removed and whitespace between tags ignored. */
function normalized(root) {
  return root.innerHTML
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compares the markup of both sides, after the first render and after the update. */
async function compare(kind) {
  const lit = subjects[`${kind}:lit`];
  const vanilla = subjects[`${kind}:vanilla`];
  const result = {};
  stage.replaceChildren();
  const a = await lit.mount(lit.versions[0]);
  const b = await vanilla.mount(vanilla.versions[0]);
  result.first = diff(normalized(a.shadowRoot), normalized(b.shadowRoot));
  await lit.update(a, lit.versions[1]);
  await vanilla.update(b, vanilla.versions[1]);
  result.update = diff(normalized(a.shadowRoot), normalized(b.shadowRoot));
  result.chars = normalized(a.shadowRoot).length;
  result.elements = a.shadowRoot.querySelectorAll('*').length;
  stage.replaceChildren();
  return result;
}

function diff(lit, vanilla) {
  if (lit === vanilla) return { match: true };
  let i = 0;
  while (i < lit.length && lit[i] === vanilla[i]) i++;
  return { match: false, at: i, lit: lit.slice(Math.max(0, i - 80), i + 120), vanilla: vanilla.slice(Math.max(0, i - 80), i + 120) };
}

window.renderBench = { sample, compare, names: Object.keys(subjects), timerResolution: () => crossOriginIsolated };
window.renderBenchReady = true;
