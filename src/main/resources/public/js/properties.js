// Range inputs for the numeric properties of /api/facets (specific capacity, capacity retention, ...),
// with their units, the smallest and largest value the index holds as placeholders, and above them the
// histogram of the search's papers by value (the search's `histograms`, asked for only while the panel is
// open): a bar per bucket, its count said on hover and focus, a click sets the range to the bucket.
import { el, replace } from './dom.js';
import { formatAmount, formatValue, writtenUnit } from './units.js';
import { LINKED_CONDITIONS, rangeFields } from './labels.js';

const open = { value: null };

/** The property fields of the panel (the year has its own histogram). */
export const propertyFields = () => rangeFields().filter(r => r.field !== 'year');

/** Whether the panel is open: as the user left it, else where a property range is set. */
export function propertiesOpen(ranges) {
  return open.value ?? propertyFields().some(r => ranges[r.field]);
}

/**
 * @param ranges the selected ranges {field: {min, max}}; @param bounds the API's `ranges` {field: {min, max}}
 * @param histograms the API's `histograms` {field: [{from, to, count}]}, or null where not (yet) asked for
 * @param onRange called with (field, min, max, conditions): conditions [{key, min, max}] that the same value
 * must carry (a linked range); @param onOpen called when the panel opens (by the user, or drawn open)
 */
export function renderProperties(container, ranges, bounds, histograms, onRange, onOpen) {
  const fields = propertyFields();
  const active = fields.filter(r => ranges[r.field]).length;
  const details = el('details', { class: 'facet', open: propertiesOpen(ranges) },
    el('summary', {}, el('span', { class: 'facet-name' }, 'Measured properties'),
      active ? el('span', { class: 'facet-selected' }, `${active} set`) : null));
  details.addEventListener('toggle', () => {
    open.value = details.open;
    if (details.open) onOpen();
  });
  details.append(el('p', { class: 'muted small' }, 'Papers reporting a value in the range; "of the same value" '
    + 'asks for one measurement with its own condition in range (retention ≥ 80 % after ≥ 500 cycles).'));
  for (const r of fields) details.append(fieldForm(r, ranges[r.field], bounds?.[r.field], onRange));
  replace(container, details);
  showHistograms(container, histograms, onRange);
}

/** Draws each field's histogram above its inputs, in place of any drawn before (the panel stays as it is). */
export function showHistograms(container, histograms, onRange) {
  for (const r of propertyFields()) {
    const form = container.querySelector(`form.property[data-field="${CSS.escape(r.field)}"]`);
    if (!form) continue;
    form.querySelector(':scope > .hist')?.remove();
    const bars = histogram(r, histograms?.[r.field] || [], ([min, max]) => onRange(r.field, min, max));
    if (bars) form.insertBefore(bars, form.children[1]);
  }
}

/** The field's buckets from the first to the last that counts a paper; null where none does. */
function histogram(r, buckets, onBucket) {
  const first = buckets.findIndex(b => b.count > 0);
  if (first < 0) return null;
  const shown = buckets.slice(first, buckets.length - [...buckets].reverse().findIndex(b => b.count > 0));
  const peak = Math.max(...shown.map(b => b.count));
  const label = b => `${formatValue(b.from, b.to, r.unit)}: ${b.count.toLocaleString('en')} ${b.count === 1 ? 'paper' : 'papers'}`;
  const caption = el('span', { class: 'hist-caption muted small', 'aria-hidden': 'true' }, label(shown.find(b => b.count === peak)));
  const chart = el('div', { class: 'histogram mini', role: 'group', 'aria-label': `${r.label}: papers by value`,
    dataset: { field: r.field } });
  for (const b of shown) {
    const bar = el('button', { type: 'button', class: 'bar', title: label(b), 'aria-label': label(b),
      dataset: { from: String(b.from), to: String(b.to), count: String(b.count) } }, el('span', { class: 'bar-fill' }));
    bar.firstChild.style.setProperty('--h', b.count ? Math.max(6, Math.round(100 * b.count / peak)) + '%' : '0');
    bar.addEventListener('click', () => onBucket([String(b.from), String(b.to)]));
    for (const show of ['mouseenter', 'focus']) bar.addEventListener(show, () => { caption.textContent = label(b); });
    chart.append(bar);
  }
  chart.append(el('div', { class: 'axis', 'aria-hidden': 'true' },
    el('span', {}, formatAmount(shown[0].from, r.unit)), el('span', {}, formatAmount(shown[shown.length - 1].to, r.unit))));
  return el('div', { class: 'hist' }, chart, caption);
}

function fieldForm(r, range, bound, onRange) {
  const id = 'range-' + r.field;
  const unit = r.unit ? ` (${writtenUnit(r.unit)})` : '';
  const input = (end, value, placeholder) => el('input', { type: 'number', step: 'any', id: `${id}-${end}`,
    value: value ?? '', placeholder: placeholder === undefined ? end : formatAmount(placeholder, r.unit),
    'aria-label': `${r.label} ${end === 'min' ? 'at least' : 'at most'}${unit}`, dataset: { focusKey: `${id}-${end}` } });
  const min = input('min', range?.min, bound?.min);
  const max = input('max', range?.max, bound?.max);
  const linked = LINKED_CONDITIONS.includes(r.field) ? null : conditionInputs(r, range?.conditions ?? []);
  const form = el('form', { class: 'range-form property' + (range ? ' active' : ''), dataset: { field: r.field } },
    el('span', { class: 'range-label', id: id + '-label' }, r.label, r.unit ? el('span', { class: 'unit' }, ' ' + writtenUnit(r.unit)) : null),
    el('span', { class: 'range-inputs' }, min, el('span', { 'aria-hidden': 'true' }, '–'), max,
      el('button', { type: 'submit', class: 'small', 'aria-label': `Apply ${r.label} range` }, 'Apply')),
    linked?.row);
  form.setAttribute('aria-labelledby', id + '-label');
  form.addEventListener('submit', e => {
    e.preventDefault();
    onRange(r.field, min.value.trim(), max.value.trim(), linked ? linked.conditions() : []);
  });
  return form;
}

/**
 * One linked condition of the same value (the first of the range's; any further ones from the address are
 * kept as they are): a condition to choose and its bounds.
 */
function conditionInputs(r, conditions) {
  const id = `range-${r.field}-cond`;
  const first = conditions[0];
  const labels = new Map(rangeFields().map(f => [f.field, f]));
  const key = el('select', { id: `${id}-key`, 'aria-label': `${r.label}: condition of the same value`,
    dataset: { focusKey: `${id}-key` } }, el('option', { value: '' }, 'any conditions'),
  LINKED_CONDITIONS.map(k => el('option', { value: k, selected: first?.key === k },
    labels.get(k)?.label ?? k.replaceAll('_', ' '))));
  const bound = (end, value) => el('input', { type: 'number', step: 'any', id: `${id}-${end}`, value: value ?? '',
    placeholder: end, 'aria-label': `${r.label}: condition ${end === 'min' ? 'at least' : 'at most'}`,
    dataset: { focusKey: `${id}-${end}` } });
  const min = bound('min', first?.min);
  const max = bound('max', first?.max);
  const row = el('span', { class: 'range-inputs linked' }, el('span', { class: 'muted small' }, 'of the same value:'),
    key, min, el('span', { 'aria-hidden': 'true' }, '–'), max);
  const read = () => {
    const chosen = key.value ? [{ key: key.value, min: min.value.trim(), max: max.value.trim() }] : [];
    return [...chosen, ...conditions.slice(1).filter(c => c.key !== key.value)];
  };
  return { row, conditions: read };
}
