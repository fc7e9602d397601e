/** Where a share goes. Same ids as the platform adapters ('linkedin', 'x'). */
export type SharePlatform = 'linkedin' | 'x';
