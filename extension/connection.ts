// The extension's side of connection codes: which message explains a refused code.
import type { ConnectionCodeProblem, ReadConnectionCode } from '../shared/webapp/connection-code.ts';
import type { MessageKey, Translate } from './i18n.ts';

const PROBLEM_MESSAGES: Record<ConnectionCodeProblem, MessageKey> = {
  empty: 'codeEmpty',
  prefix: 'codePrefix',
  damaged: 'codeDamaged',
  incomplete: 'codeIncomplete',
  url: 'codeBadUrl',
};

/** What the member is told about a code readConnectionCode refused. */
export function codeProblemText(refused: Extract<ReadConnectionCode, { ok: false }>, t: Translate): string {
  return t(PROBLEM_MESSAGES[refused.problem], refused.url ?? '');
}
