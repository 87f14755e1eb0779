import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { CauseArea, MilestoneStatus, VolunteerSkill, VolunteerTaskStatus } from '../../shared/enums';
import { IfPresent, IfValue, IsHttpUrl, IsText } from '../../shared/validation';
import { Project } from '../project/project.types';
import { User } from '../user/user.types';

// — profiles —

@ObjectType('SupportChannel', {
  description: "A link to the volunteer's own tipping or sponsorship page. Goodlink moves no money; it shows the link.",
})
export class SupportChannel {
  @Field({ description: 'e.g. "爱发电", "GitHub Sponsors", "Open Collective".' })
  label!: string;

  @Field()
  url!: string;
}

@ObjectType('VolunteerContributions', { description: 'Recognised work: tasks the maintainers confirmed as done.' })
export class VolunteerContributions {
  @Field(() => Int)
  tasksDone!: number;

  @Field(() => Int, { description: 'Hours the maintainers recorded when they confirmed the tasks.' })
  hours!: number;

  @Field(() => [Project], { description: 'Published projects the volunteer completed tasks for.' })
  projects!: Project[];
}

@ObjectType('VolunteerProfile', {
  description: 'What a volunteer can do and give. A private profile is seen by its owner and admins only.',
})
export class VolunteerProfile {
  @Field(() => User)
  user!: User;

  @Field()
  bio!: string;

  @Field(() => [VolunteerSkill])
  skills!: VolunteerSkill[];

  @Field(() => Int, { description: 'Hours a week the volunteer can usually give.' })
  weeklyHours!: number;

  @Field(() => [CauseArea])
  causeAreas!: CauseArea[];

  @Field(() => [String], { description: 'BCP 47 language tags, e.g. zh-CN, en.' })
  languages!: string[];

  @Field()
  isPublic!: boolean;

  @Field(() => [SupportChannel])
  supportChannels!: SupportChannel[];

  @Field(() => VolunteerContributions)
  contributions!: VolunteerContributions;

  @Field()
  updatedAt!: Date;
}

@InputType('SupportChannelInput')
export class SupportChannelInput {
  @Field()
  @IsText(1, 60)
  label!: string;

  @Field({ description: 'An http or https link to the page.' })
  @IsHttpUrl()
  url!: string;
}

@InputType({ description: 'The whole profile: every field is set to what is sent.' })
export class UpsertVolunteerProfileInput {
  @Field(() => String, { nullable: true, defaultValue: '' })
  @IfValue()
  @IsText(0, 2000)
  bio?: string | null;

  @Field(() => [VolunteerSkill])
  @ArrayMaxSize(15)
  @ArrayUnique({ message: 'skills must not repeat a skill' })
  skills!: VolunteerSkill[];

  @Field(() => Int)
  @IsInt({ message: 'weeklyHours must be a whole number' })
  @Min(0, { message: 'weeklyHours must be between 0 and 80' })
  @Max(80, { message: 'weeklyHours must be between 0 and 80' })
  weeklyHours!: number;

  @Field(() => [CauseArea], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'causeAreas must not repeat a cause' })
  causeAreas!: CauseArea[];

  @Field(() => [String], { defaultValue: [], description: 'BCP 47 language tags, e.g. zh-CN, en.' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'languages must not repeat a language' })
  @Matches(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
    each: true,
    message: 'languages must be language tags such as zh-CN or en',
  })
  languages!: string[];

  @Field({ description: 'Show the profile publicly and let projects find you.' })
  @IsBoolean()
  isPublic!: boolean;

  @Field(() => [SupportChannelInput], { defaultValue: [] })
  @ArrayMaxSize(5, { message: 'supportChannels may hold at most 5 links' })
  @ValidateNested({ each: true })
  supportChannels!: SupportChannelInput[];
}

@ObjectType()
export class UpsertVolunteerProfilePayload {
  @Field(() => VolunteerProfile)
  profile!: VolunteerProfile;
}

// — milestones and tasks —

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
  @IsUUID('all', { message: 'projectId must be an id' })
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
  @IsUUID('all', { message: 'milestoneId must be an id' })
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

@InputType()
export class CreateVolunteerTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'milestoneId must be an id' })
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
  @IsUUID('all', { message: 'taskId must be an id' })
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
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be an id' })
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

// — matching —

@ObjectType('TaskRecommendation', { description: 'An open task that fits the viewer, and why.' })
export class TaskRecommendation {
  @Field(() => VolunteerTask)
  task!: VolunteerTask;

  @Field(() => Int, { description: '3 per matched skill + 2 per matched cause + 1 if it fits a month of the hours.' })
  score!: number;

  @Field(() => [VolunteerSkill])
  matchedSkills!: VolunteerSkill[];

  @Field(() => [CauseArea])
  matchedCauseAreas!: CauseArea[];

  @Field({ description: 'The estimate fits within four weeks of the volunteer’s weekly hours.' })
  fitsAvailability!: boolean;
}

@ObjectType('VolunteerSuggestion', { description: 'A public volunteer who fits a project’s open tasks, and why.' })
export class VolunteerSuggestion {
  @Field(() => VolunteerProfile)
  profile!: VolunteerProfile;

  @Field(() => Int, { description: '3 per matched skill + 2 per matched cause + 1 if one open task fits a month.' })
  score!: number;

  @Field(() => [VolunteerSkill])
  matchedSkills!: VolunteerSkill[];

  @Field(() => [CauseArea])
  matchedCauseAreas!: CauseArea[];

  @Field()
  fitsAvailability!: boolean;
}

@ObjectType('ProjectContributor', { description: 'A volunteer with recognised work on the project.' })
export class ProjectContributor {
  @Field(() => User)
  user!: User;

  @Field(() => Int)
  tasksDone!: number;

  @Field(() => Int)
  hours!: number;

  @Field(() => [SupportChannel], { description: 'Where to support this volunteer directly.' })
  supportChannels!: SupportChannel[];
}

@ArgsType()
export class MatchArgs {
  @Field(() => Int, { defaultValue: 10, description: 'At most 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first!: number;
}
