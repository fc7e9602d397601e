export { buildShareText, type ShareText, type ShareTextOptions } from './build-share-text';
export { buildIntentUrl } from './build-intent-url';
export type { SharePlatform } from './share-platform';
// The popup's quick share (components/popup) lives beside ours; re-exported so the folder has one entry.
export { composeQuickShare, type QuickShareInput } from './quick-share';
