import type { Platform } from '../platform';
import { linkedin } from './linkedin';
import type { PlatformAdapter } from './types';
import { x } from './x';

export const adapters: Record<Platform, PlatformAdapter> = { linkedin, x };
export type { Composer, PlatformAdapter } from './types';
