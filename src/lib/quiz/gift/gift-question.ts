// The GIFT side of the mapping, in Moodle's terms and one language: what a GIFT file says, before it is
// turned into our bilingual questions (gift-to-question.ts) or after (question-to-gift.ts).

/** Moodle's text formats, written `[html]` etc. before the question text. */
export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** Fields every GIFT question has. */
export interface GiftQuestionBase {
  /** Line of the question's first line (1-based). */
  line: number;
  /** `::title::`, if any. */
  title?: string;
  /** `[format]`, if any (Moodle's default is moodle). */
  format?: GiftFormat;
  /** The question text; a missing-word question has `_____` where its answer block was. */
  text: string;
  /** General feedback, written after `####` in the answer block. */
  generalFeedback?: string;
  /** The last `$CATEGORY:` before the question, if any. */
  category?: string;
  /** The `//` comment lines of the question's block, without the slashes. */
  comments: { line: number; text: string }[];
}

/** A choice of a multiple-choice question: `=right`, `~wrong`, `~%50%partly right`, each with optional `#feedback`. */
export interface GiftChoice {
  line: number;
  /** Written with `=` (right) rather than `~`. */
  correct: boolean;
  /** `%n%` percentage weight, if written. */
  weight?: number;
  text: string;
  feedback?: string;
}

/** An accepted short answer: `=text`, `=%50%text`, optional `#feedback`. */
export interface GiftShortAnswer {
  line: number;
  weight?: number;
  text: string;
  feedback?: string;
}

/** A numeric answer: `value`, `value:tolerance` or `min..max`, optional `%weight%` and `#feedback`. */
export interface GiftNumericAnswer {
  line: number;
  weight?: number;
  value?: number;
  tolerance?: number;
  min?: number;
  max?: number;
  feedback?: string;
}

/** A matching pair `=prompt -> answer`; an empty prompt makes the answer a distractor. */
export interface GiftPair {
  line: number;
  prompt: string;
  answer: string;
}

/** A GIFT question of a type the course supports. */
export type GiftQuestion =
  | (GiftQuestionBase & { kind: 'multichoice'; choices: GiftChoice[] })
  | (GiftQuestionBase & { kind: 'truefalse'; answer: boolean; feedbackWrong?: string; feedbackRight?: string })
  | (GiftQuestionBase & { kind: 'match'; pairs: GiftPair[] })
  | (GiftQuestionBase & { kind: 'shortanswer'; answers: GiftShortAnswer[] })
  | (GiftQuestionBase & { kind: 'numerical'; answers: GiftNumericAnswer[] });

/** One thing found in a GIFT file. */
export type GiftItem =
  | { item: 'category'; line: number; category: string }
  | { item: 'question'; question: GiftQuestion }
  | { item: 'unsupported'; line: number; kind: 'essay' | 'description'; title?: string }
  | { item: 'error'; line: number; message: string };
