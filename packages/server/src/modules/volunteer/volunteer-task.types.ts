import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { CauseArea, VolunteerSkill, VolunteerTaskStatus } from '../../shared/enums';
import { IfValue, IsText } from '../../shared/validation';

@ObjectType('VolunteerTask', { description: 'A piece of a project’s work a volunteer can claim.' })
export class VolunteerTask {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown.' })
  description!: string;

  @Field(() => [VolunteerSkill])
  skillsNeeded!: VolunteerSkill[];

  @Field(() => Int)
  estimatedHours!: number;

  @Field({ description: 'A good first task for someone new to the project.' })
  goodFirstTask!: boolean;

  @Field(() => VolunteerTaskStatus)
  status!: VolunteerTaskStatus;

  @Field(() => Date, { nullable: true })
  claimedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Hours the maintainers recognised (DONE tasks).' })
  hoursRecorded!: number | null;

  @Field()
  createdAt!: Date;
}

@InputType()
export class CreateVolunteerTaskInput {
  @Field(() => ID)
  milestoneId!: string;

  @Field()
  @IsText(1, 120)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Markdown: what to do, where to start, what done means.' })
  @IfValue()
  @IsText(0, 5000)
  description?: string | null;

  @Field(() => [VolunteerSkill])
  @ArrayMinSize(1, { message: 'skillsNeeded must name at least one skill' })
  @ArrayMaxSize(5, { message: 'skillsNeeded may name at most 5 skills' })
  @ArrayUnique({ message: 'skillsNeeded must not repeat a skill' })
  skillsNeeded!: VolunteerSkill[];

  @Field(() => Int)
  @IsInt({ message: 'estimatedHours must be a whole number' })
  @Min(1, { message: 'estimatedHours must be between 1 and 500' })
  @Max(500, { message: 'estimatedHours must be between 1 and 500' })
  estimatedHours!: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  goodFirstTask!: boolean;
}

@InputType()
export class VolunteerTaskIdInput {
  @Field(() => ID)
  taskId!: string;
}

@InputType({ description: 'Take the task: at most a set number of tasks held at once (3 unless configured).' })
export class ClaimVolunteerTaskInput extends VolunteerTaskIdInput {}

@InputType({ description: 'By the claimant, or a maintainer freeing a task nobody is working on any more.' })
export class ReleaseVolunteerTaskInput extends VolunteerTaskIdInput {}

@InputType({ description: 'By the claimant: the work is ready for the maintainers to confirm.' })
export class SubmitVolunteerTaskInput extends VolunteerTaskIdInput {
  @Field(() => String, { nullable: true, description: 'What was done, a link to the pull request…' })
  @IfValue()
  @IsText(0, 2000)
  note?: string | null;
}

@InputType({ description: 'By a maintainer: the work is done and recognised.' })
export class CompleteVolunteerTaskInput extends VolunteerTaskIdInput {
  @Field(() => Int, { nullable: true, description: 'Hours to recognise; the estimate when left out.' })
  @IfValue()
  @IsInt({ message: 'hours must be a whole number' })
  @Min(1, { message: 'hours must be between 1 and 500' })
  @Max(500, { message: 'hours must be between 1 and 500' })
  hours?: number | null;
}

@ObjectType()
export class VolunteerTaskPayload {
  @Field(() => VolunteerTask)
  task!: VolunteerTask;
}

@ObjectType()
export class CreateVolunteerTaskPayload extends VolunteerTaskPayload {}
@ObjectType()
export class ClaimVolunteerTaskPayload extends VolunteerTaskPayload {}
@ObjectType()
export class ReleaseVolunteerTaskPayload extends VolunteerTaskPayload {}
@ObjectType()
export class SubmitVolunteerTaskPayload extends VolunteerTaskPayload {}
@ObjectType()
export class CompleteVolunteerTaskPayload extends VolunteerTaskPayload {}

export const VolunteerTaskConnection = Connection(VolunteerTask);

@InputType()
export class VolunteerTaskFilter {
  @Field(() => [VolunteerSkill], { nullable: true, description: 'Tasks needing any of these skills.' })
  @IsOptional()
  @ArrayMaxSize(15)
  skills?: VolunteerSkill[] | null;

  @Field(() => [CauseArea], { nullable: true, description: 'Tasks of projects working on any of these causes.' })
  @IsOptional()
  @ArrayMaxSize(10)
  causeAreas?: CauseArea[] | null;

  @Field(() => [VolunteerTaskStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: VolunteerTaskStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'At most this many estimated hours.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxEstimatedHours?: number | null;

  @Field(() => Boolean, { nullable: true })
  goodFirstTask?: boolean | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;
}

export enum VolunteerTaskOrderField {
  CREATED_AT = 'CREATED_AT',
  ESTIMATED_HOURS = 'ESTIMATED_HOURS',
}
registerEnumType(VolunteerTaskOrderField, { name: 'VolunteerTaskOrderField' });

export const VolunteerTaskOrder = OrderInput(VolunteerTaskOrderField, 'VolunteerTaskOrder');
export type VolunteerTaskOrder = InstanceType<typeof VolunteerTaskOrder>;

@ArgsType()
export class VolunteerTasksArgs extends PageArgs {
  @Field(() => VolunteerTaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: VolunteerTaskFilter | null;

  @Field(() => VolunteerTaskOrder, { nullable: true, description: 'Default: CREATED_AT descending (newest first).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: VolunteerTaskOrder | null;
}
