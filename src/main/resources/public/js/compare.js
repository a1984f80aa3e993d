// The compare view: every extracted value of the current search (/api/values) as a table (columns chosen by
// the user, sortable, each row linked to its paper at that value) and a scatter plot of one property against
// another or the year, coloured by a facet; the table as the API's CSV.
import * as api from './api.js';
import { el, replace } from './dom.js';
import { dimensionLabel, rangeFields, rangeLabel, unit as unitOf } from './labels.js';
import { searchParams, valuesParams } from './state.js';
import { PAIRING, pairs } from './pairs.js';
import { drawScatter } from './scatter.js';
import { formatValue } from './units.js';

const SHOWN_ROWS = 500;  // the table shows this many; the CSV has every row
const COLOUR_GROUPS = 6; // the largest facet values get a colour, the rest are "other or none"
const COLOUR_DIMS = ['binder', 'electrolyte', 'material'];
const DEFAULT_COLUMNS = ['title', 'year', 'property', 'value', 'conditions', 'evidence'];

/** A row's conditions as text, each "Current density 1 A/g" (and "theoretical"); the qualifier goes with the value. */
function conditions(r) {
  return Object.entries(r.conditions || {}).filter(([k]) => k !== 'qualifier').map(([k, v]) =>
    typeof v === 'number' ? `${rangeLabel(k)} ${formatValue(v, null, unitOf(k))}` : v === true ? k : `${k} ${v}`);
}
const conditionsText = r => conditions(r).join(' · ');

function valueText(r) {
  const qualifier = typeof r.conditions?.qualifier === 'string' ? r.conditions.qualifier + ' ' : '';
  return qualifier + (formatValue(r.value, r.max, r.unit) || r.raw || '');
}

const byText = f => (a, b) => String(f(a) ?? '').localeCompare(String(f(b) ?? ''));
const byNumber = f => (a, b) => (f(a) ?? -Infinity) - (f(b) ?? -Infinity);

/** The table's columns: label, cell content (nav makes links), and the order they sort by. */
const COLUMNS = {
  title: { label: 'Paper', cell: (r, nav) => paperLink(r, nav, r.title || r.id), sort: byText(r => r.title) },
  year: { label: 'Year', cell: r => r.year ?? '', sort: byNumber(r => r.year), num: true },
  journal: { label: 'Journal', cell: r => r.journal ?? '', sort: byText(r => r.journal) },
  property: { label: 'Property', cell: r => rangeLabel(r.property), sort: byText(r => rangeLabel(r.property)) },
  value: { label: 'Value', cell: valueText, num: true,
    sort: (a, b) => byText(r => r.property)(a, b) || byNumber(r => r.value)(a, b) },
  conditions: { label: 'Conditions', cell: r => el('ul', { class: 'row-conditions' }, conditions(r).map(c => el('li', {}, c))),
    sort: byText(conditionsText) },
  describes: { label: 'Describes', cell: r => r.describes ?? '', sort: byText(r => r.describes) },
  cell: { label: 'Cell', cell: r => r.cell ?? '', sort: byText(r => r.cell) },
  section: { label: 'Section', cell: r => r.section ?? '', sort: byText(r => r.section) },
  evidence: { label: 'Evidence', cell: (r, nav) => paperLink(r, nav, r.evidence || '(no sentence)', 'evidence-link'),
    sort: byText(r => r.evidence) },
};

/** The mark of a value in a paper's address (mark=PROPERTY:VALUE): the paper view marks that value's evidence. */
function markOf(r) {
  return `${r.property}:${r.value ?? ''}`;
}

function paperLink(r, nav, text, cls) {
  const target = { paper: r.id, mark: markOf(r) };
  const a = el('a', { href: nav.href(target), class: cls, dataset: { paper: r.id } }, text);
  a.addEventListener('click', e => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.open(target);
  });
  return a;
}

/** Values fetched for a search (one search at a time), and the colour groups of a plot. */
const cache = { key: null, rows: null, colours: new Map() };

/**
 * Renders the compare view of state into container.
 * @param facets the current search's facet counts (the colour groups are its largest values)
 * @param nav {href(changes) the address of the state with changes, go(changes), open({paper, mark})}
 */
