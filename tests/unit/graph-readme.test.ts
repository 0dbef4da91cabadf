import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentNodeSchema,
  contentRelationshipSchema,
  evidencePropertiesSchema,
  milestonePropertiesSchema,
  NODE_LABELS,
  optionalNodePropertiesSchema,
  parseExport,
  RELATIONSHIP_TYPES,
  sourcePropertiesSchema,
} from '~/lib/graph';

const README = readFileSync('graph/README.md', 'utf8');

/** The label-like first cells (`Frame`, `PART_OF`) of the table rows under a `## heading`. */
function firstCells(heading: string): string[] {
  const start = README.indexOf(`\n## ${heading}\n`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((cell) => /^[A-Z][A-Za-z_]*$/.test(cell));
}

/** The trimmed cells of the table row whose first cell is `name` (prettier pads cells). */
const rowOf = (name: string) =>
  README.split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .find((cells) => cells[0] === name);

describe('graph/README.md as the data dictionary', () => {
  it('has a row for every label in dictionary.ts with its meaning', () => {
    for (const [label, meaning] of Object.entries(NODE_LABELS)) {
      expect(rowOf(label)?.slice(0, 3), label).toEqual([label, meaning.zh, meaning.en]);
    }
  });

  it('has a row for every relationship type in dictionary.ts with the labels it joins and its meaning', () => {
    for (const [type, meaning] of Object.entries(RELATIONSHIP_TYPES)) {
      const ends = `${meaning.from.join(', ') || 'any'} → ${meaning.to.join(', ') || 'any'}`;
      expect(rowOf(type)?.slice(0, 4), type).toEqual([type, ends, meaning.en, meaning.zh]);
    }
  });

  it('lists no label or relationship type that dictionary.ts lacks', () => {
    expect(firstCells('Node labels').sort()).toEqual(Object.keys(NODE_LABELS).sort());
    expect(firstCells('Relationship types').sort()).toEqual(Object.keys(RELATIONSHIP_TYPES).sort());
  });

  it('documents every property of the content schemas', () => {
    const schemas = [
      contentNodeSchema,
      optionalNodePropertiesSchema,
      evidencePropertiesSchema,
      sourcePropertiesSchema,
      milestonePropertiesSchema,
      contentRelationshipSchema,
    ];
    for (const property of schemas.flatMap((schema) => Object.keys(schema.shape))) {
      expect(README, property).toContain(`\`${property}\``);
    }
  });

  it('shows example lines that parse as an export', () => {
    const examples = README.split('\n').filter((line) => line.startsWith('{"type":'));
    expect(examples).toHaveLength(2);
    const endNode = '{"type":"node","id":"chain-assessment","labels":["Chain"]}';
    expect(parseExport([...examples, endNode].join('\n'), 'README.md').problems).toEqual([]);
  });
});
