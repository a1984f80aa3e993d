// The result list: total and time, sort, exports of the whole result set, hits, paging, empty state.
import { el, replace } from './dom.js';
import { SIZE, exportUrl } from './api.js';
import { searchParams, withSearch } from './state.js';
import { renderHit } from './hit.js';

const MAX_HITS = 10000; // page * size at most this (API.md)
const EXPORTS = [['csv', 'CSV'], ['jsonl', 'JSONL'], ['bibtex', 'BibTeX'], ['ris', 'RIS']];

/**
 * @param nav {href(state) the address of a state, go(state) shows it, open(id) opens a paper}
 */
export function renderResults(container, result, state, nav) {
  const params = searchParams(state);
  const header = el('div', { class: 'results-head' },
    el('p', { class: 'total' },
      el('strong', { id: 'total', dataset: { total: String(result.total) } }, result.total.toLocaleString('en')),
      result.total === 1 ? ' paper' : ' papers',
      el('span', { class: 'muted took' }, ` · ${result.took_ms} ms`)),
    sortSelect(state, nav),
    result.total === 0 ? null : el('p', { class: 'exports' }, 'Export all: ',
      EXPORTS.map(([f, label], i) => [i ? ' ' : null,
        el('a', { href: exportUrl(params, f), download: '', class: 'export', dataset: { format: f } }, label)])));

  const parts = [header];
  if (result.suggestion && result.total > 0) parts.push(didYouMean(result.suggestion, state, nav));
  if (result.hits.length === 0 && result.total > 0) {
    parts.push(pastTheEnd(result.total, state, nav));
  } else if (result.hits.length === 0) {
    parts.push(empty(result, state, nav));
  } else {
    const list = el('ol', { class: 'hits', start: String((state.page - 1) * SIZE + 1), 'aria-label': 'Results' },
      result.hits.map(h => renderHit(h, nav.href({ ...state, paper: h.id }), nav.open)));
    parts.push(list, pager(result.total, state, nav));
  }
  replace(container, parts);
}

function sortSelect(state, nav) {
  const select = el('select', { id: 'sort', dataset: { focusKey: 'sort' } },
    [['relevance', 'Relevance'], ['-date', 'Newest first'], ['date', 'Oldest first'], ['-citations', 'Most cited']]
      .map(([v, label]) => el('option', { value: v, selected: state.sort === v }, label)));
  select.addEventListener('change', () => nav.go(withSearch(state, { sort: select.value })));
  return el('p', { class: 'sort' }, el('label', { for: 'sort' }, 'Sort by '), select);
}

function didYouMean(suggestion, state, nav) {
  const next = withSearch(state, { q: suggestion });
  const link = el('a', { href: nav.href(next), id: 'did-you-mean' }, suggestion);
  link.addEventListener('click', e => { e.preventDefault(); nav.go(next); });
  return el('p', { class: 'did-you-mean' }, 'Did you mean ', link, '?');
}

function empty(result, state, nav) {
  const box = el('div', { class: 'empty', id: 'empty' },
    el('h2', {}, 'No papers match'),
    state.q ? el('p', {}, 'Nothing matches ', el('q', {}, state.q),
      state.filters.length || Object.keys(state.ranges).length ? ' with the selected filters.' : '.') : null);
  if (result.suggestion) box.append(didYouMean(result.suggestion, state, nav));
  box.append(el('p', { class: 'muted' }, 'Try fewer words, remove a filter, or a prefix such as ', el('code', {}, 'anod*'), '.'));
  return box;
}

/** A page after the last one (an old address, or a search whose matches became fewer). */
function pastTheEnd(total, state, nav) {
  const last = { ...state, page: lastPage(total), paper: null };
  const link = el('a', { href: nav.href(last) }, `page ${last.page}`);
  link.addEventListener('click', e => { e.preventDefault(); nav.go(last); });
  return el('div', { class: 'empty', id: 'past-the-end' }, el('h2', {}, `There is no page ${state.page}`),
    el('p', {}, 'The last page of these results is ', link, '.'));
}

function lastPage(total) {
  return Math.max(1, Math.min(Math.ceil(total / SIZE), Math.floor(MAX_HITS / SIZE)));
}

function pager(total, state, nav) {
  const pages = lastPage(total);
  if (pages === 1) return null;
  const link = (page, text, label, rel) => {
    const next = { ...state, page, paper: null };
    const a = el('a', { href: nav.href(next), 'aria-label': label, rel, class: 'page',
      'aria-current': page === state.page ? 'page' : null }, text);
    a.addEventListener('click', e => { e.preventDefault(); nav.go(next); });
    return el('li', {}, a);
  };
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, '← Previous', 'Previous page', 'prev'));
  for (const p of pageNumbers(state.page, pages)) {
    items.push(p === null ? el('li', { class: 'gap', 'aria-hidden': 'true' }, '…') : link(p, String(p), `Page ${p}`));
  }
  if (state.page < pages) items.push(link(state.page + 1, 'Next →', 'Next page', 'next'));
  return el('nav', { class: 'pager', 'aria-label': 'Pages' }, el('ul', {}, items));
}

/** 1 … 4 5 [6] 7 8 … 40 */
function pageNumbers(current, pages) {
  const shown = new Set([1, pages]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((p, i) => { if (i && p - sorted[i - 1] > 1) out.push(null); out.push(p); });
  return out;
}
