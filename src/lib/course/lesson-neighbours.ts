/** The links at the foot of a lesson. */
export interface LessonNeighbours<T> {
  previous: T | undefined;
  next: T | undefined;
  /** True for the module's last lesson, which links back to the module (and its quiz). */
  isLast: boolean;
}

/** The lessons before and after `slug` in its module's ordered lessons. */
export function lessonNeighbours<T extends { slug: string }>(lessons: readonly T[], slug: string): LessonNeighbours<T> {
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) throw new Error(`lesson "${slug}" is not in its module's list of lessons`);
  return { previous: lessons[index - 1], next: lessons[index + 1], isLast: index === lessons.length - 1 };
}
