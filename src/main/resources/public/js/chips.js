// The selected filters and ranges as removable chips above the results, and "clear all".
import { el, replace } from './dom.js';
import { filterLabel, rangeLabel, unit } from './labels.js';
import { writtenUnit } from './units.js';

/** @param on {removeFilter(f), removeRange(field), clear()} */
export function renderChips(container, state, on) {
  const chips = [];
  for (const f of state.filters) {
    chips.push(chip(filterLabel(f), () => on.removeFilter(f), 'filter:' + f));
  }
  for (const [field, r] of Object.entries(state.ranges)) {
    const conditions = (r.conditions ?? []).map(c => `, ${rangeLabel(c.key)} ${withUnit(c.key, c)}`).join('');
    chips.push(chip(`${rangeLabel(field)}: ${withUnit(field, r)}${conditions}`,
      () => on.removeRange(field), 'range:' + field));
  }
  if (chips.length === 0) { replace(container); return; }
  const clear = el('button', { type: 'button', class: 'link', id: 'clear-all' }, 'Clear all');
  clear.addEventListener('click', on.clear);
  replace(container, el('ul', { class: 'chip-list', 'aria-label': 'Selected filters' }, chips), clear);
}

function withUnit(field, r) {
  return describe(r) + (unit(field) ? ' ' + writtenUnit(unit(field)) : '');
}

function describe(r) {
  if (r.min !== '' && r.max !== '') return r.min === r.max ? r.min : `${r.min}–${r.max}`;
  return r.min !== '' ? `≥ ${r.min}` : `≤ ${r.max}`;
}

function chip(text, remove, key) {
  const button = el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${text}`,
    dataset: { chip: key } }, '×');
  button.addEventListener('click', remove);
  return el('li', { class: 'chip' }, el('span', {}, text), button);
}
