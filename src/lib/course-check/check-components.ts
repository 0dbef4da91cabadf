import { MDX_COMPONENTS } from './component-contract';
import type { CourseDoc } from './course-docs';
import { problemAt, type CourseProblem } from './course-problem';
import { didYouMean } from './suggest';

const NAMES = Object.keys(MDX_COMPONENTS);

/** Every component is one the site provides (or the file imports), with its required attributes. */
export function checkComponents(doc: CourseDoc): CourseProblem[] {
  if (!doc.mdx?.ok) return [];
  const problems: CourseProblem[] = [];
  for (const element of doc.mdx.elements) {
    const contract = MDX_COMPONENTS[element.name];
    if (!contract) {
      // Lowercase names are HTML elements; an imported name is the author's own component.
      const isComponent = /^[A-Z]/.test(element.name) || element.name.includes('.');
      if (isComponent && !doc.mdx.importedNames.has(element.name.split('.')[0] ?? '')) {
        problems.push(
          problemAt(
            doc.path,
            element.place,
            `unknown component <${element.name}>`,
            `use one of ${NAMES.join(', ')}${didYouMean(element.name, NAMES)}`,
          ),
        );
      }
      continue;
    }
    for (const name of contract.required) {
      const attribute = element.attributes.find((candidate) => candidate.name === name);
      if (!attribute || (attribute.kind === 'text' && attribute.value.trim() === '') || attribute.kind === 'boolean') {
        problems.push(
          problemAt(
            doc.path,
            attribute?.place ?? element.place,
            `<${element.name}> has no ${name}`,
            requiredFix(element.name, name),
          ),
        );
      }
    }
    for (const [name, allowed] of Object.entries(contract.choices ?? {})) {
      const attribute = element.attributes.find((candidate) => candidate.name === name);
      if (attribute?.kind === 'text' && !allowed.includes(attribute.value)) {
        problems.push(
          problemAt(
            doc.path,
            attribute.place,
            `<${element.name}> ${name}="${attribute.value}" is not one of ${allowed.join(', ')}`,
            `write ${allowed.map((value) => `${name}="${value}"`).join(', ')}`,
          ),
        );
      }
    }
  }
  return problems;
}

function requiredFix(component: string, attribute: string): string {
  if (attribute === 'alt') return 'describe the image for readers who cannot see it: alt="…"';
  if (attribute === 'src') return 'give the image path under public/, e.g. src="/figures/five-chains.svg"';
  if (attribute === 'evidence') return `name an Evidence node of the graph: <${component} evidence="…" />`;
  return `name a graph concept: <${component} ${attribute}="chain-perception" />`;
}
