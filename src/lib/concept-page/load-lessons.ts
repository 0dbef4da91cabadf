import { getCollection } from 'astro:content';
import { type LessonRef, lessonRefFromEntry } from './lesson-refs';

/** A module's title by language and slug, for labelling the lessons a concept page lists. */
export type ModuleTitles = ReadonlyMap<string, string>;

// The `lessons` and `modules` collections are defined by the course's content config, which may
// not define them (yet): call getCollection untyped, and treat only "does not exist" as "none".
const getAnyCollection = getCollection as unknown as (name: string) => Promise<unknown[]>;

async function entriesOf(name: string): Promise<unknown[]> {
  try {
    return await getAnyCollection(name);
  } catch (error) {
    if (/does not exist/i.test(String(error))) return [];
    throw error;
  }
}

let lessons: Promise<LessonRef[]> | undefined;
let modules: Promise<ModuleTitles> | undefined;

// A build reads each collection once; `astro dev` rereads it so lesson edits show at once.
const reuse = !import.meta.env.DEV;

/** Every lesson of the `lessons` collection (read once per build); empty when there is none. */
export function loadLessonRefs(): Promise<LessonRef[]> {
  if (!reuse) lessons = undefined;
  return (lessons ??= entriesOf('lessons').then((entries) =>
    entries.flatMap((entry) => lessonRefFromEntry(entry) ?? []),
  ));
}

/** Module titles keyed `<lang>/<slug>` from the `modules` collection; empty when there is none. */
export function loadModuleTitles(): Promise<ModuleTitles> {
  if (!reuse) modules = undefined;
  return (modules ??= entriesOf('modules').then(
    (entries) =>
      new Map(
        entries.flatMap((entry) => {
          const { id, data } = (entry ?? {}) as { id?: unknown; data?: { title?: unknown } };
          return typeof id === 'string' && typeof data?.title === 'string' ? [[id, data.title] as const] : [];
        }),
      ),
  ));
}
