// Range inputs for the numeric properties of /api/facets (specific capacity, capacity retention, ...),
// with their units and the smallest and largest value the index holds as placeholders.
import { el, replace } from './dom.js';
import { formatAmount, writtenUnit } from './units.js';
import { rangeFields } from './labels.js';

const open = { value: null };

/**
 * @param ranges the selected ranges {field: {min, max}}; @param bounds the API's `ranges` {field: {min, max}}
 * @param onRange called with (field, min, max)
 */
export function renderProperties(container, ranges, bounds, onRange) {
  const fields = rangeFields().filter(r => r.field !== 'year');
  const active = fields.filter(r => ranges[r.field]).length;
  const details = el('details', { class: 'facet', open: open.value ?? active > 0 },
    el('summary', {}, el('span', { class: 'facet-name' }, 'Measured properties'),
      active ? el('span', { class: 'facet-selected' }, `${active} set`) : null));
  details.addEventListener('toggle', () => { open.value = details.open; });
  details.append(el('p', { class: 'muted small' }, 'Papers reporting a value in the range.'));
  for (const r of fields) details.append(fieldForm(r, ranges[r.field], bounds?.[r.field], onRange));
  replace(container, details);
}

function fieldForm(r, range, bound, onRange) {
  const id = 'range-' + r.field;
  const unit = r.unit ? ` (${writtenUnit(r.unit)})` : '';
  const input = (end, value, placeholder) => el('input', { type: 'number', step: 'any', id: `${id}-${end}`,
    value: value ?? '', placeholder: placeholder === undefined ? end : formatAmount(placeholder, r.unit),
    'aria-label': `${r.label} ${end === 'min' ? 'at least' : 'at most'}${unit}`, dataset: { focusKey: `${id}-${end}` } });
  const min = input('min', range?.min, bound?.min);
  const max = input('max', range?.max, bound?.max);
  const form = el('form', { class: 'range-form property' + (range ? ' active' : ''), dataset: { field: r.field } },
    el('span', { class: 'range-label', id: id + '-label' }, r.label, r.unit ? el('span', { class: 'unit' }, ' ' + writtenUnit(r.unit)) : null),
    el('span', { class: 'range-inputs' }, min, el('span', { 'aria-hidden': 'true' }, '–'), max,
      el('button', { type: 'submit', class: 'small', 'aria-label': `Apply ${r.label} range` }, 'Apply')));
  form.setAttribute('aria-labelledby', id + '-label');
  form.addEventListener('submit', e => { e.preventDefault(); onRange(r.field, min.value.trim(), max.value.trim()); });
  return form;
}
