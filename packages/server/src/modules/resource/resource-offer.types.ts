import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { CauseArea, ProjectStage, ResourceCategory, ResourceOfferStatus } from '../../shared/enums';
import { IfPresent, IfValue, IsText } from '../../shared/validation';
import { ResourceDetailsInput } from './resource-details.types';

/** The largest total or quantity an offer or request may name (well inside Postgres `integer`). */
export const MAX_QUANTITY = 1_000_000_000;

@ObjectType('ResourceEligibility', { description: 'Which projects may ask. An empty list means any.' })
export class ResourceEligibility {
  @Field(() => [CauseArea], { description: 'The project must work on at least one of these causes.' })
  causeAreas!: CauseArea[];

  @Field(() => [ProjectStage], { description: 'The project must be at one of these stages.' })
  stages!: ProjectStage[];

  @Field({ description: 'The project must carry an OSI-approved licence.' })
  osiLicenseRequired!: boolean;
}

@ObjectType('ResourceOffer', {
  description: 'Resources an organisation offers to projects. The public sees OPEN offers of verified organisations.',
})
export class ResourceOffer {
  @Field(() => ID)
  id!: string;

  @Field(() => ResourceCategory)
  category!: ResourceCategory;

  @Field()
  title!: string;

  @Field({ description: 'Markdown, as written; sanitise before rendering.' })
  description!: string;

  @Field({ description: 'What one unit is, e.g. "GPU-hours".' })
  unit!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Total minus what APPROVED and FULFILLED requests hold.' })
  remaining!: number;

  @Field(() => Int, { nullable: true, description: 'The most one project may be granted, in all.' })
  maxPerProject!: number | null;

  @Field(() => Date, { nullable: true })
  opensAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt!: Date | null;

  @Field({ description: 'How the organisation is credited on the projects it supports (its name when empty).' })
  attribution!: string;

  @Field(() => ResourceOfferStatus)
  status!: ResourceOfferStatus;

  @Field({ description: 'Demo data shipped with Goodlink.' })
  isDemo!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ResourceOfferConnection = Connection(ResourceOffer);

@InputType()
export class ResourceEligibilityInput {
  @Field(() => [CauseArea], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'causeAreas must not repeat a cause' })
  causeAreas!: CauseArea[];

  @Field(() => [ProjectStage], { defaultValue: [] })
  @ArrayMaxSize(6)
  @ArrayUnique({ message: 'stages must not repeat a stage' })
  stages!: ProjectStage[];

  @Field({ defaultValue: false })
  osiLicenseRequired!: boolean;
}

const IsQuantity =
  (property: string): PropertyDecorator =>
  (target, key) => {
    IsInt({ message: `${property} must be a whole number` })(target, key);
    Min(1, { message: `${property} must be at least 1` })(target, key);
    Max(MAX_QUANTITY, { message: `${property} must be at most ${MAX_QUANTITY}` })(target, key);
  };

@InputType()
export class CreateResourceOfferInput {
  @Field(() => ID, { description: 'An organisation you are a member of.' })
  organizationId!: string;

  @Field(() => ResourceCategory)
  @IsEnum(ResourceCategory)
  category!: ResourceCategory;

  @Field()
  @IsText(1, 120)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IfValue()
  @IsText(0, 20000)
  description?: string | null;

  @Field(() => ResourceDetailsInput)
  @ValidateNested()
  details!: ResourceDetailsInput;

  @Field({ description: 'What one unit is, e.g. "GPU-hours".' })
  @IsText(1, 40)
  unit!: string;

  @Field(() => Int)
  @IsQuantity('total')
  total!: number;

  @Field(() => Int, { nullable: true })
  @IfValue()
  @IsQuantity('maxPerProject')
  maxPerProject?: number | null;

  @Field(() => Date, { nullable: true })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field(() => ResourceEligibilityInput, { nullable: true, description: 'Left out: any project may ask.' })
  @IfValue()
  @ValidateNested()
  eligibility?: ResourceEligibilityInput | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsText(0, 200)
  attribution?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; nullable ones may be cleared with null.' })
export class UpdateResourceOfferInput {
  @Field(() => ID)
  offerId!: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(1, 120)
  title?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(0, 20000)
  description?: string;

  @Field(() => ResourceDetailsInput, { nullable: true, description: 'Replaces the details; same category.' })
  @IfPresent()
  @ValidateNested()
  details?: ResourceDetailsInput;

  @Field(() => String, { nullable: true, description: 'Fixed once any project has asked.' })
  @IfPresent()
  @IsText(1, 40)
  unit?: string;

  @Field(() => Int, { nullable: true, description: 'Never below what is already granted.' })
  @IfPresent()
  @IsQuantity('total')
  total?: number;

  @Field(() => Int, { nullable: true })
  @IfValue()
  @IsQuantity('maxPerProject')
  maxPerProject?: number | null;

  @Field(() => Date, { nullable: true })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field(() => ResourceEligibilityInput, { nullable: true, description: 'Replaces the eligibility.' })
  @IfPresent()
  @ValidateNested()
  eligibility?: ResourceEligibilityInput;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(0, 200)
  attribution?: string;
}

@InputType()
export class SetResourceOfferStatusInput {
  @Field(() => ID)
  offerId!: string;

  @Field(() => ResourceOfferStatus, {
    description:
      'OPEN takes requests, PAUSED stops new ones, CLOSED ends the offer. Back to DRAFT only before any request.',
  })
  @IsEnum(ResourceOfferStatus)
  status!: ResourceOfferStatus;
}

@InputType()
export class ResourceOfferFilter {
  @Field(() => [ResourceCategory], { nullable: true, description: 'Any of these categories.' })
  @IsOptional()
  @ArrayMaxSize(4)
  categories?: ResourceCategory[] | null;

  @Field(() => [ResourceOfferStatus], {
    nullable: true,
    description: 'Any of these statuses (the public only ever sees OPEN offers).',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: ResourceOfferStatus[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  organizationSlug?: string | null;

  @Field(() => CauseArea, {
    nullable: true,
    description: 'Offers a project working on this cause may ask for (offers open to any cause included).',
  })
  @IsOptional()
  eligibleForCause?: CauseArea | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only offers with capacity left; false: only used-up ones.',
  })
  @IsOptional()
  hasRemaining?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the title or description.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

export enum ResourceOfferOrderField {
  CREATED_AT = 'CREATED_AT',
  REMAINING = 'REMAINING',
  CLOSES_AT = 'CLOSES_AT',
}
registerEnumType(ResourceOfferOrderField, {
  name: 'ResourceOfferOrderField',
  description: 'CLOSES_AT puts offers without a closing date last (ascending) or first (descending).',
});

export const ResourceOfferOrder = OrderInput(ResourceOfferOrderField, 'ResourceOfferOrder');
export type ResourceOfferOrder = InstanceType<typeof ResourceOfferOrder>;

@ArgsType()
export class ResourceOffersArgs extends PageArgs {
  @Field(() => ResourceOfferFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ResourceOfferFilter | null;

  @Field(() => ResourceOfferOrder, { nullable: true, description: 'Default: CREATED_AT descending (newest first).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: ResourceOfferOrder | null;
}

@ObjectType()
export class CreateResourceOfferPayload {
  @Field(() => ResourceOffer)
  offer!: ResourceOffer;
}

@ObjectType()
export class UpdateResourceOfferPayload {
  @Field(() => ResourceOffer)
  offer!: ResourceOffer;
}

@ObjectType()
export class SetResourceOfferStatusPayload {
  @Field(() => ResourceOffer)
  offer!: ResourceOffer;
}
