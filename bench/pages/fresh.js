/**
 * First render on a fresh page: `fresh.html?subject=article:lit` (or article:vanilla,
 * trending:lit, trending:vanilla; bench/run.mjs serves render.html with this script in place of
 * render.js) times exactly one first render of that subject, as a real page renders once, cold:
 * no warm-up, no forced garbage collection, no other subject rendered before it. bench/run.mjs
 * opens every sample in a brand-new browser context.
 *
 * Both sides load the same page (the drop-in included, so the vanilla side can adopt the element's
 * style sheets); the data are fetched and parsed first, untimed. The result is `window.freshResult`.
 */
import { createSubjects, loadBenchData, timeFirstRender } from './subjects.js';

const name = new URLSearchParams(location.search).get('subject');
const subjects = createSubjects(document.getElementById('stage'), await loadBenchData());
const subject = subjects[name];
if (!subject) throw new Error(`fresh.html: unknown subject ${name}; one of ${Object.keys(subjects).join(', ')}`);

// Start in a task of its own, after the page's loading work (parsing, the first frame), so that
// none of it lands inside the timed render.
await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
const { node, first } = await timeFirstRender(subject);
window.freshResult = { subject: name, first, elements: node.shadowRoot.querySelectorAll('*').length, isolated: crossOriginIsolated };
