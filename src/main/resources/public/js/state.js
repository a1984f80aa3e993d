// The whole state of the UI lives in the URL: ?q=&filter=DIM:VALUE&range=FIELD:MIN..MAX&sort=&page=&paper=
// (the parameter names of /api/search, so a UI address reads like the API call behind it); the compare view
// adds view=compare&properties=&columns=&order=&x=&y=&color=, and a paper opened from one of its values
// mark=PROPERTY:VALUE (the value whose evidence is marked).

export const SORTS = ['relevance', '-date', 'date', '-citations'];

/** An empty search. */
export function emptyState() {
  return { q: '', filters: [], ranges: {}, sort: 'relevance', page: 1, paper: null, mark: null, ...emptyCompare() };
}

/** The compare view's part of the state: closed, every property, the default columns and axes. */
function emptyCompare() {
  return { view: 'papers', properties: [], columns: [], order: '', x: 'year', y: '', color: '' };
}

/** The state an address describes. */
export function fromUrl(search = location.search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') ?? '';
  s.filters = [...new Set(p.getAll('filter').filter(f => f.includes(':')))];
  for (const text of p.getAll('range')) {
    const r = parseRange(text);
    if (r) s.ranges[r.field] = { min: r.min, max: r.max, conditions: r.conditions };
  }
  s.sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  s.page = Math.max(1, parseInt(p.get('page') ?? '1', 10) || 1);
  s.paper = p.get('paper') || null;
  s.mark = s.paper ? p.get('mark') || null : null;
  s.view = p.get('view') === 'compare' ? 'compare' : 'papers';
  s.properties = list(p.get('properties'));
  s.columns = list(p.get('columns'));
  for (const key of ['order', 'x', 'y', 'color']) if (p.get(key)) s[key] = p.get(key);
  return s;
}

const list = text => (text || '').split(',').map(t => t.trim()).filter(Boolean);

/** The parameters of /api/values for a state: its search and the properties it shows. */
export function valuesParams(s) {
  const p = searchParams(s);
  if (s.properties.length) p.set('properties', s.properties.join(','));
  return p;
}

/** The search parameters of a state, without page and paper: what /api/search and /api/export take. */
export function searchParams(s) {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const f of s.filters) p.append('filter', f);
  for (const [field, r] of Object.entries(s.ranges)) p.append('range', rangeText(field, r));
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  return p;
}

/** The address of a state. */
export function toUrl(s) {
  const p = searchParams(s);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.paper) p.set('paper', s.paper);
  if (s.paper && s.mark) p.set('mark', s.mark);
  if (s.view === 'compare') {
    p.set('view', 'compare');
    const defaults = emptyCompare();
    if (s.properties.length) p.set('properties', s.properties.join(','));
    if (s.columns.length) p.set('columns', s.columns.join(','));
    for (const key of ['order', 'x', 'y', 'color']) if (s[key] && s[key] !== defaults[key]) p.set(key, s[key]);
  }
  const query = p.toString();
  return location.pathname + (query ? '?' + query : '');
}

/** A key that is equal for two states that search the same (page included, paper not). */
export function searchKey(s) {
  return searchParams(s).toString() + '&page=' + s.page;
}

/** A copy of s with changes; any change of the search goes back to page 1 and closes the paper. */
export function withSearch(s, changes) {
  return { ...s, page: 1, paper: null, mark: null, ...changes };
}

export function toggleFilter(s, filter) {
  const filters = s.filters.includes(filter) ? s.filters.filter(f => f !== filter) : [...s.filters, filter];
  return withSearch(s, { filters });
}

/** @param conditions linked conditions [{key, min, max}] that the same value must carry (API.md `range`) */
export function setRange(s, field, min, max, conditions = []) {
  const ranges = { ...s.ranges };
  if ((min ?? '') === '' && (max ?? '') === '') delete ranges[field];
  else ranges[field] = { min: min ?? '', max: max ?? '', conditions: conditions.filter(c => c.min !== '' || c.max !== '') };
  return withSearch(s, { ranges });
}

const BOUNDS = /^([a-z_]+):(.*?)\.\.(.*)$/;

/** {@code FIELD:MIN..MAX@COND:MIN..MAX...} as {field, min, max, conditions}; null where no bound is given. */
export function parseRange(text) {
  const [head, ...linked] = text.split('@');
  const m = BOUNDS.exec(head);
  if (!m || (m[2] === '' && m[3] === '')) return null;
  const conditions = linked.map(c => BOUNDS.exec(c)).filter(c => c && (c[2] !== '' || c[3] !== ''))
    .map(c => ({ key: c[1], min: c[2], max: c[3] }));
  return { field: m[1], min: m[2], max: m[3], conditions };
}

/** A range as the API reads it, its linked conditions after it. */
export function rangeText(field, r) {
  return `${field}:${r.min}..${r.max}` + (r.conditions ?? []).map(c => `@${c.key}:${c.min}..${c.max}`).join('');
}
