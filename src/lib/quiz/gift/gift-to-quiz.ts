import type { QuestionInput } from '../schema/question.schema';
import type { QuizInput } from '../schema/quiz.schema';
import { giftQuizMetaSchema, type GiftLanguage } from './gift-meta.schema';
import { GiftFileError, type GiftProblem } from './gift-problem';
import { importQuestion } from './import-question';
import { oneSide } from './one-side';
import { parseGift } from './parse-gift';
import { languageOfGift } from './quiz-to-gift';
import { findTaggedComment, readJsonComment } from './read-gift-comments';

/** How to import a GIFT file that did not come from gift:export (an export's `// @quiz` line overrides these). */
export interface GiftImportOptions {
  /** The language of the file's text; default zh-Hant. */
  lang?: GiftLanguage;
  /** The quiz id; default: the file name without extension. */
  id?: string;
  /** The module slug; default empty (validation then asks for it). */
  module?: string;
  /** Import the supported questions and only report essays and descriptions, instead of failing. */
  skipUnsupported?: boolean;
}

/** A quiz read from GIFT (not yet validated) and the warnings and skipped questions to report. */
export interface GiftImport {
  quiz: QuizInput;
  problems: GiftProblem[];
}

const unsupportedNames = { essay: 'essay ({})', description: 'description (text with no answer block)' };

/**
 * Reads a GIFT file into a quiz. A file written by quizToGift comes back exactly; any other file gets its
 * text in one language and empty fields for the author to fill in. Throws GiftFileError listing every
 * error (and every unsupported question unless skipUnsupported), each with its line.
 */
export function giftToQuiz(text: string, fileName: string, options: GiftImportOptions = {}): GiftImport {
  const parsed = parseGift(text);
  const problems: GiftProblem[] = [];
  const allComments = [
    ...parsed.commentBlocks.flatMap((block) => block.comments),
    ...parsed.items.flatMap((item) => (item.item === 'question' ? item.question.comments : [])),
  ];
  const quizMeta = readJsonComment(findTaggedComment(allComments, '@quiz'), giftQuizMetaSchema, '@quiz', problems);
  const visible = quizMeta?.lang ?? options.lang ?? 'zh-Hant';
  const categories = new Set<string>();
  const questions: QuestionInput[] = [];
  const usedIds = new Set<string>();
  for (const item of parsed.items) {
    if (item.item === 'category') categories.add(item.category);
    else if (item.item === 'error') problems.push({ line: item.line, severity: 'error', message: item.message });
    else if (item.item === 'unsupported') {
      problems.push({
        line: item.line,
        severity: 'unsupported',
        ...(item.title !== undefined && { questionId: item.title }),
        message: `${unsupportedNames[item.kind]} questions are not supported by the course — remove it${options.skipUnsupported ? '; it was skipped' : ', or pass --skip-unsupported to import the rest'}`,
      });
    } else {
      const imported = importQuestion(item.question, visible, questions.length, usedIds);
      problems.push(...imported.problems);
      if (imported.question !== undefined) {
        questions.push(imported.question);
        usedIds.add(imported.question.id);
      }
    }
  }
  if (categories.size > 1) {
    problems.push({
      line: 1,
      severity: 'warning',
      message: `the file has ${categories.size} categories (${[...categories].join(', ')}); all questions went into this one quiz`,
    });
  }
  problems.sort((a, b) => a.line - b.line);
  if (
    problems.some(
      (problem) => problem.severity === 'error' || (problem.severity === 'unsupported' && !options.skipUnsupported),
    )
  ) {
    throw new GiftFileError(fileName, problems);
  }
  const id = quizMeta?.id ?? options.id ?? (fileName.split(/[\\/]/).pop() ?? 'quiz').replace(/\.[^.]*$/, '');
  const { lang: _lang, ...quizFields } = quizMeta ?? {
    lang: visible,
    id,
    module: options.module ?? '',
    title: oneSide(languageOfGift[visible], id),
  };
  return { quiz: { ...quizFields, questions } as QuizInput, problems };
}
