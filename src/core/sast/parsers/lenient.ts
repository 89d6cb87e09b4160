import type * as z from 'zod';

/**
 * A display-only field: absent when its value has the wrong shape, because one odd message or location should
 * not make a whole scan unusable. Never for what decides counts (containers, severities, suppressions).
 */
export const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
