// The points of a scatter plot of one property against another (or against the year), made from the rows of
// /api/values. How a pair is made is said in the UI too (PAIRING below), so a reader knows what a point means.

export const PAIRING = 'Each point is one value with both numbers. Against the year: every value of the '
  + 'property, at its paper\'s year. Against another property: first a value and its own condition (a capacity '
  + 'retention "after 500 cycles" is drawn at 500 cycles); a paper with no such link is paired through a property '
  + 'it reports once (its one particle size with each of its capacities). Where a paper reports both more than '
  + 'once and nothing links them, which values belong together is not known, and they are not drawn.';

const number = v => typeof v === 'number' && Number.isFinite(v);

/**
 * The points of y against x: [{x, y, row, how}], row being the value the point stands for, how one of
 * 'year', 'condition' (row's own condition) or 'paper' (the paper's only value of the other property).
 */
export function pairs(rows, x, y) {
  const plotted = rows.filter(r => number(r.value));
  if (x === 'year') {
    return plotted.filter(r => r.property === y && number(r.year)).map(r => ({ x: r.year, y: r.value, row: r, how: 'year' }));
  }
  if (x === y) return [];
  const points = [];
  const linked = new Set(); // papers drawn through conditions
  for (const r of plotted) {
    if (r.property === y && number(r.conditions?.[x])) points.push({ x: r.conditions[x], y: r.value, row: r, how: 'condition' });
    else if (r.property === x && number(r.conditions?.[y])) points.push({ x: r.value, y: r.conditions[y], row: r, how: 'condition' });
    else continue;
    linked.add(r.id);
  }
  const byPaper = new Map();
  for (const r of plotted) {
    if (linked.has(r.id) || (r.property !== x && r.property !== y)) continue;
    if (!byPaper.has(r.id)) byPaper.set(r.id, { xs: [], ys: [] });
    (r.property === x ? byPaper.get(r.id).xs : byPaper.get(r.id).ys).push(r);
  }
  for (const { xs, ys } of byPaper.values()) {
    if (xs.length === 1) ys.forEach(r => points.push({ x: xs[0].value, y: r.value, row: r, how: 'paper' }));
    else if (ys.length === 1) xs.forEach(r => points.push({ x: r.value, y: ys[0].value, row: r, how: 'paper' }));
  }
  return points;
}
