import { defineWorksheet } from '../../lib/worksheet-definition';
import { customerProfileMeta } from './meta';

/** The Customer profile builder as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const customerProfileWorksheet = defineWorksheet(customerProfileMeta, {
  loadModel: async () => (await import('./definition')).customerProfileModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).customerProfilePageModel,
  loadPage: async () => (await import('./CustomerProfilePage')).CustomerProfilePage,
  loadExports: async () => (await import('./exports')).customerProfileExports,
});
