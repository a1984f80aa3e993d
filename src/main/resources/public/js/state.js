// The whole state of the UI lives in the URL: ?q=&filter=DIM:VALUE&range=FIELD:MIN..MAX&sort=&page=&paper=
// (the parameter names of /api/search, so a UI address reads like the API call behind it).

export const SORTS = ['relevance', '-date', 'date', '-citations'];

/** An empty search. */
export function emptyState() {
  return { q: '', filters: [], ranges: {}, sort: 'relevance', page: 1, paper: null };
}

/** The state an address describes. */
export function fromUrl(search = location.search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') ?? '';
  s.filters = [...new Set(p.getAll('filter').filter(f => f.includes(':')))];
  for (const r of p.getAll('range')) {
    const m = /^([a-z_]+):(.*?)\.\.(.*)$/.exec(r);
    if (m && (m[2] !== '' || m[3] !== '')) s.ranges[m[1]] = { min: m[2], max: m[3] };
  }
  s.sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  s.page = Math.max(1, parseInt(p.get('page') ?? '1', 10) || 1);
  s.paper = p.get('paper') || null;
  return s;
}

/** The search parameters of a state, without page and paper: what /api/search and /api/export take. */
export function searchParams(s) {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const f of s.filters) p.append('filter', f);
  for (const [field, r] of Object.entries(s.ranges)) p.append('range', `${field}:${r.min}..${r.max}`);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  return p;
}

/** The address of a state. */
export function toUrl(s) {
  const p = searchParams(s);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.paper) p.set('paper', s.paper);
  const query = p.toString();
  return location.pathname + (query ? '?' + query : '');
}

/** A key that is equal for two states that search the same (page included, paper not). */
export function searchKey(s) {
  return searchParams(s).toString() + '&page=' + s.page;
}

/** A copy of s with changes; any change of the search goes back to page 1 and closes the paper. */
export function withSearch(s, changes) {
  return { ...s, page: 1, paper: null, ...changes };
}

export function toggleFilter(s, filter) {
  const filters = s.filters.includes(filter) ? s.filters.filter(f => f !== filter) : [...s.filters, filter];
  return withSearch(s, { filters });
}

export function setRange(s, field, min, max) {
  const ranges = { ...s.ranges };
  if ((min ?? '') === '' && (max ?? '') === '') delete ranges[field];
  else ranges[field] = { min: min ?? '', max: max ?? '' };
  return withSearch(s, { ranges });
}
