import { describe, expect, it } from 'vitest';
import { typeName } from '~/lib/concept-page/type-names';
import { NODE_LABELS } from '~/lib/graph/dictionary';
import { TYPE_NAMES } from '~/lib/graph/type-names';
import { nodeTypeName } from '~/lib/graph-view/vocabulary';

describe('the names of node types', () => {
  it('name every label of the data dictionary, in its order, so the concept index and the legend list them alike', () => {
    expect(Object.keys(TYPE_NAMES)).toEqual(Object.keys(NODE_LABELS));
  });

  it('are the same words on concept pages and in the explorer', () => {
    for (const label of Object.keys(TYPE_NAMES)) {
      expect(nodeTypeName(label, 'zh-Hant')).toBe(typeName('zh-Hant', label));
      expect(nodeTypeName(label, 'en')).toBe(typeName('en', label));
    }
    expect(nodeTypeName('Technology', 'zh-Hant')).toBe('技術');
  });

  it('show another export’s label as written', () => {
    expect(nodeTypeName('Officer', 'en')).toBe('Officer');
    expect(typeName('en', 'Officer')).toBe('Officer');
  });
});
