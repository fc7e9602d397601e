import type { Policy } from './policy-schema';
import { foldAccents } from '../text/fold-accents';

/** The disclosure line a post owes when it shares company content, and whose it is. */
export interface Disclosure {
  /** Lines by language ("en", "fr"); "*" is the line for any language. */
  lines: Readonly<Record<string, string>>;
  /** The company's line wins; the person's own applies when the company sets none. */
  source: 'company' | 'personal';
}

/** The disclosure in force: the company's (policy `disclosure` / `disclosureByLanguage`), else the person's own line. */
export function resolveDisclosure(policy: Pick<Policy, 'disclosure' | 'disclosureByLanguage'>, personalLine = ''): Disclosure | null {
  const lines: Record<string, string> = {};
  for (const [language, line] of Object.entries(policy.disclosureByLanguage ?? {})) {
    if (line.trim()) lines[language.toLowerCase()] = line.trim();
  }
  if (policy.disclosure?.trim()) lines['*'] = policy.disclosure.trim();
  if (Object.keys(lines).length > 0) return { lines, source: 'company' };
  return personalLine.trim() ? { lines: { '*': personalLine.trim() }, source: 'personal' } : null;
}

/** The line for a post in `language` (a BCP 47 tag or undefined): that language's, else the general one, else English, else any. */
export function disclosureLine(disclosure: Disclosure, language: string | undefined): string {
  const primary = language?.slice(0, 2).toLowerCase();
  const { lines } = disclosure;
  return (primary ? lines[primary] : undefined) ?? lines['*'] ?? lines.en ?? Object.values(lines)[0] ?? '';
}

/** Case-, accent-, apostrophe- and whitespace-insensitive form; end punctuation dropped ("I work at Acme." = "i work at acme"). */
function fold(text: string): string {
  return foldAccents(text)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s.!;:,()[\]-]+|[\s.!;:,()[\]-]+$/g, '');
}

/** True when the draft already carries `line` (any case, accents or spacing), or any of the disclosure's lines. */
export function hasDisclosure(text: string, disclosure: Disclosure): boolean {
  const folded = fold(text);
  return Object.values(disclosure.lines).some((line) => {
    const wanted = fold(line);
    return Boolean(wanted) && folded.includes(wanted);
  });
}
