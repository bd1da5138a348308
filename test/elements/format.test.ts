/** Dates as readers see them, through Intl: what a formatter wrote is reused, never mixed up between locales, zones or times. */
import { expect } from '@open-wc/testing';
import { formatDate, formatRelative } from '../../src/internal/format.js';

const NOW = Date.parse('2025-07-29T12:00:00Z');

describe('formatting dates', () => {
  it('words relative times by the largest whole unit, now and unreadable dates as "this minute"', () => {
    expect(formatRelative('2025-07-29T09:00:00Z', 'en', NOW)).to.equal('3 hours ago');
    expect(formatRelative('2025-07-28T12:00:00Z', 'en', NOW)).to.equal('yesterday');
    expect(formatRelative('2025-07-31T12:00:00Z', 'en', NOW)).to.equal('in 2 days');
    expect(formatRelative('2025-07-29T12:00:00Z', 'en', NOW)).to.equal('this minute');
    expect(formatRelative('2025-07-29T11:59:30Z', 'en', NOW)).to.equal('this minute');
    expect(formatRelative('not a date', 'en', NOW)).to.equal('this minute');
  });

  it('gives each locale, zone and time its own text, the same again when asked again', () => {
    const iso = '2025-07-29T14:05:00Z';
    const english = formatDate(iso, 'en', true, 'UTC');
    expect(english).to.equal(new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: 'UTC' }).format(new Date(iso)));
    expect(formatDate(iso, 'en', true, 'UTC')).to.equal(english);
    expect(formatDate(iso, 'de', true, 'UTC')).to.contain('Juli');
    expect(formatDate(iso, 'en', true, 'Asia/Tokyo')).to.contain('11:05');
    expect(formatDate(iso, 'en', false, 'UTC')).to.equal('July 29, 2025');
    expect(formatDate('2025-07-29', 'en')).to.equal('July 29, 2025');
    expect(formatRelative('2025-07-29T09:00:00Z', 'de', NOW)).to.equal('vor 3 Stunden');
    expect(formatRelative('2025-07-29T09:00:00Z', 'en', NOW + 3_600_000)).to.equal('4 hours ago');
  });
});
