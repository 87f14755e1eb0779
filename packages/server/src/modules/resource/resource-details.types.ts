import { IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { createUnionType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { PromotionChannel, ResourceCategory } from '../../shared/enums';
import { IfValue, IsText } from '../../shared/validation';
import type { ResourceDetailsData } from './resource-details';

/** The four kinds of details an offer can carry, as GraphQL objects and inputs. */

@ObjectType('ComputeDetails', { description: 'GPU or other accelerator time.' })
export class ComputeDetails {
  @Field({ description: 'e.g. "NVIDIA A100 80GB".' })
  acceleratorModel!: string;

  @Field(() => Int, { nullable: true })
  acceleratorMemoryGiB!: number | null;
}

@ObjectType('ServerDetails', { description: 'Cloud servers, each of this size, for this many months.' })
export class ServerDetails {
  @Field(() => Int)
  vcpus!: number;

  @Field(() => Int)
  memoryGiB!: number;

  @Field(() => Int)
  storageGiB!: number;

  @Field({ description: 'e.g. "cn-beijing".' })
  region!: string;

  @Field(() => Int)
  months!: number;
}

@ObjectType('DataDetails', { description: 'Access to a data set.' })
export class DataDetails {
  @Field()
  datasetName!: string;

  @Field({ description: "The data set's licence: an SPDX id or its own terms' name." })
  license!: string;

  @Field({ description: 'How access is given and on what conditions.' })
  accessTerms!: string;
}

@ObjectType('PromotionDetails', { description: 'A promotion slot: a podcast episode, a WeChat post, a booth…' })
export class PromotionDetails {
  @Field(() => PromotionChannel)
  channel!: PromotionChannel;

  @Field(() => Int, { nullable: true, description: 'Listeners, readers or visitors reached, roughly.' })
  audienceSize!: number | null;

  @Field()
  slotDescription!: string;
}

const DETAILS_TYPES = {
  [ResourceCategory.COMPUTE]: ComputeDetails,
  [ResourceCategory.SERVER]: ServerDetails,
  [ResourceCategory.DATA]: DataDetails,
  [ResourceCategory.PROMOTION]: PromotionDetails,
};

export const ResourceDetails = createUnionType({
  name: 'ResourceDetails',
  description: "What is offered, in its category's terms.",
  types: () => [ComputeDetails, ServerDetails, DataDetails, PromotionDetails] as const,
  // The stored JSON carries its category: that is what tells the four kinds apart.
  resolveType: (details) => DETAILS_TYPES[(details as unknown as ResourceDetailsData).category],
});

@InputType()
export class ComputeDetailsInput {
  @Field()
  @IsText(1, 120)
  acceleratorModel!: string;

  @Field(() => Int, { nullable: true })
  @IfValue()
  @IsInt()
  @Min(1)
  @Max(4096)
  acceleratorMemoryGiB?: number | null;
}

@InputType()
export class ServerDetailsInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1024)
  vcpus!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(65536)
  memoryGiB!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  storageGiB!: number;

  @Field()
  @IsText(1, 80)
  region!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(120)
  months!: number;
}

@InputType()
export class DataDetailsInput {
  @Field()
  @IsText(1, 200)
  datasetName!: string;

  @Field()
  @IsText(1, 200)
  license!: string;

  @Field()
  @IsText(1, 2000)
  accessTerms!: string;
}

@InputType()
export class PromotionDetailsInput {
  @Field(() => PromotionChannel)
  @IsEnum(PromotionChannel)
  channel!: PromotionChannel;

  @Field(() => Int, { nullable: true })
  @IfValue()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  audienceSize?: number | null;

  @Field()
  @IsText(1, 500)
  slotDescription!: string;
}

@InputType({ description: "Exactly one of these, the one matching the offer's category." })
export class ResourceDetailsInput {
  @Field(() => ComputeDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  compute?: ComputeDetailsInput | null;

  @Field(() => ServerDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  server?: ServerDetailsInput | null;

  @Field(() => DataDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  data?: DataDetailsInput | null;

  @Field(() => PromotionDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  promotion?: PromotionDetailsInput | null;
}

const INPUT_KEYS = {
  [ResourceCategory.COMPUTE]: 'compute',
  [ResourceCategory.SERVER]: 'server',
  [ResourceCategory.DATA]: 'data',
  [ResourceCategory.PROMOTION]: 'promotion',
} as const;

/**
 * The stored details for a category, or the problem with the input: exactly one kind must be given, and it
 * must be the category's own.
 */
export function detailsFor(
  category: ResourceCategory,
  input: ResourceDetailsInput,
): { details: ResourceDetailsData } | { problem: string } {
  const given = Object.values(INPUT_KEYS).filter((key) => input[key] != null);
  const expected = INPUT_KEYS[category];
  if (given.length !== 1 || given[0] !== expected) {
    return { problem: `details must hold exactly one entry, \`${expected}\`, for a ${category} offer` };
  }
  switch (category) {
    case ResourceCategory.COMPUTE: {
      const { acceleratorModel, acceleratorMemoryGiB } = input.compute!;
      return {
        details: {
          category,
          acceleratorModel: acceleratorModel.trim(),
          acceleratorMemoryGiB: acceleratorMemoryGiB ?? null,
        },
      };
    }
    case ResourceCategory.SERVER: {
      const { vcpus, memoryGiB, storageGiB, region, months } = input.server!;
      return { details: { category, vcpus, memoryGiB, storageGiB, region: region.trim(), months } };
    }
    case ResourceCategory.DATA: {
      const { datasetName, license, accessTerms } = input.data!;
      return {
        details: {
          category,
          datasetName: datasetName.trim(),
          license: license.trim(),
          accessTerms: accessTerms.trim(),
        },
      };
    }
    case ResourceCategory.PROMOTION: {
      const { channel, audienceSize, slotDescription } = input.promotion!;
      return {
        details: { category, channel, audienceSize: audienceSize ?? null, slotDescription: slotDescription.trim() },
      };
    }
  }
}
