import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { createCustomerProfileExample } from './example';
import type { CustomerProfileData } from './model';
import { customerProfilePageModel } from './page-model';

/** Everything the shell needs to store, check and import a customer profile document: the page model with its worked example (its exports are in exports.ts). */
export const customerProfileModel: WorksheetModelWithExample<CustomerProfileData> = {
  ...customerProfilePageModel,
  createExample: createCustomerProfileExample,
};
