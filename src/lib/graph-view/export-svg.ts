import { ARROW_PATHS, dashArray } from './arrows';
import type { GraphIndex } from './graph-index';
import { labelSize, nodeSize, shortLabel } from './node-look';
import type { Scene } from './scene';
import { svgShape } from './shapes';
import { escapeXml } from './text-escape';
import { edgeTypeStyles, nodeTypeStyles } from './type-style';

const PAD = 80;
const FONT = "system-ui, 'Noto Sans TC', 'Noto Sans SC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";

/**
 * The current view as a standalone SVG drawn from the scene's positions with the canvas's shapes,
 * colours, line styles and arrowheads. Every name is escaped; each node carries its full name in
 * a <title>, so the file is readable by screen readers and searchable.
 */
export function toSvg(scene: Scene, index: GraphIndex, title: string): string {
  const nodeStyles = nodeTypeStyles(index.graph.nodeTypes.map((t) => t.id));
  const edgeStyles = edgeTypeStyles(index.graph.edgeTypes.map((t) => t.id));
  const at = new Map(scene.nodes.map((n) => [n.node.id, n]));
  const xs = scene.nodes.map((n) => n.x);
  const ys = scene.nodes.map((n) => n.y);
  const [minX, minY] = [Math.min(0, ...xs) - PAD, Math.min(0, ...ys) - PAD];
  const [width, height] = [Math.max(0, ...xs) + PAD - minX, Math.max(0, ...ys) + PAD * 1.5 - minY];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(minX)} ${r(minY)} ${r(width)} ${r(height)}" width="${r(width)}" height="${r(height)}" font-family="${escapeXml(FONT)}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${r(minX)}" y="${r(minY)}" width="${r(width)}" height="${r(height)}" fill="#ffffff"/>`,
    '<defs>',
    ...[...edgeStyles].map(
      ([, style], i) =>
        `<marker id="arrow-${i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="${ARROW_PATHS[style.arrow]}" fill="${style.colour}"/></marker>`,
    ),
    '</defs>',
    '<g class="edges">',
  ];
  const markerOf = new Map([...edgeStyles.keys()].map((type, i) => [type, i]));
  for (const { edge, faded, onPath } of scene.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    const style = edgeStyles.get(edge.type);
    if (!a || !b || !style || a === b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const back = nodeSize(b.node) / 2 + 2;
    const end = { x: b.x - ((b.x - a.x) / length) * back, y: b.y - ((b.y - a.y) / length) * back };
    const width = onPath ? 4 : 1.5;
    const dash = dashArray(style.line, width);
    out.push(
      `<line x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(end.x)}" y2="${r(end.y)}" stroke="${style.colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow-${markerOf.get(edge.type)})"${faded ? ' opacity="0.2"' : ''}/>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const { node, x, y, faded, focus, onPath } of scene.nodes) {
    const style = nodeStyles.get(node.type) ?? { shape: 'ellipse' as const, colour: '#5a6776' };
    const size = nodeSize(node);
    const outline = focus || onPath ? 'stroke="#c25400" stroke-width="4"' : 'stroke="#ffffff" stroke-width="1.5"';
    const font = labelSize(node);
    out.push(
      `<g${faded ? ' opacity="0.2"' : ''}><title>${escapeXml(node.name)}</title>`,
      svgShape(style.shape, x, y, size / 2, `fill="${style.colour}" ${outline}`),
      `<text x="${r(x)}" y="${r(y + size / 2 + font + 2)}" font-size="${font}" text-anchor="middle" fill="#1b1f24" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(shortLabel(node.name))}</text></g>`,
    );
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}
