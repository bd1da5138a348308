/** Defines `<source-list>` (and nothing else). */
import { SourceList } from './source-list.js';

SourceList.define('source-list');

export { SourceList };
export type { SourceListLabels } from './source-list.js';