export async function renderCompare(container, state, facets, nav, signal) {
  const key = searchParams(state).toString();
  delete container.dataset.ready;
  if (cache.key !== key) {
    replace(container, el('p', { class: 'muted', id: 'compare-loading' }, 'Loading values…'));
    const rows = await api.values(searchParams(state), signal);
    Object.assign(cache, { key, rows, colours: new Map() });
  }
  const all = cache.rows;
  const rows = state.properties.length ? all.filter(r => state.properties.includes(r.property)) : all;
  const counts = countBy(all, r => r.property);
  // The first property of /api/facets that has values (specific capacity, where there is one)
  const y = state.y && counts.has(state.y) ? state.y : rangeFields().map(r => r.field).find(f => counts.has(f));
  const x = state.x !== y && counts.has(state.x) ? state.x : 'year'; // the year where the chosen x has no value here
  const plot = el('div', { id: 'scatter', class: 'chart', role: 'img', 'aria-label': 'Scatter plot of the values' });

  replace(container,
    el('div', { class: 'compare-head' },
      el('p', { class: 'total' }, el('strong', { id: 'values-total', dataset: { total: String(rows.length) } },
        rows.length.toLocaleString('en')), rows.length === 1 ? ' value' : ' values',
        el('span', { class: 'muted' }, ` from ${new Set(rows.map(r => r.id)).size.toLocaleString('en')} papers`)),
      el('p', { class: 'exports' }, el('a', { id: 'values-csv', class: 'export', download: '',
        href: api.valuesUrl(valuesParams(state), 'csv') }, 'Export the table as CSV'))),
    all.length === 0 ? el('p', { class: 'empty' }, 'No values were extracted from these papers.') : [
      plotSection(state, counts, x, y, plot, nav),
      tableSection(rows, state, counts, nav)]);
  if (y) await drawPlot(plot, state, all, x, y, facets, nav, signal);
  if (!y || plot.isConnected) container.dataset.ready = 'true'; // the table and plot are drawn (tests wait for it)
}

function countBy(list, f) {
  const m = new Map();
  for (const item of list) m.set(f(item), (m.get(f(item)) || 0) + 1);
  return m;
}

function select(id, label, options, selected, onChange) {
  const s = el('select', { id, dataset: { focusKey: id } },
    options.map(([value, text]) => el('option', { value, selected: value === selected }, text)));
  s.addEventListener('change', () => onChange(s.value));
  return el('label', { for: id, class: 'control' }, label + ' ', s);
}

function plotSection(state, counts, x, y, plot, nav) {
  const fields = rangeFields().filter(r => counts.has(r.field));
  const options = fields.map(r => [r.field, `${r.label} (${counts.get(r.field)})`]);
  return el('section', { class: 'plot', 'aria-labelledby': 'plot-heading' },
    el('h2', { id: 'plot-heading', class: 'visually-hidden' }, 'Scatter plot'),
    el('div', { class: 'controls' },
      select('axis-y', 'Plot', options, y, v => nav.go({ y: v })),
      select('axis-x', 'against', [['year', 'Year'], ...options.filter(([f]) => f !== y)], x, v => nav.go({ x: v })),
      select('color-by', 'coloured by', [['', 'nothing'], ...COLOUR_DIMS.map(d => [d, dimensionLabel(d)])], state.color,
        v => nav.go({ color: v }))),
    plot,
    el('p', { id: 'plot-count', class: 'muted small' }),
    el('p', { class: 'muted small pairing' }, PAIRING));
}

async function drawPlot(plot, state, all, x, y, facets, nav, signal) {
  const points = pairs(all, x, y);
  const groups = state.color ? await colourGroups(state, points, facets, x, y, signal) : [{ name: 'values', points }];
  const values = all.filter(r => r.property === y && typeof r.value === 'number').length;
  const count = document.getElementById('plot-count');
  if (count) {
    count.dataset.points = String(points.length);
    count.textContent = `${points.length.toLocaleString('en')} points` + (x === 'year' ? ''
      : ` (${values.toLocaleString('en')} values of ${rangeLabel(y).toLowerCase()} in all)`);
  }
  if (!plot.isConnected) return;
  plot.setAttribute('aria-label', `Scatter plot of ${points.length} values of ${rangeLabel(y).toLowerCase()} against `
    + `${x === 'year' ? 'the year' : rangeLabel(x).toLowerCase()}; the table below lists every value`);
  await drawScatter(plot, groups, x, y, p => nav.open({ paper: p.row.id, mark: markOf(p.row) }));
}

/**
 * Splits points by the largest values of the colour dimension among the current search's facets. Which
 * paper has which value is asked of /api/values with that value as filter (the rows carry no topics); the
 * search's own filters of that dimension are left out there, as only papers of this result set are drawn.
 */
