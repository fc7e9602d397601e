import { rows } from './corpus-types';

export const FRESH3_POSTS = rows('fresh3', []);
