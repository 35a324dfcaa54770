import { z } from 'zod';
import { UnitStatusesLight } from './store-shapes';
import { LearnerDetailsLight } from '../lib/evidence-types';

/**
 * The learner-details and unit-progress schemas with the full zod API (`.optional()`, the form
 * resolver), for the My details form and backup files. The rules are lib/evidence-types.ts's and store-shapes.ts's own.
 * Marked pure so that pages which never use them (the home page) do not load full zod for them.
 */
export const LearnerDetailsSchema = /* @__PURE__ */ z.object(LearnerDetailsLight.def.shape);
export const UnitStatusesSchema = /* @__PURE__ */ z.record(UnitStatusesLight.def.keyType, UnitStatusesLight.def.valueType);
