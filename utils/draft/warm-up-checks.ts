import { runChecks } from '../checks';
import type { CheckContext } from '../checks/types';

/**
 * A short draft with one finding of every confidentiality category and most hygiene ones: checked once while the page
 * is idle, it makes the engine compile the rules' regexes, the shared phrase index and their functions before the
 * person's first keystroke or paste, which would otherwise pay for them (about 14 ms on a 2-core machine for a
 * one-letter draft, 2026-12-03). Each rule's main path has something to read here.
 */
export const CHECKS_WARM_UP_TEXT = [
  'CONFIDENTIEL – do not share. Q3 revenue will reach €12M and EBITDA 22 %, not announced yet; budget 4,5 M€ validé en comité.',
  'Orion and Project Kestrel go live for Globex next month. Staging: https://intranet.acme.com/wiki/launch?utm_source=x and',
  'postgres://app:Xq9!vR2mT@db.acme.internal:5432/main, token: 9fK2qX7vLm3Rt8Wz1Yb4, key AKIAZ7XQ4N2M5P8R3T6W, mdp : Soleil2024!',
  'Call 06 12 34 56 78 or +44 20 7946 0958, mail marie.lefevre@acme.com or jean [at] acme-corp.fr.',
  'IBAN FR76 3000 6000 0112 3456 7890 189, card 4111 1111 1111 1111, NIR 1 85 05 78 006 084 91, BSN 111222333.',
  'HUGE NEWS!!! 𝗕𝗶𝗴 𝗱𝗮𝘆 #launch #Orion',
].join('\n');

/** Checks the warm-up draft once with the person's context, for its side effect only (see CHECKS_WARM_UP_TEXT). */
export function warmUpChecks(context: CheckContext): void {
  runChecks(CHECKS_WARM_UP_TEXT, context);
}
