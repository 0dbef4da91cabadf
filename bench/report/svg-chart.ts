import type { Chart } from '../lib/result';
import { formatValue } from './format';

const COLOURS = ['#1f5fa8', '#b4541a', '#3a7d44', '#7a4a9e'];
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A grouped bar chart as inline SVG (no script, no external resource), with a text alternative. */
export function svgChart(chart: Chart): string {
  const width = 640;
  const height = 260;
  const left = 60;
  const bottom = 40;
  const top = 30;
  const plotHeight = height - top - bottom;
  const values = chart.series
    .flatMap((s) => s.values)
    .filter((v): v is number => v !== undefined && Number.isFinite(v));
  const max = Math.max(...values, 0) || 1;
  const groupWidth = (width - left - 10) / Math.max(chart.x.length, 1);
  const barWidth = Math.min(40, (groupWidth - 12) / Math.max(chart.series.length, 1));
  const bars: string[] = [];
  chart.x.forEach((label, i) => {
    const groupLeft = left + i * groupWidth + (groupWidth - barWidth * chart.series.length) / 2;
    chart.series.forEach((series, j) => {
      const value = series.values[i];
      const x = groupLeft + j * barWidth;
      if (value === undefined || !Number.isFinite(value)) {
        bars.push(
          `<text x="${x + barWidth / 2}" y="${top + plotHeight - 4}" font-size="10" text-anchor="middle">n/a</text>`,
        );
        return;
      }
      const h = (value / max) * plotHeight;
      bars.push(
        `<rect x="${x}" y="${top + plotHeight - h}" width="${barWidth - 2}" height="${h}" fill="${COLOURS[j % COLOURS.length]}"><title>${escape(`${series.name}, ${label}: ${formatValue(value, chart.unit)}`)}</title></rect>`,
      );
      bars.push(
        `<text x="${x + barWidth / 2}" y="${top + plotHeight - h - 3}" font-size="9" text-anchor="middle">${escape(formatValue(value, ''))}</text>`,
      );
    });
    bars.push(
      `<text x="${left + i * groupWidth + groupWidth / 2}" y="${height - bottom + 16}" font-size="11" text-anchor="middle">${escape(label)}</text>`,
    );
  });
  const legend = chart.series
    .map(
      (s, j) =>
        `<rect x="${left + j * 150}" y="6" width="10" height="10" fill="${COLOURS[j % COLOURS.length]}"/><text x="${left + j * 150 + 14}" y="15" font-size="11">${escape(s.name)}</text>`,
    )
    .join('');
  const description = chart.series
    .map((s) => `${s.name}: ${s.values.map((v, i) => `${chart.x[i]} ${formatValue(v, chart.unit)}`).join(', ')}`)
    .join('; ');
  return `<figure><svg role="img" aria-label="${escape(`${chart.title} (${chart.unit}). ${description}`)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<line x1="${left}" y1="${top + plotHeight}" x2="${width - 10}" y2="${top + plotHeight}" stroke="#444"/>
<text x="8" y="${top + 10}" font-size="11">${escape(formatValue(max, chart.unit))}</text>${legend}${bars.join('')}</svg>
<figcaption>${escape(chart.title)} (${escape(chart.unit)})</figcaption></figure>`;
}
