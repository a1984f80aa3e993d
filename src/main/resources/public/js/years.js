// The year histogram: one bar per year of the matches (click a bar for that year, shift-click to extend),
// and from–to inputs.
import { el, replace } from './dom.js';

/**
 * @param counts the year facet [{value, count}] of the search without its own year range
 * @param range the selected {min, max} or undefined; @param bounds {min, max} of the API's `ranges.year`
 * @param onRange called with (min, max) strings ('' for an open end)
 */
export function renderYears(container, counts, range, bounds, onRange) {
  const years = counts.map(c => ({ year: parseInt(c.value, 10), count: c.count }))
    .filter(c => Number.isFinite(c.year)).sort((a, b) => a.year - b.year);
  const from = range?.min ?? '';
  const to = range?.max ?? '';
  const heading = el('h2', { id: 'year-heading' }, 'Year');

  const chart = el('div', { class: 'histogram', role: 'group', 'aria-label': 'Papers per year (arrow keys move between years)' });
  if (years.length) {
    const first = years[0].year;
    const last = years[years.length - 1].year;
    const peak = Math.max(...years.map(y => y.count));
    const byYear = new Map(years.map(y => [y.year, y.count]));
    for (let year = first; year <= last; year++) {
      const count = byYear.get(year) || 0;
      const inRange = (from === '' || year >= +from) && (to === '' || year <= +to);
      const bar = el('button', { type: 'button', class: 'bar' + (range && inRange ? ' in-range' : ''),
        title: `${year}: ${count.toLocaleString('en')} papers`,
        'aria-label': `${year}: ${count} papers`, dataset: { year: String(year) } },
      el('span', { class: 'bar-fill' }));
      bar.firstChild.style.setProperty('--h', count ? Math.max(4, Math.round(100 * count / peak)) + '%' : '0');
      bar.addEventListener('click', e => {
        if (e.shiftKey && range) onRange(String(Math.min(year, +from || year)), String(Math.max(year, +to || year)));
        else if (range && from === String(year) && to === String(year)) onRange('', '');
        else onRange(String(year), String(year));
      });
      chart.append(bar);
    }
    roving(chart);
    chart.append(el('div', { class: 'axis', 'aria-hidden': 'true' }, el('span', {}, String(first)), el('span', {}, String(last))));
  } else {
    chart.append(el('p', { class: 'muted' }, 'No years.'));
  }

  const form = el('form', { class: 'range-form', 'aria-label': 'Year range' });
  const min = el('input', { type: 'number', id: 'year-from', name: 'min', value: from, inputmode: 'numeric',
    min: bounds?.min, max: bounds?.max, placeholder: bounds?.min ?? 'from', dataset: { focusKey: 'year-from' } });
  const max = el('input', { type: 'number', id: 'year-to', name: 'max', value: to, inputmode: 'numeric',
    min: bounds?.min, max: bounds?.max, placeholder: bounds?.max ?? 'to', dataset: { focusKey: 'year-to' } });
  form.append(el('label', { for: 'year-from' }, 'From'), min, el('label', { for: 'year-to' }, 'to'), max,
    el('button', { type: 'submit', class: 'small' }, 'Apply'));
  form.addEventListener('submit', e => { e.preventDefault(); onRange(min.value.trim(), max.value.trim()); });

  replace(container, heading, chart, form);
}

/** One tab stop for the whole chart (the selected or the last year); arrow keys, Home and End move along it. */
function roving(chart) {
  const bars = [...chart.querySelectorAll('.bar')];
  const current = bars.findIndex(b => b.classList.contains('in-range'));
  bars.forEach((b, i) => b.setAttribute('tabindex', i === (current >= 0 ? current : bars.length - 1) ? '0' : '-1'));
  chart.addEventListener('keydown', e => {
    const at = bars.indexOf(document.activeElement);
    if (at < 0) return;
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: bars.length - 1 }[e.key];
    if (to === undefined || to < 0 || to >= bars.length) return;
    e.preventDefault();
    bars[at].setAttribute('tabindex', '-1');
    bars[to].setAttribute('tabindex', '0');
    bars[to].focus();
  });
}
