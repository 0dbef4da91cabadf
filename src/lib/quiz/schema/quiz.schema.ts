import { z } from 'zod';
import { idSchema, moduleSlugSchema } from './identifiers.schema';
import { questionSchema } from './question.schema';
import { textSchema } from './text.schema';

/** How a quiz gives feedback: practice after each question, test only after the whole attempt is submitted. */
export const quizModeSchema = z.enum(['practice', 'test']);
export type QuizMode = z.infer<typeof quizModeSchema>;

/** One module's quiz: a YAML file in src/content/quizzes/. See docs/quiz-format.md. */
export const quizSchema = z
  .strictObject({
    /** Unique among quizzes; saved progress is keyed by it, so keep it stable. */
    id: idSchema,
    /** Slug of the module this quiz belongs to. */
    module: moduleSlugSchema,
    /** The quiz's heading. */
    title: textSchema,
    /** Fraction of the total score needed to pass, 0–1; default 0.7 (70%). */
    passMark: z
      .number()
      .min(0, 'passMark is below 0 — write a fraction from 0 to 1, e.g. 0.7 for 70%')
      .max(1, 'passMark is above 1 — passMark is a fraction, write 0.7 for 70%')
      .default(0.7),
    /** practice (default): feedback after each question; test: feedback after submitting the attempt. */
    mode: quizModeSchema.default('practice'),
    /** Questions drawn at random from the pool for each attempt; default all of them. */
    drawCount: z.number().int('drawCount must be a whole number').min(1, 'drawCount must be at least 1').optional(),
    /** Shuffle question and option order per attempt (seeded, so an attempt can be shown again); default true. */
    shuffle: z.boolean().default(true),
    /** The question pool; at least one question, ids unique. */
    questions: z.array(questionSchema).min(1, 'the quiz has no questions — add at least one under questions:'),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `duplicate question id "${question.id}" — question ids must be unique within a quiz; rename this one`,
        });
      }
      seen.add(question.id);
    });
    if (quiz.drawCount !== undefined && quiz.drawCount > quiz.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['drawCount'],
        message: `drawCount ${quiz.drawCount} is more than the ${quiz.questions.length} questions in the pool — lower it or add questions`,
      });
    }
  });
export type Quiz = z.infer<typeof quizSchema>;
/** A quiz as written in a file, before defaults are filled in. */
export type QuizInput = z.input<typeof quizSchema>;
