import { describe, expect, it } from 'vitest';
import { orderByPrerequisites } from '~/lib/course/order-modules';

const module = (slug: string, order: number, prerequisites: string[] = []) => ({ slug, order, prerequisites });
const slugs = (modules: { slug: string }[]) => modules.map((m) => m.slug);

describe('ordering the course by prerequisites', () => {
  it('puts each module after its prerequisites even when its order is lower', () => {
    expect(slugs(orderByPrerequisites([module('capstone', 1, ['paths']), module('paths', 2)]))).toEqual([
      'paths',
      'capstone',
    ]);
  });

  it('breaks ties between modules free at the same time by order', () => {
    const course = [
      module('tools', 5, ['intro']),
      module('value', 2, ['intro']),
      module('intro', 1),
      module('efficacy', 6, ['tools']),
    ];
    expect(slugs(orderByPrerequisites(course))).toEqual(['intro', 'value', 'tools', 'efficacy']);
  });

  it('orders the spec course: nine modules, capstone last', () => {
    const course = [
      module('intro', 1),
      module('value-concept', 2, ['intro']),
      module('change-orientation', 3, ['intro']),
      module('mode-innovation', 4, ['intro']),
      module('tool-innovation', 5, ['intro']),
      module('efficacy', 6, ['tool-innovation']),
      module('challenges', 7, ['intro']),
      module('practical-paths', 8, ['challenges']),
      module('capstone', 9, ['tool-innovation', 'efficacy', 'practical-paths']),
    ];
    expect(slugs(orderByPrerequisites([...course].reverse()))).toEqual(slugs(course));
  });

  it('ignores unknown prerequisites and still places modules caught in a cycle, by order', () => {
    const course = [module('b', 2, ['a']), module('a', 1, ['b']), module('c', 3, ['missing'])];
    expect(slugs(orderByPrerequisites(course))).toEqual(['c', 'a', 'b']);
  });
});
