import { defineWorksheet } from '../../lib/worksheet-definition';
import { customerProfileMeta } from './meta';

/** The Customer profile builder as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const customerProfileWorksheet = defineWorksheet(
  customerProfileMeta,
  async () => (await import('./definition')).customerProfileModel,
  async () => (await import('./CustomerProfilePage')).CustomerProfilePage,
  async () => (await import('./exports')).customerProfileExports,
);
