export {
  PolicySchema,
  TermEntrySchema,
  SeveritySettingSchema,
  CategorySchema,
  POLICY_FIELDS,
  MAX_POLICY_TERMS,
  MAX_POLICY_SALTS,
  MAX_TERM_CHARS,
  type Policy,
  type PolicyField,
  type PolicyInput,
  type TermEntry,
  type SeveritySetting,
} from './policy-schema';
export { hashTerm, hashNormalised } from './hash-term';
export { mergePolicies, MAX_IGNORED_CHARS, type PolicyLayer, type PolicySource, type PolicyIssue, type MergedPolicy } from './merge-policies';
export { parsePolicyDocument, formatIssues, type PolicyDocumentResult } from './parse-policy-document';
export { matchTerms, MAX_HASHED_WORDS, type TermMatch } from '../text/match-terms';
