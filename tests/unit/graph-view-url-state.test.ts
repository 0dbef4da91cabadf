import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '~/lib/graph-view/graph-index';
import { decodeState, encodeState, keepKnownIds } from '~/lib/graph-view/url-state';
import { INITIAL_STATE, type ViewState } from '~/lib/graph-view/view-state';
import { makeGraph } from '../fixtures/graph-view/make-graph';

const id = fc.string({
  minLength: 1,
  maxLength: 12,
  unit: fc.constantFrom('a', 'Z', '0', ',', '&', '=', '?', '#', ' ', '+', '%', '|', '感', '鏈', '😀', ':'),
});
const stateArbitrary: fc.Arbitrary<ViewState> = fc
  .record({
    focus: fc.option(id, { nil: undefined }),
    depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
    steps: fc.array(fc.record({ kind: fc.constantFrom('expand' as const, 'more' as const), id }), { maxLength: 5 }),
    hiddenNodeTypes: fc.uniqueArray(id, { maxLength: 3 }),
    hiddenEdgeTypes: fc.uniqueArray(id, { maxLength: 3 }),
    filterMode: fc.constantFrom('fade' as const, 'hide' as const),
    from: fc.option(id, { nil: undefined }),
    to: fc.option(id, { nil: undefined }),
    alt: fc.constantFrom(0, 1, 2),
    selected: fc.option(id, { nil: undefined }),
    listOnly: fc.boolean(),
  })
  .map(({ focus, from, to, selected, ...rest }) => {
    const clean: ViewState = { ...rest, depth: focus === undefined ? 1 : rest.depth };
    if (focus !== undefined) clean.focus = focus;
    if (from !== undefined) clean.from = from;
    if (to !== undefined) clean.to = to;
    if (selected !== undefined) clean.selected = selected;
    return clean;
  });

describe('the view state in the URL', () => {
  it('decodes to the same state it was encoded from, whatever characters the ids hold', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        expect(decodeState(encodeState(state))).toEqual(state);
      }),
    );
  });

  it('is empty for a freshly opened view', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
  });

  it('keeps the order of expansions, which decides where nodes are placed', () => {
    const query = encodeState({
      ...INITIAL_STATE,
      focus: 'a',
      steps: [
        { kind: 'expand', id: 'b' },
        { kind: 'more', id: 'a' },
        { kind: 'expand', id: 'c' },
      ],
    });
    expect(query).toBe('focus=a&expand=b&more=a&expand=c');
    expect(decodeState(query).steps.map((s) => `${s.kind}:${s.id}`)).toEqual(['expand:b', 'more:a', 'expand:c']);
  });

  it('falls back to defaults for malformed values', () => {
    expect(decodeState('focus=a&depth=9&alt=-1&filter=weird&list=yes')).toEqual({
      ...INITIAL_STATE,
      focus: 'a',
      depth: 3,
    });
    expect(decodeState('depth=2')).toEqual(INITIAL_STATE);
  });

  it('drops ids that are not in the graph and reports them', () => {
    const index = indexGraph(makeGraph([['a', 'Concept']], []));
    const { state, missing } = keepKnownIds(decodeState('focus=gone&select=a&from=a&to=lost&expand=gone'), index);
    expect(state).toEqual({ ...INITIAL_STATE, selected: 'a', from: 'a' });
    expect(missing.sort()).toEqual(['gone', 'lost']);
  });
});
