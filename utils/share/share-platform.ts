/** Where a share goes. Same ids as the platform adapters ('linkedin', 'x'). */
import type { Platform } from '../platform';

export type SharePlatform = Platform;
