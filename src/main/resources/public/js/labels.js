// Names for people: dimension labels, value paths, property fields with units (all from /api/facets).

let dimensions = new Map();
let ranges = new Map();

/** Keeps what /api/facets answered. */
export function setTaxonomy(t) {
  dimensions = new Map(t.dimensions.map(d => [d.key, d]));
  ranges = new Map(t.ranges.map(r => [r.field, r]));
}

export function dimensionKeys() {
  return [...dimensions.keys()];
}

export function dimension(key) {
  return dimensions.get(key);
}

export function dimensionLabel(key) {
  return dimensions.get(key)?.label ?? key;
}

/** 'silicon/micro-Si' as 'silicon › micro-Si'. */
export function valueLabel(path) {
  return String(path).split('/').join(' › ');
}

/** 'binder:PAA' as 'Binder: PAA'. */
export function filterLabel(filter) {
  const at = filter.indexOf(':');
  return `${dimensionLabel(filter.slice(0, at))}: ${valueLabel(filter.slice(at + 1))}`;
}

/** The conditions a property's value carries, which a range can link (the server's LinkedValues.CONDITIONS). */
export const LINKED_CONDITIONS = ['cycles', 'current_density', 'c_rate', 'areal_current_density'];

export function rangeFields() {
  return [...ranges.values()];
}

export function rangeLabel(field) {
  return ranges.get(field)?.label ?? field.replaceAll('_', ' ');
}

export function unit(field) {
  return ranges.get(field)?.unit ?? '';
}
