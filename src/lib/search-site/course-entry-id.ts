import { isLocale, type Locale } from '~/lib/i18n/locales';

/** Where a module or lesson entry belongs, read from its collection id. */
export interface CourseEntryPlace {
  /** The language folder: zh-Hant or en (zh-Hans is generated). */
  locale: Locale;
  /** The module slug. */
  module: string;
  /** The lesson slug without its `NN-` order prefix; undefined for a module. */
  lesson?: string;
}

/**
 * Reads `zh-Hant/tool-innovation` (a module) or `en/tool-innovation/01-perception-and-assessment`
 * (a lesson). Returns undefined for an id in another shape, so a stray file is skipped, not fatal.
 */
export function courseEntryPlace(id: string): CourseEntryPlace | undefined {
  const [lang, module, file, ...rest] = id.split('/');
  if (!isLocale(lang) || module === undefined || module === '' || rest.length > 0) return undefined;
  if (file === undefined) return { locale: lang, module };
  return { locale: lang, module, lesson: file.replace(/^\d+-/, '') };
}

/** The site path (inside a locale) of a module, `/modules/<module>/`, or of one of its lessons. */
export function coursePath(place: CourseEntryPlace): string {
  return place.lesson === undefined ? `/modules/${place.module}/` : `/modules/${place.module}/${place.lesson}/`;
}
