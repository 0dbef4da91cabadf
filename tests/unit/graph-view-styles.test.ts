import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '~/lib/graph/dictionary';
import { edgeTypeStyles, nodeTypeStyles } from '~/lib/graph-view/type-style';
import {
  NODE_TYPE_NAMES,
  nodeTypeName,
  RELATIONSHIP_WORDS,
  relationshipName,
  relationshipPhrase,
} from '~/lib/graph-view/vocabulary';

const labels = Object.keys(NODE_LABELS);
const types = Object.keys(RELATIONSHIP_TYPES);

describe('the type vocabulary', () => {
  it('names every label and relationship type of the dictionary in both languages', () => {
    expect(Object.keys(NODE_TYPE_NAMES).sort()).toEqual([...labels].sort());
    expect(Object.keys(RELATIONSHIP_WORDS).sort()).toEqual([...types].sort());
    for (const type of types)
      for (const language of ['zh-Hant', 'en'] as const) expect(relationshipPhrase(type, language)).toContain('…');
  });

  it('falls back to the raw name for labels and types of someone else’s export', () => {
    expect(nodeTypeName('Person', 'zh-Hant')).toBe('Person');
    expect(relationshipName('KNOWS', 'en')).toBe('KNOWS');
    expect(relationshipPhrase('KNOWS', 'en')).toBe('KNOWS …');
  });
});

describe('the type styles', () => {
  it('give every node label its own shape, so that nothing depends on colour alone', () => {
    const styles = nodeTypeStyles(labels);
    expect(new Set([...styles.values()].map((s) => s.shape)).size).toBe(labels.length);
  });

  it('give every relationship type its own line style and arrowhead pair', () => {
    const styles = edgeTypeStyles(types);
    expect(new Set([...styles.values()].map((s) => `${s.line} ${s.arrow}`)).size).toBe(types.length);
  });

  it('style unknown labels in the order they are listed, the same way every time', () => {
    const a = nodeTypeStyles(['Concept', 'Person', 'Place']);
    expect(a.get('Person')).not.toEqual(a.get('Place'));
    expect(nodeTypeStyles(['Concept', 'Person', 'Place'])).toEqual(a);
  });
});
