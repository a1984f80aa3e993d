// The facet sidebar: one section per dimension, multi-select checkboxes with the API's drill-sideways
// counts, child values that expand and collapse, a filter box inside long lists.
import { el, replace } from './dom.js';
import { dimension, dimensionKeys, dimensionLabel } from './labels.js';

const SHOWN = 8;          // values visible before "show all"
const FILTER_BOX_AT = 10; // a list this long gets a filter box
const HIDDEN_DIMS = new Set(['year']); // the year has its histogram

/** What the user opened or typed in the sidebar; survives re-rendering after every search. */
const ui = { open: new Map(), expanded: new Set(), showAll: new Set(), text: new Map() };

/**
 * Renders every dimension of the taxonomy into container.
 * @param counts the `facets` of a search answer; @param filters the selected DIM:VALUE filters
 * @param onToggle called with a DIM:VALUE filter when its checkbox changes
 */
export function renderFacets(container, counts, filters, onToggle) {
  const sections = dimensionKeys().filter(k => !HIDDEN_DIMS.has(k))
    .map(key => section(key, counts[key] || [], filters, onToggle))
    .filter(Boolean);
  replace(container, sections);
}

function section(key, values, filters, onToggle) {
  const count = new Map(values.map(v => [v.value, v.count]));
  const selected = new Set(filters.filter(f => f.startsWith(key + ':')).map(f => f.slice(key.length + 1)));
  for (const s of selected) if (!count.has(s)) count.set(s, 0);
  const nodes = tree(key, count);
  if (nodes.length === 0) return null;

  const id = 'facet-' + key;
  const open = ui.open.has(key) ? ui.open.get(key) : selected.size > 0 || ['material', 'binder', 'electrolyte'].includes(key);
  const details = el('details', { class: 'facet', id, open, dataset: { dim: key } },
    el('summary', {}, el('span', { class: 'facet-name' }, dimensionLabel(key)),
      selected.size ? el('span', { class: 'facet-selected' }, `${selected.size} selected`) : null));
  details.addEventListener('toggle', () => ui.open.set(key, details.open));

  const total = countNodes(nodes);
  const text = (ui.text.get(key) || '').trim().toLowerCase();
  if (total >= FILTER_BOX_AT) {
    const input = el('input', { type: 'search', class: 'facet-filter', id: id + '-filter', value: ui.text.get(key) || '',
      placeholder: `Filter ${dimensionLabel(key).toLowerCase()}…`, 'aria-label': `Filter ${dimensionLabel(key)} values`,
      dataset: { focusKey: id + '-filter' } });
    input.addEventListener('input', () => {
      ui.text.set(key, input.value);
      const list = details.querySelector('ul.values');
      list.replaceWith(valueList(key, nodes, selected, onToggle, input.value.trim().toLowerCase()));
    });
    details.append(el('div', { class: 'facet-filter-row' }, input));
  }
  details.append(valueList(key, nodes, selected, onToggle, text));
  return details;
}

/** The values with a count (or a selection) as a tree that follows the taxonomy's order of parents. */
function tree(key, count) {
  const nodes = new Map();
  const roots = [];
  const paths = [...count.keys()].sort((a, b) => a.split('/').length - b.split('/').length);
  for (const path of paths) {
    const node = { path, label: path.slice(path.lastIndexOf('/') + 1), count: count.get(path), children: [] };
    nodes.set(path, node);
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null;
    if (parent !== null && !nodes.has(parent)) { // a child whose parent was cut by facet_size
      const p = { path: parent, label: parent.slice(parent.lastIndexOf('/') + 1), count: null, children: [] };
      nodes.set(parent, p);
      (parent.includes('/') ? nodes.get(parent.slice(0, parent.lastIndexOf('/')))?.children ?? roots : roots).push(p);
    }
    (parent === null ? roots : nodes.get(parent).children).push(node);
  }
  const byCount = (a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label);
  const sort = list => { list.sort(byCount); list.forEach(n => sort(n.children)); return list; };
  return sort(roots);
}

function countNodes(nodes) {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

function matches(node, text) {
  return !text || node.path.toLowerCase().includes(text) || node.children.some(c => matches(c, text));
}

function valueList(key, nodes, selected, onToggle, text) {
  const visible = nodes.filter(n => matches(n, text));
  const all = text || ui.showAll.has(key);
  const list = el('ul', { class: 'values' },
    (all ? visible : visible.slice(0, SHOWN)).map(n => valueItem(key, n, selected, onToggle, text)));
  if (visible.length === 0) list.append(el('li', { class: 'none' }, 'No value matches.'));
  if (!text && visible.length > SHOWN) {
    const more = el('button', { type: 'button', class: 'link more', dataset: { focusKey: `more-${key}` } },
      all ? 'Show fewer' : `Show all ${visible.length}`);
    more.addEventListener('click', () => {
      if (ui.showAll.has(key)) ui.showAll.delete(key); else ui.showAll.add(key);
      list.replaceWith(valueList(key, nodes, selected, onToggle, text));
      document.querySelector(`[data-focus-key="more-${CSS.escape(key)}"]`)?.focus();
    });
    list.append(el('li', { class: 'more-row' }, more));
  }
  return list;
}

function valueItem(key, node, selected, onToggle, text) {
  const filter = `${key}:${node.path}`;
  const id = 'f-' + key + '-' + node.path.replace(/[^A-Za-z0-9_-]/g, c => '_' + c.charCodeAt(0).toString(16));
  const box = el('input', { type: 'checkbox', id, checked: selected.has(node.path),
    dataset: { filter, focusKey: id } });
  box.addEventListener('change', () => onToggle(filter));
  const row = el('div', { class: 'value' }, box,
    el('label', { for: id }, el('span', { class: 'value-name' }, node.label),
      node.count === null ? null : el('span', { class: 'count' }, node.count.toLocaleString('en'))));
  const item = el('li', {}, row);
  if (node.children.length) {
    const childSelected = [...selected].some(s => s.startsWith(node.path + '/'));
    const expanded = Boolean(text) || childSelected || ui.expanded.has(filter);
    const children = el('ul', { class: 'values children', id: id + '-children', hidden: !expanded },
      node.children.filter(c => matches(c, text)).map(c => valueItem(key, c, selected, onToggle, text)));
    const toggle = el('button', { type: 'button', class: 'expand', 'aria-expanded': String(expanded),
      'aria-controls': id + '-children', 'aria-label': `Values under ${node.label}`, dataset: { focusKey: id + '-x' } });
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      children.hidden = !open;
      if (open) ui.expanded.add(filter); else ui.expanded.delete(filter);
    });
    row.prepend(toggle);
    item.append(children);
  } else {
    row.prepend(el('span', { class: 'expand-spacer', 'aria-hidden': 'true' }));
  }
  return item;
}

/** Whether a dimension key is one the sidebar shows (the taxonomy, journal, format). */
export function isFacet(key) {
  return Boolean(dimension(key)) && !HIDDEN_DIMS.has(key);
}
