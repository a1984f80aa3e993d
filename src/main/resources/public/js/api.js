// The public HTTP API: JSON answers, and problem+json errors turned into readable messages.

/** An error answer of the API (RFC 9457 problem+json), or a network failure. */
export class ApiError extends Error {
  constructor(title, detail, status) {
    super(detail ? `${title}: ${detail}` : title);
    this.title = title;
    this.detail = detail;
    this.status = status;
  }
}

/** GETs path?params and answers the parsed JSON; throws ApiError with the API's own title and detail. */
export async function getJson(path, params, signal) {
  const query = params ? '?' + new URLSearchParams(params).toString() : '';
  let response;
  try {
    response = await fetch(path + query, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The server cannot be reached', 'check that anodex serve is running', 0);
  }
  const type = response.headers.get('content-type') || '';
  if (!response.ok) {
    if (type.includes('json')) {
      const problem = await response.json().catch(() => ({}));
      throw new ApiError(problem.title || response.statusText || 'Error', problem.detail || '', response.status);
    }
    throw new ApiError(`The server answered ${response.status}`, response.statusText, response.status);
  }
  return response.json();
}

export const SIZE = 10;
export const FACET_SIZE = 100;

/** One page of hits with every facet counted, and the histograms of the fields asked for (none: not counted). */
export function search(params, page, signal, histograms = []) {
  const p = new URLSearchParams(params);
  if (histograms.length) p.set('histograms', histograms.join(','));
  p.set('size', String(SIZE));
  p.set('page', String(page));
  p.set('facet_size', String(FACET_SIZE));
  return getJson('/api/search', p, signal);
}

/**
 * Counts of one dimension only (no hits), e.g. the year histogram without its own year range. Without hits
 * there is nothing to rank: rank=words spares the server the query's meaning (the same papers match).
 */
export function counts(params, dimension, signal) {
  const p = countsOnly(params);
  p.set('facets', dimension);
  p.set('facet_size', String(FACET_SIZE));
  return getJson('/api/search', p, signal);
}

/** The histograms of fields over the matches of params, alone (no hits, no facets, no snippets). */
export function histograms(params, fields, signal) {
  const p = countsOnly(params);
  p.set('facets', '');
  p.set('histograms', fields.join(','));
  return getJson('/api/search', p, signal);
}

function countsOnly(params) {
  const p = new URLSearchParams(params);
  p.set('size', '0');
  p.set('highlight', 'false');
  p.set('rank', 'words');
  return p;
}

export const taxonomy = () => getJson('/api/facets');
export const paper = (id, signal) => getJson('/api/papers/' + encodeURIComponent(id), null, signal);
export const similar = (id, signal) => getJson('/api/papers/' + encodeURIComponent(id) + '/similar', { size: 5 }, signal);
export const suggest = (prefix, signal) => getJson('/api/suggest', { prefix, size: 8 }, signal);

/** The address of an export of every match of params, in format csv, jsonl, bibtex or ris. */
export function exportUrl(params, format) {
  const p = new URLSearchParams(params);
  p.delete('page');
  p.set('format', format);
  return '/api/export?' + p.toString();
}

/** Every extracted value of the matches of params (/api/values): an array of rows, one per value. */
export function values(params, signal) {
  const p = new URLSearchParams(params);
  p.set('format', 'json');
  return getJson('/api/values', p, signal);
}

/** The address of /api/values for params in format csv, json or jsonl. */
export function valuesUrl(params, format) {
  const p = new URLSearchParams(params);
  p.set('format', format);
  return '/api/values?' + p.toString();
}
