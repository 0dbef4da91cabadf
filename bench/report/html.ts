import type { Figure, Results, Section } from '../lib/result';
import { formatRatio, formatValue, targetVerdict } from './format';
import { svgChart } from './svg-chart';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}.met{color:#1d6b2a}.missed{color:#a11;font-weight:bold}.missing{color:#666;font-style:italic}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:#444}.status{font-size:.9rem;color:#555}`;

function row(figure: Figure): string {
  const verdict = targetVerdict(figure);
  const verdictClass = verdict === 'met' ? 'met' : verdict === 'MISSED' ? 'missed' : '';
  const ours =
    figure.ours === undefined
      ? `<span class="missing">${escape(figure.missing ?? 'not measured')}</span>`
      : escape(formatValue(figure.ours, figure.unit));
  const baseline =
    figure.baseline === undefined
      ? '—'
      : `${escape(formatValue(figure.baseline, figure.unit))}<br><small>${escape(figure.baselineLabel ?? '')}</small>`;
  return `<tr><td>${escape(figure.label)}${figure.note ? `<br><small>${escape(figure.note)}</small>` : ''}</td><td>${ours}</td><td>${baseline}</td><td>${escape(formatRatio(figure))}</td>
<td>${figure.target ? `${escape(figure.target.text)}<br><span class="${verdictClass}">${escape(verdict)}</span>` : '—'}</td></tr>`;
}

function section(s: Section): string {
  const reasons = s.reasons.length
    ? `<ul>${s.reasons.map((r) => `<li class="missing">${escape(r)}</li>`).join('')}</ul>`
    : '';
  const table = s.figures.length
    ? `<table><thead><tr><th>figure</th><th>ours</th><th>baseline</th><th>ours ÷ baseline</th><th>target</th></tr></thead><tbody>${s.figures.map(row).join('')}</tbody></table>`
    : '';
  const notes = s.notes.length ? `<ul>${s.notes.map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : '';
  return `<section><h2>${escape(s.title)}</h2><p class="status">${escape(s.status)} · ${s.seconds} s${s.startedAt ? ` · run started ${escape(s.startedAt)}` : ''}</p>${reasons}${table}${s.charts.map(svgChart).join('')}${notes}</section>`;
}

/** bench/report.html: self-contained (inline CSS and SVG, no script, no external request). */
export function reportHtml(results: Results): string {
  const m = results.machine;
  const missed = results.sections.flatMap((s) => s.figures).filter((f) => f.target?.met === false);
  const verdict =
    missed.length === 0
      ? '<p class="met">Every judged target was met.</p>'
      : `<p class="missed">Targets missed (${missed.length}): ${missed.map((f) => escape(f.label)).join('; ')}.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmarks</title><style>${STYLE}</style></head><body><main>
<h1>Benchmarks${results.quick ? ' (quick run)' : ''}</h1>
<p>${escape(results.startedAt)} · ${m.cpus} CPUs, ${m.memoryGB} GB, ${escape(m.platform)}, Node ${escape(m.node)}${m.chromium ? `, Chromium ${escape(m.chromium)}` : ''}. Produced by <code>npm run bench</code>; see bench/README.md for what each figure means.</p>
${verdict}${results.sections.map(section).join('\n')}</main></body></html>
`;
}
