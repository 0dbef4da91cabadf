import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGraphExports, formatProblem } from '~/lib/graph';

const DIR = 'tests/fixtures/graph/content';
const BASE_FILES = ['chains.jsonl', 'evidence.jsonl', 'frame.jsonl', 'sources.jsonl'];

/** The base graph, with the base file named by the bad fixture's prefix replaced by that fixture. */
function problemsWith(badFixture?: string): string[] {
  const replaced = badFixture === undefined ? undefined : `${badFixture.split('-')[0]}.jsonl`;
  const files = BASE_FILES.map((name) => (name === replaced ? `${DIR}/bad/${badFixture}` : `${DIR}/base/${name}`));
  return checkGraphExports(files.map((file) => ({ file, text: readFileSync(file, 'utf8') }))).problems.map(
    formatProblem,
  );
}

const bad = (name: string) => `${DIR}/bad/${name}`;
const FIVE_CHAINS = 'chain-perception → chain-assessment → chain-contingency-plan → chain-decision → chain-disposal';

describe('the content rules of our graph', () => {
  it('accept the base graph without a single problem', () => {
    expect(problemsWith()).toEqual([]);
  });

  it('reject a label that is not in the dictionary', () => {
    expect(problemsWith('frame-unknown-label.jsonl')).toEqual([
      `${bad('frame-unknown-label.jsonl')}:1: Framework "theoretical-logic" has the unknown label "Framework" — use one of Frame, Aspect, Characteristic, Period, Shift, Evidence, Milestone, Dimension, DrivingElement, KeyContent, Chain, Technology, Capability, Principle, Challenge, Risk, Path, Measure, Concept, Figure, Table, Source (see graph/README.md)`,
    ]);
  });

  it('reject a node with two labels', () => {
    expect(problemsWith('frame-two-labels.jsonl')).toEqual([
      `${bad('frame-two-labels.jsonl')}:1: Concept:Frame "theoretical-logic" has 2 labels — keep exactly one label; link to other ideas with relationships instead`,
    ]);
  });

  it('reject a missing definition and an empty name', () => {
    expect(problemsWith('frame-missing-definition.jsonl')).toEqual([
      `${bad('frame-missing-definition.jsonl')}:1: Frame "theoretical-logic" has an empty "name_en" — add the English name used for this concept throughout the course`,
      `${bad('frame-missing-definition.jsonl')}:1: Frame "theoretical-logic" has no "def_en" — add a 1–3 sentence English definition that translates def_zh`,
    ]);
  });

  it('reject a section that is not written in the section format', () => {
    expect(problemsWith('frame-bad-section.jsonl')).toEqual([
      `${bad('frame-bad-section.jsonl')}:1: Frame "theoretical-logic" has "section" "三（一）", which is not a section of the paper — write one of 摘要, 一, 二(一), 表1, 圖1, 註9 (ASCII parentheses, no spaces)`,
    ]);
  });

  it('reject a key that is not ASCII kebab-case', () => {
    expect(problemsWith('frame-key-not-kebab.jsonl')).toEqual([
      `${bad('frame-key-not-kebab.jsonl')}:1: Frame "Theoretical_Logic" has "key" "Theoretical_Logic", which is not ASCII kebab-case — use lowercase ASCII words joined by hyphens, e.g. "chain-perception"`,
    ]);
  });

  it('reject a node whose line id is not its key', () => {
    expect(problemsWith('frame-id-not-key.jsonl')).toEqual([
      `${bad('frame-id-not-key.jsonl')}:1: Frame "theory" has the key "theoretical-logic", but its line id differs — write "id":"theoretical-logic": our lines use the key as id`,
    ]);
  });

  it('reject a relationship type that is not in the dictionary', () => {
    expect(problemsWith('frame-unknown-type.jsonl')).toEqual([
      `${bad('frame-unknown-type.jsonl')}:3: relationship "dim-tool-innovation|HAS_ELEMENT|theoretical-logic" has the unknown type "HAS_ELEMENT" — use one of PART_OF, DRIVEN_BY, HAS_KEY_CONTENT, PRECEDES, SHIFTS_TO, ENABLES, USES, PRODUCES, ADDRESSES, THREATENS, CONTRASTS_WITH, EVIDENCED_BY, SHOWS, CITES (see graph/README.md)`,
    ]);
  });

  it('reject a relationship without basis', () => {
    expect(problemsWith('frame-missing-basis.jsonl')).toEqual([
      `${bad('frame-missing-basis.jsonl')}:3: relationship "dim-tool-innovation|PART_OF|theoretical-logic" has no "basis" — write "explicit" if the paper states it, "interpretive" if the course infers it`,
    ]);
  });

  it('reject a basis other than explicit or interpretive, and a malformed relationship section', () => {
    expect(problemsWith('frame-bad-basis-and-section.jsonl')).toEqual([
      `${bad('frame-bad-basis-and-section.jsonl')}:3: relationship "dim-tool-innovation|PART_OF|theoretical-logic" has "section" "3", which is not a section of the paper — write one of 摘要, 一, 二(一), 表1, 圖1, 註9 (ASCII parentheses, no spaces)`,
      `${bad('frame-bad-basis-and-section.jsonl')}:3: relationship "dim-tool-innovation|PART_OF|theoretical-logic" has "basis" "stated", which is not "explicit" or "interpretive" — write "explicit" if the paper states it, "interpretive" if the course infers it`,
    ]);
  });

  it('warn, without failing, when a relationship joins labels its type does not expect', () => {
    const file = bad('frame-unexpected-ends.jsonl');
    expect(problemsWith('frame-unexpected-ends.jsonl')).toEqual([
      `${file}:4: warning: DRIVEN_BY should start at Dimension, but relationship "theoretical-logic|DRIVEN_BY|dim-tool-innovation" starts at Frame "theoretical-logic" — reverse it if it points the wrong way, choose the type that fits, or keep it if the paper says so (graph/README.md)`,
      `${file}:4: warning: DRIVEN_BY should end at DrivingElement, but relationship "theoretical-logic|DRIVEN_BY|dim-tool-innovation" ends at Dimension "dim-tool-innovation" — reverse it if it points the wrong way, choose the type that fits, or keep it if the paper says so (graph/README.md)`,
    ]);
  });

  it('reject Evidence without its unit and with a value that is not a number', () => {
    expect(problemsWith('evidence-missing-unit.jsonl')).toEqual([
      `${bad('evidence-missing-unit.jsonl')}:1: Evidence "ev-fraud-fund-warnings" has "value" "940.6 萬", which is not a number — write the number exactly as the paper gives it, e.g. 940.6`,
      `${bad('evidence-missing-unit.jsonl')}:1: Evidence "ev-fraud-fund-warnings" has no "unit_en" — add the unit in English, e.g. "10k instructions"`,
    ]);
  });

  it('reject Evidence that cites no Source', () => {
    expect(problemsWith('evidence-uncited.jsonl')).toEqual([
      `${bad('evidence-uncited.jsonl')}:1: Evidence "ev-fraud-fund-warnings" cites no Source — add a CITES relationship from "ev-fraud-fund-warnings" to the Source of its footnote, e.g. "fn-09"`,
    ]);
  });

  it('reject a Source without a valid number or citation', () => {
    expect(problemsWith('sources-missing-number.jsonl')).toEqual([
      `${bad('sources-missing-number.jsonl')}:1: Source "paper" has "number" -1, which is not a whole number from 0 — write the footnote number (0 for the paper itself)`,
      `${bad('sources-missing-number.jsonl')}:1: Source "paper" has no "citation" — copy the full citation from the footnote, with "�" turned back into dots`,
    ]);
  });

  it('reject a five-chains sequence with a step missing', () => {
    expect(problemsWith('chains-missing-step.jsonl')).toEqual([
      `${bad('chains-missing-step.jsonl')}:3: the "five-chains" sequence lacks the step chain-contingency-plan → chain-decision — add {"type":"relationship","id":"chain-contingency-plan|PRECEDES|chain-decision","label":"PRECEDES","properties":{"basis":"explicit","section":"三(四)","sequence":"five-chains"},"start":{"id":"chain-contingency-plan","labels":["Chain"]},"end":{"id":"chain-decision","labels":["Chain"]}}`,
    ]);
  });

  it('reject a five-chains link that skips a chain, and one that repeats a step', () => {
    const file = bad('chains-wrong-step.jsonl');
    expect(problemsWith('chains-wrong-step.jsonl')).toEqual([
      `${file}:11: PRECEDES chain-assessment → chain-decision is not a step of the "five-chains" sequence ${FIVE_CHAINS} — remove it, correct its ends, or give it another "sequence"`,
      `${file}:12: PRECEDES chain-perception → chain-assessment repeats the "five-chains" link at ${file}:7 — keep one link per step`,
    ]);
  });

  it('reject a PRECEDES link without "sequence", which also leaves a step missing', () => {
    const file = bad('chains-step-without-sequence.jsonl');
    expect(problemsWith('chains-step-without-sequence.jsonl')).toEqual([
      `${file}:3: the "five-chains" sequence lacks the step chain-contingency-plan → chain-decision — add {"type":"relationship","id":"chain-contingency-plan|PRECEDES|chain-decision","label":"PRECEDES","properties":{"basis":"explicit","section":"三(四)","sequence":"five-chains"},"start":{"id":"chain-contingency-plan","labels":["Chain"]},"end":{"id":"chain-decision","labels":["Chain"]}}`,
      `${file}:9: relationship "chain-contingency-plan|PRECEDES|chain-decision" has no "sequence" — name the ordered sequence it belongs to, e.g. "sequence":"five-chains"`,
    ]);
  });

  it('reject orders with a gap and a repeat', () => {
    const file = bad('chains-order-gap.jsonl');
    const fix = "number the 5 Chain nodes 1 to 5, each number once, in the paper's order";
    expect(problemsWith('chains-order-gap.jsonl')).toEqual([
      `${file}:4: Chain "chain-decision" repeats order 2 of Chain "chain-assessment" at ${file}:2 — ${fix}`,
      `${file}:5: Chain "chain-disposal" has order 6, outside 1–5 for the 5 Chain nodes — ${fix}`,
    ]);
  });

  it('reject an ordered node without order', () => {
    expect(problemsWith('chains-order-missing.jsonl')).toEqual([
      `${bad('chains-order-missing.jsonl')}:3: Chain "chain-contingency-plan" has no "order" — number the 5 Chain nodes 1 to 5, each number once, in the paper's order`,
    ]);
  });
});