async function colourGroups(state, points, facets, x, y, signal) {
  const dim = state.color;
  const top = (facets?.[dim] || []).filter(v => !v.value.includes('/')).slice(0, COLOUR_GROUPS).map(v => v.value);
  const key = `${dim}|${x}|${y}`;
  if (!cache.colours.has(key)) {
    const base = searchParams(state);
    const others = base.getAll('filter').filter(f => !f.startsWith(dim + ':'));
    base.delete('filter');
    others.forEach(f => base.append('filter', f));
    base.set('properties', [y, x].filter(f => f !== 'year').join(','));
    const idSets = await Promise.all(top.map(v => {
      const p = new URLSearchParams(base);
      p.append('filter', `${dim}:${v}`);
      return api.values(p, signal).then(rows => new Set(rows.map(r => r.id)));
    }));
    cache.colours.set(key, top.map((v, i) => [v, idSets[i]]));
  }
  const sets = cache.colours.get(key);
  const groups = sets.map(([name]) => ({ name, points: [] }));
  const rest = { name: `other or no ${dimensionLabel(dim).toLowerCase()}`, points: [], rest: true };
  for (const p of points) {
    const at = sets.findIndex(([, ids]) => ids.has(p.row.id)); // a paper with several values: its most frequent one
    (at < 0 ? rest : groups[at]).points.push(p);
  }
  return [...groups, rest].filter(g => g.points.length);
}

function tableSection(rows, state, counts, nav) {
  const columns = state.columns.length ? state.columns.filter(c => COLUMNS[c]) : DEFAULT_COLUMNS;
  const desc = state.order.startsWith('-');
  const orderBy = COLUMNS[state.order.replace(/^-/, '')] ? state.order.replace(/^-/, '') : null;
  const sorted = orderBy
    ? rows.map((r, i) => [r, i]).sort(([a, i], [b, j]) => (desc ? -1 : 1) * COLUMNS[orderBy].sort(a, b) || i - j).map(([r]) => r)
    : rows;
  const shown = sorted.slice(0, SHOWN_ROWS);
  const properties = rangeFields().filter(r => counts.has(r.field)).map(r => [r.field, `${r.label} (${counts.get(r.field)})`]);
  const head = columns.map(c => {
    const sortedHere = orderBy === c;
    const button = el('button', { type: 'button', class: 'sort-by', dataset: { column: c, focusKey: 'sort-' + c } },
      COLUMNS[c].label, sortedHere ? (desc ? ' ▾' : ' ▴') : '');
    button.addEventListener('click', () => nav.go({ order: sortedHere && !desc ? '-' + c : c }));
    return el('th', { scope: 'col', class: 'col-' + c, 'aria-sort': sortedHere ? (desc ? 'descending' : 'ascending') : null }, button);
  });
  return el('section', { class: 'values-section', 'aria-labelledby': 'values-heading' },
    el('h2', { id: 'values-heading', class: 'visually-hidden' }, 'Values'),
    el('div', { class: 'controls' },
      chooser('Properties', 'choose-properties', properties, state.properties.length ? state.properties : properties.map(([f]) => f),
        v => nav.go({ properties: v.length === properties.length ? [] : v })),
      chooser('Columns', 'choose-columns', Object.entries(COLUMNS).map(([c, d]) => [c, d.label]), columns,
        v => nav.go({ columns: sameSet(v, DEFAULT_COLUMNS) ? [] : v }))),
    el('div', { class: 'table-wrap' }, el('table', { class: 'data values-table', id: 'values-table' },
      el('thead', {}, el('tr', {}, head)),
      el('tbody', {}, shown.map(r => el('tr', { dataset: { paper: r.id, property: r.property, value: r.value ?? '' } },
        columns.map(c => el('td', { class: [COLUMNS[c].num ? 'num' : '', 'col-' + c].join(' ').trim() },
          COLUMNS[c].cell(r, nav)))))))),
    rows.length > SHOWN_ROWS ? el('p', { class: 'muted small', id: 'values-more' },
      `The first ${SHOWN_ROWS.toLocaleString('en')} of ${rows.length.toLocaleString('en')} values are shown; the CSV has them all.`) : null);
}

const sameSet = (a, b) => a.length === b.length && a.every(x => b.includes(x));

/** A dropdown of checkboxes [value, text] with chosen ticked; Apply calls onChange with the ticked values. */
function chooser(label, id, options, chosen, onChange) {
  const details = el('details', { class: 'chooser', id },
    el('summary', {}, label, el('span', { class: 'muted' }, ` ${chosen.length} of ${options.length}`)));
  const boxes = options.map(([value, text]) => {
    const box = el('input', { type: 'checkbox', value, id: `${id}-${value}`, checked: chosen.includes(value) });
    return el('li', {}, box, el('label', { for: `${id}-${value}` }, text));
  });
  const apply = el('button', { type: 'button', class: 'small' }, 'Apply');
  apply.addEventListener('click', () => {
    const picked = [...details.querySelectorAll('input:checked')].map(b => b.value);
    if (picked.length) onChange(picked);
  });
  details.append(el('ul', { class: 'chooser-list' }, boxes), apply);
  return details;
}
