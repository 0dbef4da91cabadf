import type { GraphIndex } from './graph-index';
import { INITIAL_STATE, MAX_PATHS, type Step, type ViewState, toDepth } from './view-state';

// The URL holds the whole view, so a reload or a shared link shows the same thing. The view itself
// is the page's path (/graph/, /graph/figure-1/, /graph/chains/); the rest is the query string:
//   focus=<id> depth=1..3 expand=<id> more=<id> (repeated; their order is the replay order)
//   select=<id> from=<id> to=<id> alt=<n> hide-node=<label> hide-rel=<type> (repeated)
//   filter=hide (default fade) list=1 (drawing hidden)
// Ids are any string (someone else's export may use "4:a1:7" or Chinese), so lists repeat the key
// instead of joining values with a separator.

/** The query string (without "?") of a state; empty for the initial state. */
export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus !== undefined) {
    params.append('focus', state.focus);
    if (state.depth !== 1) params.append('depth', String(state.depth));
  }
  for (const step of state.steps) params.append(step.kind, step.id);
  if (state.selected !== undefined) params.append('select', state.selected);
  if (state.from !== undefined) params.append('from', state.from);
  if (state.to !== undefined) params.append('to', state.to);
  if (state.alt !== 0) params.append('alt', String(state.alt));
  for (const type of state.hiddenNodeTypes) params.append('hide-node', type);
  for (const type of state.hiddenEdgeTypes) params.append('hide-rel', type);
  if (state.filterMode !== 'fade') params.append('filter', state.filterMode);
  if (state.listOnly) params.append('list', '1');
  return params.toString();
}

/** The state a query string describes; anything malformed falls back to the initial value. */
export function decodeState(query: string): ViewState {
  const params = new URLSearchParams(query);
  const steps: Step[] = [];
  for (const [key, value] of params)
    if ((key === 'expand' || key === 'more') && value !== '') steps.push({ kind: key, id: value });
  const one = (key: string) => {
    const value = params.get(key);
    return value === null || value === '' ? undefined : value;
  };
  const alt = Number.parseInt(params.get('alt') ?? '0', 10);
  const state: ViewState = {
    ...INITIAL_STATE,
    depth: toDepth(Number.parseInt(params.get('depth') ?? '1', 10) || 1),
    steps,
    hiddenNodeTypes: unique(params.getAll('hide-node')),
    hiddenEdgeTypes: unique(params.getAll('hide-rel')),
    filterMode: params.get('filter') === 'hide' ? 'hide' : 'fade',
    alt: Number.isInteger(alt) && alt > 0 && alt < MAX_PATHS ? alt : 0,
    listOnly: params.get('list') === '1',
  };
  const focus = one('focus');
  if (focus !== undefined) state.focus = focus;
  else state.depth = 1;
  for (const key of ['select', 'from', 'to'] as const) {
    const value = one(key);
    if (value !== undefined) state[key === 'select' ? 'selected' : key] = value;
  }
  return state;
}

/** The state with ids that are not in the graph removed, and the ids that were. */
export function keepKnownIds(state: ViewState, index: GraphIndex): { state: ViewState; missing: string[] } {
  const missing: string[] = [];
  const known = (id: string | undefined) => {
    if (id === undefined || index.nodes.has(id)) return id !== undefined;
    missing.push(id);
    return false;
  };
  const next: ViewState = { ...state, steps: state.steps.filter((step) => known(step.id)) };
  for (const key of ['focus', 'selected', 'from', 'to'] as const) if (!known(next[key])) delete next[key];
  if (next.focus === undefined) next.depth = 1;
  return { state: next, missing: unique(missing) };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}
