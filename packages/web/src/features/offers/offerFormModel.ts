import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type {
  CauseArea,
  ProjectStage,
  PromotionChannel,
  ResourceCategory,
  ResourceDetailsInput,
} from '../../gql/graphql';
import { RESOURCE_CATEGORIES } from '../../shared/enums';
import { endOfDay, localDay, startOfDay } from '../../shared/dates';
import type { CsrOfferFragment } from './organizationOffers.generated';

/** The offer form's values, its field tables and checks, and how its values become the API's input. */

export const CHANNELS: PromotionChannel[] = ['PODCAST', 'WECHAT', 'CONFERENCE_BOOTH', 'NEWSLETTER', 'WEBSITE', 'OTHER'];
export const MAX_QUANTITY = 1_000_000_000;

/** Where each category's details go in ResourceDetailsInput. */
export const DETAILS_KEY = { COMPUTE: 'compute', SERVER: 'server', DATA: 'data', PROMOTION: 'promotion' } as const;

/** The details fields of each category, with the limits the API checks. */
export type DetailField =
  | { name: string; kind: 'text' | 'textarea'; required: boolean; max: number; hint?: boolean }
  | { name: string; kind: 'int'; required: boolean; min: number; max: number }
  | { name: string; kind: 'channel'; required: true };

export const DETAIL_FIELDS: Record<ResourceCategory, DetailField[]> = {
  COMPUTE: [
    { name: 'acceleratorModel', kind: 'text', required: true, max: 120, hint: true },
    { name: 'acceleratorMemoryGiB', kind: 'int', required: false, min: 1, max: 4096 },
  ],
  SERVER: [
    { name: 'vcpus', kind: 'int', required: true, min: 1, max: 1024 },
    { name: 'memoryGiB', kind: 'int', required: true, min: 1, max: 65536 },
    { name: 'storageGiB', kind: 'int', required: true, min: 1, max: 1_000_000 },
    { name: 'region', kind: 'text', required: true, max: 80, hint: true },
    { name: 'months', kind: 'int', required: true, min: 1, max: 120 },
  ],
  DATA: [
    { name: 'datasetName', kind: 'text', required: true, max: 200 },
    { name: 'license', kind: 'text', required: true, max: 200, hint: true },
    { name: 'accessTerms', kind: 'textarea', required: true, max: 2000, hint: true },
  ],
  PROMOTION: [
    { name: 'channel', kind: 'channel', required: true },
    { name: 'audienceSize', kind: 'int', required: false, min: 0, max: 2_000_000_000 },
    { name: 'slotDescription', kind: 'textarea', required: true, max: 500, hint: true },
  ],
};

export interface OfferFormValues {
  category?: ResourceCategory;
  title: string;
  description?: string;
  details: Record<string, Record<string, string | number | null | undefined> | undefined>;
  unit: string;
  total: number;
  maxPerProject?: number | null;
  opensAt?: string;
  closesAt?: string;
  eligibility: { causeAreas: CauseArea[]; stages: ProjectStage[]; osiLicenseRequired: boolean };
  attribution?: string;
}

/** Every form item a server error may name, so the rest are shown above the form. */
export const FIELD_NAMES = [
  'category',
  'title',
  'description',
  'unit',
  'total',
  'maxPerProject',
  'opensAt',
  'closesAt',
  'attribution',
  'eligibility.causeAreas',
  'eligibility.stages',
  ...RESOURCE_CATEGORIES.flatMap((category) =>
    DETAIL_FIELDS[category].map((field) => `details.${DETAILS_KEY[category]}.${field.name}`),
  ),
];

export function initialValues(offer: CsrOfferFragment | null): Partial<OfferFormValues> {
  if (!offer) return { eligibility: { causeAreas: [], stages: [], osiLicenseRequired: false } };
  const { __typename: _type, ...details } = offer.details;
  return {
    category: offer.category,
    title: offer.title,
    description: offer.description,
    details: { [DETAILS_KEY[offer.category]]: details },
    unit: offer.unit,
    total: offer.total,
    maxPerProject: offer.maxPerProject,
    opensAt: localDay(offer.opensAt),
    closesAt: localDay(offer.closesAt),
    eligibility: { ...offer.eligibility },
    attribution: offer.attribution,
  };
}

/** The details input for the chosen category: only its own entry, optional numbers sent as null. */
function detailsInput(category: ResourceCategory, values: OfferFormValues): ResourceDetailsInput {
  const key = DETAILS_KEY[category];
  const given = values.details?.[key] ?? {};
  const entry = Object.fromEntries(
    DETAIL_FIELDS[category].map((field) => {
      const value = given[field.name];
      return [field.name, typeof value === 'string' ? value.trim() : (value ?? null)];
    }),
  );
  return { [key]: entry } as ResourceDetailsInput;
}

/** What creating and updating an offer both send: trimmed texts, whole days as instants. */
export function offerInput(category: ResourceCategory, values: OfferFormValues) {
  return {
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    details: detailsInput(category, values),
    unit: values.unit.trim(),
    total: values.total,
    maxPerProject: values.maxPerProject ?? null,
    opensAt: values.opensAt ? startOfDay(values.opensAt) : null,
    closesAt: values.closesAt ? endOfDay(values.closesAt) : null,
    eligibility: values.eligibility,
    attribution: values.attribution?.trim() ?? '',
  };
}

/** The form's checks, with messages in the interface's language; the server checks again. */
export function offerRules(t: TFunction) {
  return {
    required: (label: string): Rule => ({
      required: true,
      whitespace: true,
      message: t('csr.offerForm.required', { field: label }),
    }),
    maxLength: (max: number): Rule => ({ max, message: t('csr.offerForm.tooLong', { max }) }),
    intRange: (min: number, max: number): Rule => ({
      type: 'integer',
      min,
      max,
      message: t('csr.offerForm.intRange', { min, max }),
    }),
  };
}
