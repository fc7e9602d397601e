import type { Attachment, Category, Platform } from '../../utils/checks/types';
import type { CompanyContent } from '../../utils/checks/types';
import { hashTerm, PolicySchema, type Policy } from '../../utils/policy';
import { resolveDisclosure } from '../../utils/policy/disclosure';

/** One labelled post: `labels` is the set of categories a careful reviewer expects to be reported. */
export interface CorpusPost {
  id: string;
  lang: 'fr' | 'en' | 'mixed';
  platform: Platform;
  labels: Category[];
  text: string;
  attachments?: Attachment[];
  surface?: 'post' | 'comment';
}

const SALT = 'porte-voix-test-salt';

/**
 * The fixed policy of the corpus: a few codenames and clients, one of each given only as a salted hash
 * (the hashed names are "Atlas Bleu" and "Initech").
 */
export const CORPUS_POLICY: Policy = PolicySchema.parse({
  codenames: ['Orion', 'Nébula', 'Project Kestrel', { sha256: hashTerm('Atlas Bleu', SALT) }],
  clientNames: ['Société Générique', 'Globex', 'Hôpital Sainte-Claire', `sha256:${hashTerm('Initech', SALT)}`],
  internalDomains: ['acme-corp.net', 'corp.acme.com'],
  hashSalt: SALT,
  disclosure: 'I work at Acme',
});

/** The company's public newsroom: a link to it shares company content and owes the policy's disclosure. */
export const CORPUS_COMPANY: CompanyContent = {
  disclosure: resolveDisclosure(CORPUS_POLICY),
  sharesItem: false,
  companyHosts: ['news.acme.com'],
};

type Row = [platform: Platform, lang: CorpusPost['lang'], labels: string, text: string, extra?: Partial<CorpusPost>];

export function rows(prefix: string, list: readonly Row[]): CorpusPost[] {
  return list.map(([platform, lang, labels, text, extra], index) => ({
    id: `${prefix}-${String(index + 1).padStart(3, '0')}`,
    platform,
    lang,
    labels: labels.split(/\s+/).filter(Boolean) as Category[],
    text,
    ...extra,
  }));
}
