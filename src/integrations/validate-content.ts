import type { AstroIntegration } from 'astro';
import { correctionProblemsSince } from '../validation/git-base.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate.ts';
import { formatProblem } from '../validation/problems.ts';

/**
 * Runs the same checks as `npm run validate` before Astro reads any content, so a bad
 * file stops the build with its path, field and a plain message (Astro's own collection
 * errors would name neither the cross-reference nor the rule).
 */
export function validateContentIntegration(contentRoot: string): AstroIntegration {
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        // Unit tests load Astro's config too; they test the validator on fixtures directly.
        if (process.env['VITEST']) return;
        const checked = validateContent(readContentFiles(contentRoot));
        // CI names the previous commit: a published figure that changed since needs a correction.
        const base = process.env['CONTENT_BASE_REF'];
        const problems =
          base && checked.content
            ? correctionProblemsSince(contentRoot, base, checked.content.reports)
            : checked.problems;
        // While editing (`npm run dev`, `npm run cms`) a problem is said, not fatal: the editor
        // is how it gets fixed.
        if (problems.length > 0 && command === 'dev') {
          logger.warn(`content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
          return;
        }
        if (problems.length > 0) {
          const list = problems.map(formatProblem).join('\n');
          throw new Error(`Content has ${problems.length} problem(s):\n${list}`);
        }
        logger.info(base ? `content validated; published figures checked against ${base}` : 'content validated');
      },
    },
  };
}
