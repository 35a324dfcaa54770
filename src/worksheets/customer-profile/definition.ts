import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { customerProfileCompleteness } from './completeness';
import { createCustomerProfileExample } from './example';
import { createEmptyCustomerProfile, CUSTOMER_PROFILE_SCHEMA_VERSION, parseCustomerProfile, type CustomerProfileData } from './model';

/** Everything the shell needs to store, check and import a customer profile document (its exports are in exports.ts). */
export const customerProfileModel: WorksheetModelWithExample<CustomerProfileData> = {
  schemaVersion: CUSTOMER_PROFILE_SCHEMA_VERSION,
  parse: parseCustomerProfile,
  createEmpty: createEmptyCustomerProfile,
  createExample: createCustomerProfileExample,
  completeness: customerProfileCompleteness,
};
