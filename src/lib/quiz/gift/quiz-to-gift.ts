import type { Quiz } from '../schema/quiz.schema';
import type { Language } from '../schema/text.schema';
import type { GiftLanguage, GiftQuestionMeta, GiftQuizMeta } from './gift-meta.schema';
import { questionToGift } from './question-to-gift';
import { serializeGiftQuestion } from './serialize-gift';

/** Our two languages in GIFT exports: zh-Hant is stored as zh. */
export const languageOfGift: Record<GiftLanguage, Language> = { 'zh-Hant': 'zh', en: 'en' };
/** The other language of a GIFT export, whose text rides in `// @<lang>` lines. */
export const otherGiftLanguage: Record<GiftLanguage, GiftLanguage> = { 'zh-Hant': 'en', en: 'zh-Hant' };

/**
 * Writes a quiz as a GIFT file whose text is in `lang`, for Moodle. Nothing is lost: `// @quiz`, `// @meta`
 * and `// @<other language>` comment lines (which Moodle skips) carry the rest, and giftToQuiz reads them back.
 * Check giftExportLimits first: text with "->" in matching prompts or short answers cannot be written.
 */
export function quizToGift(quiz: Quiz, lang: GiftLanguage, source = `${quiz.id}.yaml`): string {
  const other = otherGiftLanguage[lang];
  const quizMeta: GiftQuizMeta = {
    lang,
    id: quiz.id,
    module: quiz.module,
    title: quiz.title,
    passMark: quiz.passMark,
    mode: quiz.mode,
    ...(quiz.drawCount !== undefined && { drawCount: quiz.drawCount }),
    shuffle: quiz.shuffle,
  };
  const header = [
    `// ${quiz.title[languageOfGift[lang]].replace(/\s+/g, ' ')} — exported from ${source} by npm run gift:export.`,
    `// Moodle imports the ${lang} text and skips // lines. npm run gift:import reads the // @ lines back`,
    `// (@quiz: quiz fields; @meta: type, section, concepts, option ids; @${other}: the ${other} text),`,
    `// so the round trip loses nothing. Edit both languages alike, or better, edit the YAML and export again.`,
    `// @quiz ${JSON.stringify(quizMeta)}`,
  ].join('\n');
  const questions = quiz.questions.map((question) => {
    const meta: GiftQuestionMeta = {
      type: question.type,
      section: question.section,
      concepts: question.concepts,
      ...((question.type === 'single' || question.type === 'multiple') && {
        options: question.options.map((option) => option.id),
      }),
    };
    return [
      `// @meta ${JSON.stringify(meta)}`,
      `// @${other} ${serializeGiftQuestion(questionToGift(question, languageOfGift[other]), { oneLine: true })}`,
      serializeGiftQuestion(questionToGift(question, languageOfGift[lang])),
    ].join('\n');
  });
  return `${[header, `$CATEGORY: $course$/${quiz.module}/${quiz.id}`, ...questions].join('\n\n')}\n`;
}
