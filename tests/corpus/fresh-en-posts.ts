import { rows } from './corpus-types';

export const FRESH_EN_POSTS = rows('freshen', []);
