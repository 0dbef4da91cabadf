import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkCourse, formatCourseReport, type CourseCheckOptions } from '../lib/course-check/index';

// Files whose change can change the check's answer.
const WATCHED = /[\\/]src[\\/]content[\\/](modules|lessons|quizzes)[\\/]|[\\/]graph[\\/][^\\/]+\.jsonl$/;

/** Logs the check's report in dev: problems as warnings, so the page still renders for the author. */
function warnAbout(logger: AstroIntegrationLogger, options: CourseCheckOptions): void {
  const result = checkCourse(options);
  const report = formatCourseReport(result);
  if (result.problems.length > 0) logger.warn(`\n${report}`);
  else logger.info(report);
}

// Without a stack, Astro prints the report as it is, instead of guessing a location from its first line.
function reportError(report: string): Error {
  const error = new Error(`The course has authoring problems (see docs/authoring-guide.md):\n${report}`);
  error.stack = '';
  return error;
}

/**
 * Runs the course check (src/lib/course-check) with the site: `astro build` fails on any problem,
 * listing every one as `file:line:col: what — fix` (with COURSE_CHECK=warn it only warns);
 * `astro dev` prints them as warnings and re-runs the check whenever a module, lesson, quiz or
 * graph export changes.
 */
export function courseCheck(options: CourseCheckOptions = {}): AstroIntegration {
  return {
    name: 'course-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // COURSE_CHECK=warn lets a build go on while content is half-written (say, quizzes still coming).
        if (command === 'dev' || (command === 'build' && process.env['COURSE_CHECK'] === 'warn')) {
          warnAbout(logger, options);
          return;
        }
        if (command !== 'build') return;
        const result = checkCourse(options);
        const report = formatCourseReport(result);
        // Failing here, before Astro loads the content, shows every problem at once, not only the first.
        if (result.problems.length > 0) throw reportError(report);
        logger.info(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!WATCHED.test(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => warnAbout(logger, options), 150);
        });
      },
    },
  };
}
