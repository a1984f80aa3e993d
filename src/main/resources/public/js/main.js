// Wires the page: the URL is the state; every change pushes an address and renders it.
import * as api from './api.js';
import { el, replace } from './dom.js';
import { emptyState, fromUrl, searchKey, searchParams, setRange, toUrl, toggleFilter, withSearch } from './state.js';
import { setTaxonomy } from './labels.js';
import { renderFacets } from './facets.js';
import { renderYears } from './years.js';
import { propertiesOpen, propertyFields, renderProperties, showHistograms } from './properties.js';
import { renderChips } from './chips.js';
import { renderResults } from './results.js';
import { renderPaper, renderSimilar } from './paper.js';
import { renderCompare } from './compare.js';
import { attachSuggest } from './suggest.js';

const $ = id => document.getElementById(id);
let state = fromUrl();
let shownSearch = null;   // searchKey of what the results show
let searching = null;     // AbortController of the search under way
let opening = null;       // AbortController of the paper being loaded
let comparing = null;     // AbortController of the compare view's values being loaded
let facets = null;        // the facet counts the results show (the compare view colours by them)
// The property histograms of one search (key: its searchParams), asked for only while their panel is open:
// by the search itself or, where the panel opens on a search shown without them, by a request of their own.
let histograms = { key: null, value: null, by: null }; // by: the AbortController of the request that asks
let suggestions = null;   // the search box's completions
let typing = null;        // timer of the search as you type
let typedEntry = false;   // whether the current history entry was made by typing (later keys replace it)
const TYPE_DELAY_MS = 300; // a pause in typing this long searches what is typed

/**
 * Results as you type: after a pause, searches the box's text. The first such search of a query makes a
 * history entry and the next ones replace it, so Back returns to the search before, not to every prefix.
 * A query that does not parse yet (an open quote) keeps the results shown; Enter says why.
 */
function searchAsYouType() {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const q = $('q').value;
    if (q.trim() === state.q.trim()) return;
    const next = withSearch(state, { q });
    if (typedEntry) history.replaceState(null, '', toUrl(next)); else history.pushState(null, '', toUrl(next));
    typedEntry = true;
    state = next;
    document.title = q.trim() ? `${q.trim()} · Anodex` : 'Anodex: battery-materials literature search';
    closePaper();
    search(true);
  }, TYPE_DELAY_MS);
}

/** Shows next and records it in the history (so back and forward work, and the address can be shared). */
function go(next) {
  clearTimeout(typing);
  typedEntry = false;
  const url = toUrl(next);
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  state = next;
  render();
}

const nav = {
  go,
  href: s => toUrl(s),
  open: id => go({ ...state, paper: id, mark: null }),
};

/** The compare view's links: changes of the state (its axes, columns, order) and papers opened at a value. */
const compareNav = {
  href: changes => toUrl({ ...state, ...changes }),
  go: changes => go({ ...state, ...changes }),
  open: changes => go({ ...state, ...changes }),
};

function render() {
  suggestions?.close();
  $('q').value = state.q;
  document.title = state.q ? `${state.q} · Anodex` : 'Anodex: battery-materials literature search';
  renderChips($('chips'), state, {
    removeFilter: f => go(toggleFilter(state, f)),
    removeRange: field => go(setRange(state, field, '', '')),
    clear: () => go(withSearch(state, { filters: [], ranges: {} })),
  });
  renderViewTabs();
  search().then(() => { if (!state.paper) showView(); });
  if (state.paper) openPaper(state.paper, state.mark); else closePaper();
}

function renderViewTabs() {
  for (const view of ['papers', 'compare']) {
    const tab = $('view-' + view);
    const next = { ...state, view, paper: null, mark: null };
    tab.href = toUrl(next);
    if (state.view === view) tab.setAttribute('aria-current', 'page'); else tab.removeAttribute('aria-current');
    tab.onclick = e => { if (e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey) { e.preventDefault(); go(next); } };
  }
}

