import type { Question } from '../schema/question.schema';
import type { Text } from '../schema/text.schema';

/** A part of a question that GIFT cannot hold, with its data path in the quiz file. */
export interface GiftExportLimit {
  path: (string | number)[];
  message: string;
}

const arrow = (text: Text | undefined) => text !== undefined && (text.zh.includes('->') || text.en.includes('->'));
const message = (where: string) =>
  `${where} contains "->", which GIFT reads as a matching pair and has no escape for — write → or "to" instead`;

/**
 * Where a question uses "->" in a place GIFT would misread: a matching prompt, or a short answer or its
 * feedback (a block with "=" and "->" is a matching question to Moodle). Empty when it can be exported.
 */
export function giftExportLimits(question: Question, index: number): GiftExportLimit[] {
  const at = (...rest: (string | number)[]) => ['questions', index, ...rest];
  if (question.type === 'matching') {
    return question.pairs.flatMap((pair, pairIndex) =>
      arrow(pair.prompt) ? [{ path: at('pairs', pairIndex, 'prompt'), message: message('a matching prompt') }] : [],
    );
  }
  if (question.type === 'short') {
    return question.answers.flatMap((answer, answerIndex) => [
      ...(arrow(answer.text) ? [{ path: at('answers', answerIndex, 'text'), message: message('a short answer') }] : []),
      ...(arrow(answer.feedback)
        ? [{ path: at('answers', answerIndex, 'feedback'), message: message('short-answer feedback') }]
        : []),
    ]);
  }
  return [];
}
