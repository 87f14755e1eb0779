import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { CauseArea, IdeaInterestRole } from '../../shared/enums';
import { IfValue, IsSlug, IsText } from '../../shared/validation';
import { Project } from '../project/project.types';

@ObjectType('IdeaInterest', {
  description: 'Someone who joined an idea, in one role. Seen only by the proposer, the maintainers and admins.',
})
export class IdeaInterest {
  @Field(() => ID)
  id!: string;

  @Field(() => IdeaInterestRole)
  role!: IdeaInterestRole;

  @Field({ description: 'What they offer or need, in their words (may be empty).' })
  note!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const IdeaInterestConnection = Connection(IdeaInterest);

@ObjectType('IdeaInterestCounts', { description: 'How many people joined an idea, per role. Public.' })
export class IdeaInterestCounts {
  @Field(() => Int)
  volunteer!: number;

  @Field(() => Int)
  maintainer!: number;

  @Field(() => Int)
  beneficiary!: number;

  @Field(() => Int, { description: 'All interests: one person in two roles counts twice.' })
  total!: number;
}

@InputType()
export class IdeaFilter {
  @Field(() => [CauseArea], { nullable: true, description: 'Ideas serving any of these causes.' })
  @IsOptional()
  @ArrayMaxSize(20)
  causeAreas?: CauseArea[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the name or summary (any language).',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the ideas the viewer proposed.' })
  proposedByViewer?: boolean | null;
}

export enum IdeaOrderField {
  CREATED_AT = 'CREATED_AT',
  INTEREST_COUNT = 'INTEREST_COUNT',
}
registerEnumType(IdeaOrderField, {
  name: 'IdeaOrderField',
  description: 'CREATED_AT (newest with DESC) or INTEREST_COUNT (most interest with DESC).',
});

export const IdeaOrder = OrderInput(IdeaOrderField, 'IdeaOrder');
export type IdeaOrder = InstanceType<typeof IdeaOrder>;

@ArgsType()
export class IdeasArgs extends PageArgs {
  @Field(() => IdeaFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: IdeaFilter | null;

  @Field(() => IdeaOrder, { nullable: true, description: 'Default: CREATED_AT descending (newest first).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: IdeaOrder | null;
}

@InputType()
export class ProposeIdeaInput {
  @Field(() => String, {
    nullable: true,
    description: 'Lower-case letters, digits and hyphens; made from the name when left out.',
  })
  @IfValue()
  @IsSlug()
  slug?: string | null;

  @Field()
  @IsText(1, 120)
  name!: string;

  @Field({ description: 'One or two sentences.' })
  @IsText(1, 280)
  summary!: string;

  @Field({ description: "Your community's need, in your words (Markdown). Becomes the project's description." })
  @IsText(1, 20000)
  need!: string;

  @Field(() => [CauseArea])
  @ArrayMinSize(1, { message: 'causeAreas must name at least one cause' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'causeAreas must not repeat a cause' })
  causeAreas!: CauseArea[];

  @Field({ description: 'Who it would serve.' })
  @IsText(1, 1000)
  beneficiaries!: string;
}

@InputType()
export class IdeaIdInput {
  @Field(() => ID)
  projectId!: string;
}

@InputType()
export class ExpressInterestInput extends IdeaIdInput {
  @Field(() => IdeaInterestRole)
  @IsEnum(IdeaInterestRole)
  as!: IdeaInterestRole;

  @Field(() => String, {
    nullable: true,
    description: 'What you offer or need; seen by the proposer and maintainers only.',
  })
  @IfValue()
  @IsText(0, 500)
  note?: string | null;
}

@InputType()
export class WithdrawInterestInput extends IdeaIdInput {
  @Field(() => IdeaInterestRole)
  @IsEnum(IdeaInterestRole)
  as!: IdeaInterestRole;
}

@InputType()
export class TakeUpIdeaInput extends IdeaIdInput {}

@InputType()
export class HideIdeaInput extends IdeaIdInput {
  @Field({ description: 'Why, for the record (activity log).' })
  @IsText(1, 500)
  reason!: string;
}

@ObjectType()
export class ProposeIdeaPayload {
  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class ExpressInterestPayload {
  @Field(() => IdeaInterest)
  interest!: IdeaInterest;

  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class WithdrawInterestPayload {
  @Field(() => Project)
  project!: Project;

  @Field(() => ID)
  withdrawnInterestId!: string;
}

@ObjectType()
export class TakeUpIdeaPayload {
  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class HideIdeaPayload {
  @Field(() => Project)
  project!: Project;
}

/** The ideas list: its nodes are projects at stage IDEA. */
export const IdeaConnection = Connection(Project, 'Idea');
