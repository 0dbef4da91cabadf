/** A lesson as the concept pages need it: where it is, what it is called and which concepts it teaches. */
export interface LessonRef {
  /** The language of the lesson file: zh-Hant or en. */
  lang: string;
  module: string;
  /** The lesson's URL slug: its file name without the `NN-` order prefix. */
  slug: string;
  /** Its position in the module (the `NN` prefix). */
  order: number;
  title: string;
  concepts: string[];
}

const LESSON_PATH = /(?:^|\/)(zh-Hant|en)\/([^/]+)\/(\d+)-([^/]+?)(?:\.mdx?)?$/;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * Reads a `lessons` collection entry defensively (the collection is defined elsewhere and may
 * change): its place comes from the id `en/tool-innovation/01-perception-and-assessment` or,
 * failing that, the file path; undefined when neither has that shape.
 */
export function lessonRefFromEntry(entry: unknown): LessonRef | undefined {
  const fields = record(entry);
  const data = record(fields?.['data']);
  const places = [fields?.['id'], fields?.['filePath']].filter((value): value is string => typeof value === 'string');
  const match = places.map((place) => LESSON_PATH.exec(place)).find((found) => found !== null);
  if (!fields || !data || !match) return undefined;
  const [, lang = '', module = '', order = '0', slug = ''] = match;
  const concepts = Array.isArray(data['concepts']) ? data['concepts'].filter((key) => typeof key === 'string') : [];
  const title = typeof data['title'] === 'string' ? data['title'] : slug;
  return { lang, module, slug, order: Number(order), title, concepts };
}

/** The lessons in one language that list a concept, ordered by module then lesson. */
export function lessonsTeaching(lessons: readonly LessonRef[], lang: string, conceptId: string): LessonRef[] {
  return lessons
    .filter((lesson) => lesson.lang === lang && lesson.concepts.includes(conceptId))
    .sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : a.order - b.order));
}
