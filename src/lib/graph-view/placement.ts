import type { Point } from './browser-graph';

/** Closest two node centres may be when the explorer places nodes itself, in model units. */
export const MIN_GAP = 95;
/** Radius of the first ring around a node being expanded. */
const FIRST_RING = 190;
/** Largest arc (radians) new nodes fan out over when the hub is not the centre of the view. */
const OUTWARD_ARC = 0.8 * Math.PI;
const CELL = MIN_GAP;

/**
 * The positions of the nodes in a view, with a grid for collision tests. Nodes are only ever added:
 * once placed a node keeps its position (the explorer never moves what the reader has seen).
 */
export class Placement {
  readonly positions = new Map<string, Point>();
  readonly #grid = new Map<string, Point[]>();

  /** Whether the node (or pseudo-node key) has a position. */
  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** The position of a placed node. */
  get(id: string): Point | undefined {
    return this.positions.get(id);
  }

  /** Places a node at a given position; ignored when it is placed already. */
  put(id: string, at: Point): void {
    if (this.positions.has(id)) return;
    const point = { x: Math.round(at.x * 10) / 10, y: Math.round(at.y * 10) / 10 };
    this.positions.set(id, point);
    const key = cellKey(point.x, point.y);
    this.#grid.set(key, [...(this.#grid.get(key) ?? []), point]);
  }

  /** Whether a point is closer than MIN_GAP to a placed node. */
  crowded(at: Point): boolean {
    const cx = Math.floor(at.x / CELL);
    const cy = Math.floor(at.y / CELL);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const p of this.#grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.hypot(p.x - at.x, p.y - at.y) < MIN_GAP) return true;
        }
      }
    }
    return false;
  }

  /**
   * Places `ids` (those not placed yet) around `hub` in rings: all the way round when the hub is
   * the anchor (the focus), else in an arc facing away from the anchor. A spot that is too close
   * to a placed node moves outward along its ray, so nothing placed before is ever disturbed.
   */
  around(hub: string, ids: readonly string[], anchor: Point): void {
    const centre = this.positions.get(hub);
    if (!centre) return;
    const todo = ids.filter((id) => !this.positions.has(id));
    const dx = centre.x - anchor.x;
    const dy = centre.y - anchor.y;
    const atAnchor = Math.hypot(dx, dy) < 1;
    const facing = atAnchor ? -Math.PI / 2 : Math.atan2(dy, dx);
    const maxArc = atAnchor ? 2 * Math.PI : OUTWARD_ARC;
    let ring = 0;
    while (todo.length > 0) {
      const radius = FIRST_RING + ring * MIN_GAP;
      const capacity = Math.max(1, Math.floor((maxArc * radius) / MIN_GAP));
      const batch = todo.splice(0, capacity);
      const arc =
        atAnchor && batch.length === capacity ? 2 * Math.PI : Math.min(maxArc, (batch.length * MIN_GAP) / radius);
      batch.forEach((id, i) => {
        const angle = facing - arc / 2 + ((i + 0.5) * arc) / batch.length;
        this.put(id, this.#freeSpot(centre, angle, radius));
      });
      ring++;
    }
  }

  #freeSpot(centre: Point, angle: number, radius: number): Point {
    let spot = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    for (let step = 1; step <= 8 && this.crowded(spot); step++) {
      const r = radius + step * MIN_GAP * 0.6;
      spot = { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
    }
    return spot;
  }
}

function cellKey(x: number, y: number): string {
  return `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
}
