import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { customerProfileCompleteness } from './completeness';
import { createCustomerProfileExample } from './example';
import { createEmptyCustomerProfile, CUSTOMER_PROFILE_SCHEMA_VERSION, parseCustomerProfile, type CustomerProfileData } from './model';
import { customerProfileEvidenceBlocks } from './pdf';

/** Everything the shell needs to store, check, import and export a customer profile document. */
export const customerProfileModel: WorksheetModelWithExample<CustomerProfileData> = {
  schemaVersion: CUSTOMER_PROFILE_SCHEMA_VERSION,
  parse: parseCustomerProfile,
  createEmpty: createEmptyCustomerProfile,
  createExample: createCustomerProfileExample,
  completeness: customerProfileCompleteness,
  evidenceBlocks: customerProfileEvidenceBlocks,
};
