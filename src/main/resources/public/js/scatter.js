// The compare view's scatter plot, drawn by Apache ECharts (served from the jar, public/vendor/echarts, loaded
// the first time a plot is drawn). Each series is one colour group; each point opens its paper on a click.
import { el } from './dom.js';
import { rangeLabel, unit as unitOf } from './labels.js';
import { formatAmount, formatValue, scaleFor, writtenUnit } from './units.js';

let library = null;
let shown = null; // the chart on the page: one at a time, disposed when the view draws a new one
window.addEventListener('resize', () => shown?.resize());

/** ECharts, loaded once. Its UMD build sets globalThis.echarts when imported as a module. */
function echarts() {
  library ??= import('../vendor/echarts/echarts.common.min.js').then(() => globalThis.echarts);
  return library;
}

/** A colour per group, readable on white and told apart by people with the common colour-vision deficiencies. */
const COLOURS = ['#1d4e89', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8c6d31'];
const REST = '#a3a8ad'; // "other or none": grey, behind the named groups' colours

/**
 * Draws points into container, replacing what it showed.
 * @param groups [{name, points: [{x, y, row, how}], rest}] in legend order (rest: the group of all others)
 * @param x, y the fields on the axes ('year' or a property); @param onPick called with the point clicked
 */
export async function drawScatter(container, groups, x, y, onPick) {
  const lib = await echarts();
  if (shown && shown.getDom() !== container) shown.dispose();
  const chart = lib.getInstanceByDom(container) || lib.init(container, null, { renderer: 'canvas' });
  shown = chart;
  const all = groups.flatMap(g => g.points);
  chart.off('click');
  chart.on('click', e => { if (e.data) onPick(groups[e.seriesIndex].points[e.dataIndex]); });
  chart.setOption({
    animation: false,
    grid: { left: 24, right: 24, top: groups.length > 1 ? 48 : 24, bottom: 36, containLabel: true },
    legend: groups.length > 1 ? { top: 0, type: 'scroll' } : { show: false },
    tooltip: { trigger: 'item', formatter: e => tooltip(groups[e.seriesIndex].points[e.dataIndex], x, y) },
    xAxis: axis(x, all.map(p => p.x), 'bottom'),
    yAxis: axis(y, all.map(p => p.y), 'left'),
    series: groups.map((g, i) => ({
      type: 'scatter', name: g.name, symbolSize: 9, cursor: 'pointer',
      itemStyle: { opacity: 0.75, color: g.rest ? REST : COLOURS[i % COLOURS.length] }, emphasis: { itemStyle: { opacity: 1, borderColor: '#000', borderWidth: 1 } },
      data: g.points.map(p => [p.x, p.y]),
    })),
  }, { notMerge: true });
  chart.resize();
  return chart;
}

/** An axis of a field: a log scale where the values span two orders of magnitude, labels in the shown unit. */
function axis(field, values, position) {
  if (field === 'year') {
    return { type: 'value', name: 'Year', nameLocation: 'middle', nameGap: 28, min: 'dataMin', max: 'dataMax', minInterval: 1,
      axisLabel: { formatter: v => String(v) } };
  }
  const unit = unitOf(field);
  const positive = values.length > 0 && values.every(v => v > 0);
  const log = positive && Math.max(...values) / Math.min(...values) >= 100;
  const scale = scaleFor(unit, values.length ? Math.max(...values.map(Math.abs)) : 0);
  const shownUnit = scale.unit && scale.unit !== field ? writtenUnit(scale.unit) : ''; // not "Cycles (cycles)"
  return {
    type: log ? 'log' : 'value', scale: !log, position,
    name: `${rangeLabel(field)}${shownUnit ? ` (${shownUnit})` : ''}${log ? ', log scale' : ''}`,
    nameLocation: 'middle', nameGap: position === 'left' ? 56 : 28,
    axisLabel: { formatter: v => formatAmount(v, unit, scale.factor) },
  };
}

/** The tooltip of a point, built as elements (no HTML strings: titles are text from the index). */
function tooltip(point, x, y) {
  const how = { year: '', condition: ' (its own condition)', paper: ' (the paper\'s only value)' }[point.how];
  return el('div', { class: 'chart-tip' },
    el('strong', {}, point.row.title || point.row.id),
    el('div', {}, `${rangeLabel(y)}: ${formatValue(point.y, null, unitOf(y))}`),
    el('div', {}, x === 'year' ? `Year: ${point.x}` : `${rangeLabel(x)}: ${formatValue(point.x, null, unitOf(x))}${how}`),
    el('div', { class: 'muted' }, 'Click to open the paper at this value'));
}
