// One search hit: title (a link to the paper view), authors, year, journal, DOI, citations, open-access link,
// snippet, topics, numbers.
import { el, markedText } from './dom.js';
import { formatNumber, formatProperty } from './units.js';
import { dimensionLabel, rangeLabel, valueLabel } from './labels.js';

const MAX_AUTHORS = 6;
const MAX_PROPERTIES = 6;

/** @param href the address of the paper view; @param onOpen called on a plain click of the title */
export function renderHit(hit, href, onOpen) {
  const link = el('a', { href, class: 'hit-title', dataset: { paper: hit.id } }, hit.title || '(untitled)');
  link.addEventListener('click', e => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(hit.id);
  });
  return el('li', { class: 'hit' },
    el('article', { 'aria-labelledby': 'h-' + hit.id },
      el('h3', { id: 'h-' + hit.id }, link),
      meta(hit),
      hit.snippet ? el('p', { class: 'snippet' }, markedText(hit.snippet)) : null,
      topics(hit.topics),
      properties(hit.properties)));
}

/** Authors · year · journal · DOI · citations · open-access link, for a hit or a paper. */
export function meta(p) {
  const parts = [];
  const authors = p.authors || [];
  if (authors.length) {
    parts.push(el('span', { class: 'authors' }, authors.slice(0, MAX_AUTHORS).join(', ')
      + (authors.length > MAX_AUTHORS ? ` et al. (${authors.length})` : '')));
  }
  if (p.year) parts.push(el('span', { class: 'year' }, String(p.year)));
  if (p.journal) parts.push(el('span', { class: 'journal' }, p.journal));
  if (p.doi) parts.push(doiLink(p.doi));
  if (Number.isFinite(p.citations)) {
    parts.push(el('span', { class: 'citations' }, `${formatNumber(p.citations)} citation${p.citations === 1 ? '' : 's'}`));
  }
  if (p.oa_url && /^https?:\/\//i.test(p.oa_url)) {
    parts.push(el('a', { href: p.oa_url, rel: 'noopener noreferrer', target: '_blank', class: 'oa' }, 'Open access'));
  }
  const line = el('p', { class: 'meta' });
  parts.forEach((part, i) => { if (i) line.append(el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · ')); line.append(part); });
  return line;
}

export function doiLink(doi) {
  return el('a', { href: 'https://doi.org/' + doi.split('/').map(encodeURIComponent).join('/'),
    rel: 'noopener noreferrer', target: '_blank', class: 'doi' }, 'doi:' + doi);
}

function topics(t) {
  const chips = [];
  for (const [dim, values] of Object.entries(t || {})) {
    for (const v of values) {
      chips.push(el('li', { class: 'topic', title: dimensionLabel(dim) },
        el('span', { class: 'topic-dim' }, dimensionLabel(dim) + ' '), valueLabel(v)));
    }
  }
  return chips.length ? el('ul', { class: 'topics', 'aria-label': 'Topics' }, chips) : null;
}

/** The extracted numbers, each property once with its values: "Specific capacity 1,058.6 mAh/g". */
function properties(list) {
  if (!list || list.length === 0) return null;
  const seen = new Set();
  const items = [];
  for (const p of list) {
    const text = formatProperty(p);
    const key = p.name + text;
    if (seen.has(key) || items.length >= MAX_PROPERTIES) continue;
    seen.add(key);
    items.push(el('li', { class: 'prop' }, el('span', { class: 'prop-name' }, rangeLabel(p.name)), ' ',
      el('span', { class: 'prop-value' }, text)));
  }
  const more = list.length - seen.size;
  return el('ul', { class: 'props-inline', 'aria-label': 'Extracted values' }, items,
    more > 0 && seen.size >= MAX_PROPERTIES ? el('li', { class: 'prop muted' }, '…') : null);
}
