import { rows } from './corpus-types';

export const FRESH_FR_POSTS = rows('freshfr', []);
