/** The three views of the explorer; each has its own page and its own base positions. */
export type ViewName = 'full' | 'figure1' | 'chains';

/** One exploration step after the focus, replayed in order: expand (capped) or show all neighbours. */
export interface Step {
  kind: 'expand' | 'more';
  id: string;
}

/** Everything that makes up what the explorer shows; the URL holds all of it (url-state.ts). */
export interface ViewState {
  /** The node whose neighbourhood is shown, if any. */
  focus?: string;
  /** How many hops around the focus, 1–3. */
  depth: 1 | 2 | 3;
  /** Expansions after the focus, in the order they were made (positions depend on the order). */
  steps: Step[];
  /** Node types left out (unchecked in the legend). */
  hiddenNodeTypes: string[];
  /** Relationship types left out. */
  hiddenEdgeTypes: string[];
  /** Whether unchecked types are drawn faded or not drawn at all. */
  filterMode: 'fade' | 'hide';
  /** Path ends of "how are A and B related?". */
  from?: string;
  to?: string;
  /** Which of the shortest paths is highlighted, 0-based. */
  alt: number;
  /** The node whose details are shown. */
  selected?: string;
  /** The drawing is hidden and only the outline shows. */
  listOnly: boolean;
}

/** The state of a freshly opened view. */
export const INITIAL_STATE: ViewState = {
  depth: 1,
  steps: [],
  hiddenNodeTypes: [],
  hiddenEdgeTypes: [],
  filterMode: 'fade',
  alt: 0,
  listOnly: false,
};

/** Largest number of alternative paths offered. */
export const MAX_PATHS = 3;

/** Clamps a number to a depth. */
export function toDepth(value: number): 1 | 2 | 3 {
  return value >= 3 ? 3 : value >= 2 ? 2 : 1;
}
