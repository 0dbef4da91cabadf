import { GRAPH_ATTRIBUTES } from './component-contract';
import type { CourseDoc, ModuleDoc } from './course-docs';
import { problemAt, type CourseProblem, type Place } from './course-problem';
import type { GraphKeys } from './graph-keys';
import { didYouMean } from './suggest';

/** Where to add a missing concept, named in fixes. */
export interface ReferenceContext {
  graph: GraphKeys;
  /** The graph export to add concepts to, e.g. graph/framework.jsonl. */
  graphFile: string;
}

/** Every graph key a file names, in its frontmatter `concepts` and its components, exists (with the right label). */
export function checkReferences(doc: CourseDoc, context: ReferenceContext): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const concepts = doc.frontmatter?.data['concepts'];
  if (Array.isArray(concepts)) {
    concepts.forEach((key: unknown, index) => {
      if (typeof key === 'string')
        problems.push(...checkKey(doc, context, key, doc.frontmatter?.placeOf(['concepts', index])));
    });
  }
  if (doc.mdx?.ok) {
    for (const element of doc.mdx.elements) {
      for (const reference of GRAPH_ATTRIBUTES.filter((candidate) => candidate.component === element.name)) {
        const attribute = element.attributes.find((candidate) => candidate.name === reference.attribute);
        if (!attribute || attribute.kind === 'boolean') continue;
        const key = attribute.kind === 'text' ? attribute.value : stringLiteral(attribute.value);
        if (key === undefined) {
          problems.push(
            problemAt(
              doc.path,
              attribute.place,
              `<${element.name} ${reference.attribute}={…}> is an expression the check cannot verify`,
              `write the key as text: ${reference.attribute}="${reference.example}"`,
            ),
          );
        } else if (key.trim() !== '') {
          problems.push(
            ...checkKey(
              doc,
              context,
              key,
              attribute.place,
              reference.label,
              `<${element.name} ${reference.attribute}>`,
            ),
          );
        }
      }
    }
  }
  return problems;
}

/** A module's `dimension` names a Dimension node. */
export function checkDimension(doc: ModuleDoc, context: ReferenceContext): CourseProblem[] {
  const key = doc.frontmatter?.data['dimension'];
  if (typeof key !== 'string') return [];
  return checkKey(doc, context, key, doc.frontmatter?.placeOf(['dimension']), 'Dimension', 'dimension');
}

function checkKey(
  doc: CourseDoc,
  { graph, graphFile }: ReferenceContext,
  key: string,
  place: Place | undefined,
  label?: string,
  where?: string,
): CourseProblem[] {
  const at = place ?? { line: 1, column: 1 };
  const labels = graph.labelsOf(key);
  const candidates = label ? graph.keysWithLabel(label) : graph.keys;
  if (labels === undefined) {
    const what = label === 'Evidence' ? 'evidence key' : 'concept key';
    const fix = label
      ? `use the key of ${withArticle(label)} node in the graph${didYouMean(key, candidates)}`
      : `use a key that exists in the graph${didYouMean(key, candidates)}, or add the concept to ${graphFile}`;
    return [problemAt(doc.path, at, `unknown ${what} "${key}"`, fix)];
  }
  if (label && !labels.includes(label)) {
    const actual = labels.length > 0 ? `${withArticle(labels.join('/'))} node` : 'a node without labels';
    const fix =
      label === 'Dimension'
        ? `name the Dimension node the module teaches${didYouMean(key, candidates)}, or remove dimension for a module that teaches no single dimension`
        : `${where ?? 'this'} needs ${withArticle(label)} node${didYouMean(key, candidates)}; ${label} keys: ${candidates.slice(0, 5).join(', ')}${candidates.length > 5 ? ', …' : ''}`;
    return [problemAt(doc.path, at, `"${key}" is ${actual}, not ${withArticle(label)} node`, fix)];
  }
  return [];
}

const withArticle = (label: string) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;

// `{"key"}` or `{'key'}` is as good as text; anything else is code the check does not run.
function stringLiteral(expression: string): string | undefined {
  const match = /^\s*(["'])([^"'\\]*)\1\s*$/.exec(expression);
  return match?.[2];
}
