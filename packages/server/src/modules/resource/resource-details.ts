import type { PromotionChannel, ResourceCategory } from '../../shared/enums';

/**
 * What an offer gives, in the terms of its category. Stored as JSON in `resource_offers.details` with a
 * `category` tag, so the GraphQL union can tell the four kinds apart.
 */
export interface ComputeDetailsData {
  category: ResourceCategory.COMPUTE;
  /** e.g. "NVIDIA A100 80GB", "昇腾 910B". */
  acceleratorModel: string;
  acceleratorMemoryGiB: number | null;
}

export interface ServerDetailsData {
  category: ResourceCategory.SERVER;
  vcpus: number;
  memoryGiB: number;
  storageGiB: number;
  region: string;
  months: number;
}

export interface DataDetailsData {
  category: ResourceCategory.DATA;
  datasetName: string;
  /** SPDX id or the data set's own licence name (e.g. "CC-BY-4.0", "仅限公益研究使用"). */
  license: string;
  accessTerms: string;
}

export interface PromotionDetailsData {
  category: ResourceCategory.PROMOTION;
  channel: PromotionChannel;
  audienceSize: number | null;
  /** The slot itself, e.g. "《开源公益》播客一期嘉宾". */
  slotDescription: string;
}

export type ResourceDetailsData = ComputeDetailsData | ServerDetailsData | DataDetailsData | PromotionDetailsData;
