import { describe, expect, it } from 'vitest';
import { lessonNeighbours } from '~/lib/course/lesson-neighbours';
import { parseLessonId, parseModuleId } from '~/lib/course/lesson-id';
import { lessonPagePath, quizPagePath } from '~/lib/course/course-paths';

const lessons = [{ slug: 'background' }, { slug: 'perception' }, { slug: 'decision' }];

describe('lesson places and links', () => {
  it('reads language, module, order and URL slug from a lesson id', () => {
    expect(parseLessonId('en/tool-innovation/01-perception-and-assessment')).toEqual({
      lang: 'en',
      module: 'tool-innovation',
      order: 1,
      slug: 'perception-and-assessment',
    });
    expect(parseModuleId('zh-Hant/tool-innovation')).toEqual({ lang: 'zh-Hant', slug: 'tool-innovation' });
  });

  it('refuses a lesson id without the NN- prefix, naming the file', () => {
    expect(() => parseLessonId('en/intro/concept')).toThrow('rename src/content/lessons/en/intro/concept.mdx');
  });

  it('gives the first lesson only a next link and the last only a previous one, marked last', () => {
    expect(lessonNeighbours(lessons, 'background')).toEqual({
      previous: undefined,
      next: { slug: 'perception' },
      isLast: false,
    });
    expect(lessonNeighbours(lessons, 'perception')).toEqual({
      previous: { slug: 'background' },
      next: { slug: 'decision' },
      isLast: false,
    });
    expect(lessonNeighbours(lessons, 'decision')).toEqual({
      previous: { slug: 'perception' },
      next: undefined,
      isLast: true,
    });
  });

  it('builds lesson and quiz URLs in each language, without the NN- prefix', () => {
    expect(lessonPagePath('zh-Hant', 'intro', 'five-characteristics')).toBe('/modules/intro/five-characteristics/');
    expect(lessonPagePath('en', 'intro', 'five-characteristics')).toBe('/en/modules/intro/five-characteristics/');
    expect(quizPagePath('zh-Hans', 'intro')).toBe('/zh-Hans/modules/intro/quiz/');
  });
});