/** Shows the result list or the compare view, whichever the state asks for (once its search is shown). */
async function showView() {
  const compare = state.view === 'compare';
  $('results').hidden = compare;
  $('compare').hidden = !compare;
  if (!compare) { comparing?.abort(); replace($('compare')); return; }
  if (shownSearch !== searchKey(state)) { // a search failed (its error is shown) or another is under way
    if (!$('error').hidden) replace($('compare'));
    return;
  }
  comparing?.abort();
  const controller = new AbortController();
  comparing = controller;
  try {
    await renderCompare($('compare'), state, facets, compareNav, controller.signal);
  } catch (e) {
    if (e.name === 'AbortError' || controller !== comparing) return;
    replace($('compare'), el('div', { class: 'error', role: 'alert' }, el('strong', {}, e.title || 'Something went wrong'),
      e.detail ? el('p', {}, e.detail) : null));
  }
}

async function search(typed = false) {
  const key = searchKey(state);
  if (key === shownSearch) return;
  searching?.abort();
  const controller = new AbortController();
  searching = controller;
  const params = searchParams(state);
  setBusy(true);
  try {
    const years = state.ranges.year ? withoutYearRange(params) : null;
    const withHistograms = propertiesOpen(state.ranges) && !histogramsAsked(params.toString());
    if (withHistograms) histograms = { key: params.toString(), value: null, by: controller };
    const [result, yearCounts] = await Promise.all([
      api.search(params, state.page, controller.signal, withHistograms ? propertyFieldNames() : []),
      years ? api.counts(years, 'year', controller.signal) : null,
    ]);
    if (controller !== searching) return;
    if (histograms.by === controller) histograms.value = result.histograms ?? {};
    shownSearch = key;
    hideError();
    showResult(result, (yearCounts || result).facets.year || []);
  } catch (e) {
    if (e.name === 'AbortError' || controller !== searching) return;
    if (histograms.by === controller) histograms = { key: null, value: null, by: null };
    if (typed && e.status === 400) { $('status').textContent = 'Press Enter to see what the query lacks'; return; }
    shownSearch = null;
    showError(e);
  } finally {
    if (controller === searching) setBusy(false);
  }
}

const propertyFieldNames = () => propertyFields().map(r => r.field);

/** Whether the histograms of the search key are answered or on their way. */
const histogramsAsked = key => histograms.key === key && (histograms.value !== null || !histograms.by.signal.aborted);

/** Asks for the histograms of the search shown (the panel was opened on it) and draws them when they come. */
async function fetchHistograms() {
  const params = searchParams(state);
  const key = params.toString();
  if (histogramsAsked(key)) return;
  const controller = new AbortController();
  histograms = { key, value: null, by: controller };
  try {
    const result = await api.histograms(params, propertyFieldNames(), controller.signal);
    if (histograms.by !== controller) return;
    histograms.value = result.histograms ?? {};
    const stillShown = searchParams(state).toString() === key && shownSearch === searchKey(state);
    if (stillShown) showHistograms($('props-panel'), histograms.value, onPropertyRange);
  } catch (e) {
    // The panel stays without bars; opening it again, or the next search, asks again.
    if (histograms.by === controller) histograms = { key: null, value: null, by: null };
  }
}

const onPropertyRange = (field, min, max, conditions) => go(setRange(state, field, min, max, conditions));

function withoutYearRange(params) {
  const p = new URLSearchParams(params);
  const others = p.getAll('range').filter(r => !r.startsWith('year:'));
  p.delete('range');
  others.forEach(r => p.append('range', r));
  return p;
}

function showResult(result, yearCounts) {
  const focusKey = document.activeElement?.dataset?.focusKey;
  facets = result.facets;
  renderResults($('results'), result, state, nav);
  renderFacets($('facets'), result.facets, state.filters, f => go(toggleFilter(state, f)));
  renderYears($('year-panel'), yearCounts, state.ranges.year, result.ranges?.year, (min, max) => go(setRange(state, 'year', min, max)));
  const key = searchParams(state).toString();
  const shown = histograms.key === key ? histograms.value : null;
  renderProperties($('props-panel'), state.ranges, result.ranges, shown, onPropertyRange, fetchHistograms);
  if (!shown && propertiesOpen(state.ranges)) fetchHistograms(); // opened while this search was on its way
  $('status').textContent = `${result.total.toLocaleString('en')} ${result.total === 1 ? 'paper' : 'papers'} found`;
  if (focusKey) document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
}

function setBusy(busy) {
  $('results-region').setAttribute('aria-busy', String(busy));
  document.body.classList.toggle('loading', busy);
  if (busy) $('status').textContent = 'Searching…';
}

