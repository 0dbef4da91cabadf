import type { Results } from '../lib/result';
import { formatRatio, formatValue, targetVerdict } from './format';

/** The plain-text summary `npm run bench` prints: one line per figure, misses marked. */
export function summaryText(results: Results): string {
  const lines = [
    `Benchmarks ${results.quick ? '(quick) ' : ''}on ${results.machine.cpus} CPUs, Node ${results.machine.node}${results.machine.chromium ? `, Chromium ${results.machine.chromium}` : ''}`,
  ];
  for (const section of results.sections) {
    lines.push('', `${section.title} [${section.status}, ${section.seconds} s]`);
    for (const reason of section.reasons) lines.push(`  ! ${reason}`);
    for (const figure of section.figures) {
      const ours =
        figure.ours === undefined ? (figure.missing ?? 'not measured') : formatValue(figure.ours, figure.unit);
      const base =
        figure.baseline === undefined
          ? ''
          : ` | baseline ${formatValue(figure.baseline, figure.unit)} | ratio ${formatRatio(figure)}`;
      const target = figure.target ? ` | target ${figure.target.text}: ${targetVerdict(figure)}` : '';
      lines.push(`  ${figure.label}: ${ours}${base}${target}`);
    }
  }
  const missed = results.sections.flatMap((s) => s.figures).filter((f) => f.target?.met === false);
  lines.push(
    '',
    missed.length === 0 ? 'Every judged target was met.' : `Targets missed: ${missed.map((f) => f.label).join('; ')}.`,
  );
  return lines.join('\n');
}
