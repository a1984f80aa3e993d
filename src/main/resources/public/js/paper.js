// The paper view: abstract, every topic with the phrase that signalled it, every extracted property with
// value, unit, conditions and evidence, similar papers, and the paper as BibTeX or RIS.
import { el, replace, textWithMark } from './dom.js';
import { exportUrl } from './api.js';
import { dimensionLabel, rangeLabel, unit, valueLabel } from './labels.js';
import { doiLink, meta } from './hit.js';
import { formatProperty, formatValue } from './units.js';

/**
 * @param nav {back() closes the view, backHref its address, paperHref(id), open(id)}
 * @param mark PROPERTY:VALUE of the value to mark (its row and evidence), as the compare view links it
 */
export function renderPaper(container, paper, nav, mark) {
  const back = el('a', { href: nav.backHref, class: 'back', id: 'back-to-results' }, '← Results');
  back.addEventListener('click', e => { e.preventDefault(); nav.back(); });
  replace(container,
    el('p', {}, back),
    el('h2', { id: 'paper-title', class: 'paper-title' }, paper.title || '(untitled)'),
    meta(paper),
    cite(paper),
    paper.file_url ? el('p', { class: 'file' }, el('a', { href: paper.file_url, target: '_blank', rel: 'noopener', id: 'paper-file' },
      `Open the ${(paper.format || 'file').toUpperCase()} file`)) : null,
    section('Abstract', paper.abstract ? el('p', { class: 'abstract' }, paper.abstract) : el('p', { class: 'muted' }, 'No abstract.')),
    paper.keywords?.length ? section('Keywords', el('p', {}, paper.keywords.join('; '))) : null,
    section('Topics', topics(paper.topics)),
    section('Measured properties', properties(paper.properties, mark)),
    el('section', { 'aria-labelledby': 'similar-heading', class: 'paper-section' },
      el('h3', { id: 'similar-heading' }, 'Similar papers'),
      el('div', { id: 'similar' }, el('p', { class: 'muted' }, 'Loading…'))),
    el('p', { class: 'muted small source' }, `Source: ${paper.source || '?'} (${paper.format || '?'})`));
}

/** Fills the similar papers once they have arrived. */
export function renderSimilar(container, hits, nav) {
  const target = container.querySelector('#similar');
  if (!target) return;
  if (!hits.length) { replace(target, el('p', { class: 'muted' }, 'None found.')); return; }
  replace(target, el('ul', { class: 'similar' }, hits.map(h => {
    const a = el('a', { href: nav.paperHref(h.id), dataset: { paper: h.id } }, h.title || '(untitled)');
    a.addEventListener('click', e => { e.preventDefault(); nav.open(h.id); });
    return el('li', {}, a, el('span', { class: 'muted' }, [h.year ? ' · ' + h.year : '', h.journal ? ' · ' + h.journal : ''].join('')));
  })));
}

let counter = 0;
function section(title, body) {
  const id = 'paper-section-' + (++counter);
  return el('section', { 'aria-labelledby': id, class: 'paper-section' }, el('h3', { id }, title), body);
}

/** BibTeX and RIS through /api/export, selecting the paper by its id (the query syntax has id:). */
function cite(paper) {
  const params = new URLSearchParams({ q: `id:"${paper.id}"` });
  return el('p', { class: 'cite' }, 'Cite: ',
    el('a', { href: exportUrl(params, 'bibtex'), download: '', class: 'export', dataset: { format: 'bibtex' } }, 'BibTeX'), ' ',
    el('a', { href: exportUrl(params, 'ris'), download: '', class: 'export', dataset: { format: 'ris' } }, 'RIS'),
    paper.doi ? ' ' : '', paper.doi ? doiLink(paper.doi) : '');
}

/** Topics by dimension: each value with the phrase that signalled it. */
function topics(t) {
  const groups = Object.entries(t || {}).filter(([, values]) => values.length);
  if (!groups.length) return el('p', { class: 'muted' }, 'No topic found.');
  return el('dl', { class: 'topic-list' }, groups.map(([dim, values]) => [
    el('dt', {}, dimensionLabel(dim)),
    el('dd', {}, el('ul', {}, values.map(v => el('li', {},
      el('span', { class: 'topic' }, valueLabel(v.value)),
      v.evidence ? el('span', { class: 'signal' }, ' signalled by ', el('q', {}, v.evidence)) : null)))),
  ]));
}

/** Whether property p is the value a mark (PROPERTY:VALUE, VALUE empty for a value kept raw) names. */
function marked(p, mark) {
  if (!mark) return false;
  const at = mark.lastIndexOf(':');
  const value = mark.slice(at + 1);
  return p.name === mark.slice(0, at) && (value === '' ? p.value === null || p.value === undefined : Number(value) === p.value);
}

function properties(list, mark) {
  if (!list?.length) return el('p', { class: 'muted' }, 'No numbers were extracted from this paper.');
  return el('table', { class: 'data props-table' },
    el('thead', {}, el('tr', {}, ['Property', 'Value', 'Conditions', 'Evidence'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map(p => row(p, marked(p, mark)))));
}

/** A value's row; in a marked row the whole evidence sentence is marked, elsewhere the value in it. */
function row(p, isMarked) {
  const evidence = textWithMark(p.evidence || '', p.raw);
  return el('tr', isMarked ? { class: 'marked', 'aria-current': 'true' } : {},
    el('th', { scope: 'row' }, rangeLabel(p.name)),
    el('td', { class: 'num' }, formatProperty(p), writtenOtherwise(p) ? el('div', { class: 'muted small' }, 'as written: ', p.raw) : null),
    el('td', {}, conditions(p.conditions)),
    el('td', { class: 'evidence' }, isMarked ? el('mark', { class: 'sentence' }, evidence) : evidence));
}

/** Whether the text of the paper says the value differently from how it is shown (another unit, a range). */
function writtenOtherwise(p) {
  const plain = t => String(t).toLowerCase().replace(/[\s,]/g, '');
  return Boolean(p.raw) && p.value !== null && plain(p.raw) !== plain(formatProperty(p));
}

function conditions(c) {
  const entries = Object.entries(c || {});
  if (!entries.length) return '';
  return el('ul', { class: 'conditions' }, entries.map(([k, v]) =>
    el('li', {}, `${rangeLabel(k)}: ${typeof v === 'number' ? formatValue(v, null, unit(k)) : v}`)));
}