function showError(e) {
  const box = $('error');
  replace(box, el('strong', {}, e.title || 'Something went wrong'), e.detail ? el('p', { id: 'error-detail' }, e.detail) : null);
  box.hidden = false;
  replace($('results'));
  $('status').textContent = '';
}

function hideError() {
  $('error').hidden = true;
  replace($('error'));
}

async function openPaper(id, mark) {
  const view = $('paper');
  $('results').hidden = true;
  $('compare').hidden = true;
  view.hidden = false;
  if (view.dataset.id === id && view.dataset.mark === (mark || '')) return;
  opening?.abort();
  const controller = new AbortController();
  opening = controller;
  view.dataset.id = id;
  view.dataset.mark = mark || '';
  view.setAttribute('aria-busy', 'true');
  replace(view, el('p', { class: 'muted' }, 'Loading paper…'));
  const paperNav = {
    backHref: toUrl({ ...state, paper: null, mark: null }),
    back: () => go({ ...state, paper: null, mark: null }),
    paperHref: other => toUrl({ ...state, paper: other, mark: null }),
    open: other => go({ ...state, paper: other, mark: null }),
  };
  try {
    const paper = await api.paper(id, controller.signal);
    if (controller !== opening) return;
    renderPaper(view, paper, paperNav, mark);
    document.title = `${paper.title} · Anodex`;
    view.focus({ preventScroll: true });
    const marked = view.querySelector('tr.marked');
    if (marked) marked.scrollIntoView({ block: 'center' }); else window.scrollTo(0, 0);
    const similar = await api.similar(id, controller.signal);
    if (controller === opening) renderSimilar(view, similar.hits || [], paperNav);
  } catch (e) {
    if (e.name === 'AbortError' || controller !== opening) return;
    const back = el('a', { href: paperNav.backHref, class: 'back' }, '← Results');
    back.addEventListener('click', ev => { ev.preventDefault(); paperNav.back(); });
    replace(view, el('p', {}, back), el('div', { class: 'error', role: 'alert' }, el('strong', {}, e.title),
      e.detail ? el('p', {}, e.detail) : null));
  } finally {
    if (controller === opening) view.removeAttribute('aria-busy');
  }
}

function closePaper() {
  opening?.abort();
  const view = $('paper');
  const closed = view.hidden ? null : view.dataset.id;
  if (closed !== null) {
    view.hidden = true;
    delete view.dataset.id;
    replace(view);
  }
  $('results').hidden = state.view === 'compare';
  // Back in the list, focus returns to the paper that was open.
  if (closed) document.querySelector(`#results a[data-paper="${CSS.escape(closed)}"]`)?.focus();
}

/** A picked suggestion: a topic becomes its filter, a term replaces the word being typed, a title a phrase. */
function picked(s, word) {
  const typed = $('q').value;
  const rest = typed.slice(0, typed.length - word.length).trimEnd();
  if (s.kind === 'topic' && s.filter) {
    const filters = state.filters.includes(s.filter) ? state.filters : [...state.filters, s.filter];
    go(withSearch(state, { q: rest, filters }));
  } else if (s.kind === 'title') {
    go(withSearch(state, { q: `"${s.text.replaceAll('"', '')}"` }));
  } else {
    const text = /\s/.test(s.text) ? `"${s.text.replaceAll('"', '')}"` : s.text;
    go(withSearch(state, { q: (rest ? rest + ' ' : '') + text }));
  }
}

function wire() {
  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    go(withSearch(state, { q: $('q').value }));
  });
  suggestions = attachSuggest($('q'), $('suggestions'), picked);
  $('q').addEventListener('input', searchAsYouType);
  $('home').addEventListener('click', e => { e.preventDefault(); go(emptyState()); });
  const toggle = $('filters-toggle');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    $('sidebar').classList.toggle('open', open);
  });
  document.addEventListener('keydown', e => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t.isContentEditable) return;
    e.preventDefault();
    $('q').focus();
    $('q').select();
  });
  window.addEventListener('popstate', () => { clearTimeout(typing); typedEntry = false; state = fromUrl(); render(); });
}

async function start() {
  wire();
  try {
    setTaxonomy(await api.taxonomy());
  } catch (e) {
    showError(e);
    return;
  }
  render();
}

start();
