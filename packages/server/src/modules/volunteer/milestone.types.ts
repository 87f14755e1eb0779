import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { MilestoneStatus } from '../../shared/enums';
import { IfPresent, IfValue, IsText } from '../../shared/validation';

@ObjectType('Milestone', { description: "A step of a project's plan; volunteer tasks hang from it." })
export class Milestone {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn!: string | null;

  @Field(() => MilestoneStatus)
  status!: MilestoneStatus;

  @Field()
  createdAt!: Date;
}

export const MilestoneConnection = Connection(Milestone);

@ObjectType()
export class MilestoneProgress {
  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  total!: number;
}

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID)
  projectId!: string;

  @Field()
  @IsText(1, 120)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IfValue()
  @IsText(0, 5000)
  description?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; dueOn may be cleared with null.' })
export class UpdateMilestoneInput {
  @Field(() => ID)
  milestoneId!: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(1, 120)
  title?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(0, 5000)
  description?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn?: string | null;

  @Field(() => MilestoneStatus, { nullable: true })
  @IfPresent()
  status?: MilestoneStatus;
}

@ObjectType()
export class MilestonePayload {
  @Field(() => Milestone)
  milestone!: Milestone;
}

@ObjectType()
export class CreateMilestonePayload extends MilestonePayload {}

@ObjectType()
export class UpdateMilestonePayload extends MilestonePayload {}
