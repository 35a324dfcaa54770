import type { WorksheetModel } from '../../lib/worksheet-definition';
import { customerProfileCompleteness } from './completeness';
import { createEmptyCustomerProfile, CUSTOMER_PROFILE_SCHEMA_VERSION, parseCustomerProfile, type CustomerProfileData } from './model';

/**
 * What the section page needs to open, check and save a customer profile document: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const customerProfilePageModel: WorksheetModel<CustomerProfileData> = {
  schemaVersion: CUSTOMER_PROFILE_SCHEMA_VERSION,
  parse: parseCustomerProfile,
  createEmpty: createEmptyCustomerProfile,
  completeness: customerProfileCompleteness,
};
