import { z } from 'zod';
import { PART_STATUSES } from './part-status.ts';

/** The six verdicts as a zod schema, for the contracts that parse them (kept apart so the case view loads no zod). */
export const PartStatusSchema = z.enum(PART_STATUSES);
