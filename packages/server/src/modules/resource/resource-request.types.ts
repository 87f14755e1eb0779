import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { ResourceCategory, ResourceRequestStatus } from '../../shared/enums';
import { IfValue, IsText } from '../../shared/validation';
import { MAX_QUANTITY } from './resource-offer.types';

@ObjectType('ResourceRequest', {
  description:
    'A project asking an offer for a quantity. The public sees grants (APPROVED, FULFILLED) to published projects; ' +
    'justifications and notes only the two sides see.',
})
export class ResourceRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'What the project asked for.' })
  quantity!: number;

  @Field(() => Int, { nullable: true, description: 'What was granted; set on approval, kept afterwards as a record.' })
  approvedQuantity!: number | null;

  @Field(() => ResourceRequestStatus)
  status!: ResourceRequestStatus;

  @Field(() => Date, { nullable: true, description: 'When it was approved or declined.' })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  fulfilledAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn or revoked.' })
  closedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ResourceRequestConnection = Connection(ResourceRequest);

@InputType()
export class RequestResourceInput {
  @Field(() => ID)
  offerId!: string;

  @Field(() => ID, { description: 'A project you maintain.' })
  projectId!: string;

  @Field(() => Int)
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(MAX_QUANTITY, { message: `quantity must be at most ${MAX_QUANTITY}` })
  quantity!: number;

  @Field({
    description: 'What the project will do with it (at least 4 characters). Only the offering organisation sees this.',
  })
  @IsText(4, 5000)
  justification!: string;
}

@InputType()
export class RequestIdInput {
  @Field(() => ID)
  requestId!: string;
}

@InputType()
export class ApproveResourceRequestInput extends RequestIdInput {
  @Field(() => Int, { nullable: true, description: 'Less than asked for a partial approval; left out: all of it.' })
  @IfValue()
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(MAX_QUANTITY, { message: `quantity must be at most ${MAX_QUANTITY}` })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'Seen by the project and your organisation only.' })
  @IfValue()
  @IsText(0, 2000)
  note?: string | null;
}

@InputType()
export class DeclineResourceRequestInput extends RequestIdInput {
  @Field(() => String, { nullable: true, description: 'Why, for the project; seen by the two sides only.' })
  @IfValue()
  @IsText(0, 2000)
  note?: string | null;
}

@InputType()
export class WithdrawResourceRequestInput extends RequestIdInput {}

@InputType()
export class FulfillResourceRequestInput extends RequestIdInput {
  @Field(() => String, {
    nullable: true,
    description: 'How it was delivered, e.g. "账号已通过邮件发送". Never put credentials here.',
  })
  @IfValue()
  @IsText(0, 2000)
  note?: string | null;
}

@InputType()
export class RevokeResourceRequestInput extends RequestIdInput {
  @Field(() => String, { nullable: true, description: 'Why; seen by the two sides only.' })
  @IfValue()
  @IsText(0, 2000)
  note?: string | null;
}

@InputType()
export class ResourceRequestFilter {
  @Field(() => [ResourceRequestStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(6)
  statuses?: ResourceRequestStatus[] | null;

  @Field(() => ID, { nullable: true })
  offerId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => [ResourceCategory], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  categories?: ResourceCategory[] | null;

  @Field(() => ID, { nullable: true, description: 'Requests to the offers of this organisation.' })
  organizationId?: string | null;
}

@ArgsType()
export class ResourceRequestsArgs extends PageArgs {
  @Field(() => ResourceRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ResourceRequestFilter | null;
}

@ArgsType()
export class RequestStatusesArgs {
  @Field(() => [ResourceRequestStatus], { nullable: true, description: 'Any of these statuses; left out: all.' })
  @IsOptional()
  @ArrayMaxSize(6)
  statuses?: ResourceRequestStatus[] | null;
}

@ArgsType()
export class RequestPageArgs extends PageArgs {
  @Field(() => [ResourceRequestStatus], { nullable: true, description: 'Any of these statuses; left out: all.' })
  @IsOptional()
  @ArrayMaxSize(6)
  statuses?: ResourceRequestStatus[] | null;
}

@ObjectType()
export class RequestResourcePayload {
  @Field(() => ResourceRequest)
  request!: ResourceRequest;
}

@ObjectType()
export class ApproveResourceRequestPayload {
  @Field(() => ResourceRequest)
  request!: ResourceRequest;
}

@ObjectType()
export class DeclineResourceRequestPayload {
  @Field(() => ResourceRequest)
  request!: ResourceRequest;
}

@ObjectType()
export class WithdrawResourceRequestPayload {
  @Field(() => ResourceRequest)
  request!: ResourceRequest;
}

@ObjectType()
export class FulfillResourceRequestPayload {
  @Field(() => ResourceRequest)
  request!: ResourceRequest;
}

@ObjectType()
export class RevokeResourceRequestPayload {
  @Field(() => ResourceRequest)
  request!: ResourceRequest;
}
