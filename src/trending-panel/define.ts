/** Defines `<trending-panel>` (and nothing else). */
import { TrendingPanel } from './trending-panel.js';

TrendingPanel.define('trending-panel');

export { TrendingPanel };
export type { TrendingLabels } from './trending-panel.js';
