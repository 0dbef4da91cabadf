import type { Graph } from '~/lib/graph/graph.schema';
import type { Locale } from '~/lib/i18n/locales';
import { sourceLocale } from '~/lib/i18n/translate';
import type { Quiz } from '~/lib/quiz/schema/quiz.schema';
import { conceptLinker } from './concept-links';
import { gradingData, scriptJson } from './grading-data';
import { questionView, type QuestionView } from './question-view';

/** The mode names the page uses: the file's `test` mode is called an exam on the page. */
export type PageMode = 'practice' | 'exam';

/** What a quiz page renders, in its language. */
export interface QuizPageView {
  quizId: string;
  module: string;
  title: string;
  passMark: number;
  /** The mode offered first: the file's `mode`. */
  defaultMode: PageMode;
  /** Questions per attempt (drawCount, or the whole pool). */
  drawCount: number;
  /** Every question of the pool in file order; the browser shows the drawn ones in the attempt's order. */
  questions: QuestionView[];
  /** The quiz for the browser's grading, as JSON safe inside a script element (see gradingData). */
  gradingJson: string;
}

/** Builds the view of a quiz page: texts in the page's language, concept names from the graph. */
export function quizPageView(quiz: Quiz, locale: Locale, graph: Graph): QuizPageView {
  const linkConcept = conceptLinker(graph, locale);
  return {
    quizId: quiz.id,
    module: quiz.module,
    title: sourceLocale(locale) === 'en' ? quiz.title.en : quiz.title.zh,
    passMark: quiz.passMark,
    defaultMode: quiz.mode === 'test' ? 'exam' : 'practice',
    drawCount: quiz.drawCount ?? quiz.questions.length,
    questions: quiz.questions.map((question) => questionView(question, locale, linkConcept)),
    gradingJson: scriptJson(gradingData(quiz)),
  };
}
