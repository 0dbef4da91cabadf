/** Where a lesson sits, read from its collection id `en/tool-innovation/01-perception-and-assessment`. */
export interface LessonPlace {
  lang: string;
  module: string;
  /** The NN prefix: the lesson's position in its module. */
  order: number;
  /** The URL slug: the file name without the NN- prefix. */
  slug: string;
}

const LESSON_ID = /^([^/]+)\/([^/]+)\/(\d+)-([^/]+)$/;

/** Reads a lesson id; throws with the expected shape when the id has another (the course check reports the file). */
export function parseLessonId(id: string): LessonPlace {
  const match = LESSON_ID.exec(id);
  if (!match)
    throw new Error(`lesson id "${id}" is not <lang>/<module>/<NN>-<slug>: rename src/content/lessons/${id}.mdx`);
  const [, lang = '', module = '', order = '0', slug = ''] = match;
  return { lang, module, order: Number(order), slug };
}

/** Reads a module id `zh-Hant/tool-innovation` into its language and slug. */
export function parseModuleId(id: string): { lang: string; slug: string } {
  const at = id.indexOf('/');
  return { lang: id.slice(0, at), slug: id.slice(at + 1) };
}
