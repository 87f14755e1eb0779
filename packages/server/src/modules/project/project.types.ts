import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { CauseArea, ProjectStage, ProjectVisibility } from '../../shared/enums';
import { IfPresent, IfValue, IsHttpUrl, IsSlug, IsSpdxExpression, IsText } from '../../shared/validation';

@ObjectType('Project', { description: 'An open-source tech-for-good project. The public sees PUBLISHED ones only.' })
export class Project {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: 'One or two sentences.' })
  summary!: string;

  @Field({ description: 'Markdown, as written by the maintainers; sanitise before rendering.' })
  description!: string;

  @Field(() => ProjectStage)
  stage!: ProjectStage;

  @Field(() => [CauseArea])
  causeAreas!: CauseArea[];

  @Field(() => String, { nullable: true })
  repositoryUrl!: string | null;

  @Field(() => String, { nullable: true })
  websiteUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'SPDX licence expression, e.g. MIT or Apache-2.0.' })
  license!: string | null;

  @Field({ description: 'Who the project serves.' })
  beneficiaries!: string;

  @Field(() => ProjectVisibility)
  visibility!: ProjectVisibility;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field({ description: 'Demo data shipped with Goodlink.' })
  isDemo!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ProjectConnection = Connection(Project);

@InputType()
export class ProjectFilter {
  @Field(() => [CauseArea], { nullable: true, description: 'Projects working on any of these causes.' })
  @IsOptional()
  @ArrayMaxSize(20)
  causeAreas?: CauseArea[] | null;

  @Field(() => [ProjectStage], { nullable: true, description: 'Any of these stages.' })
  @IsOptional()
  @ArrayMaxSize(20)
  stages?: ProjectStage[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  organizationSlug?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these SPDX licence expressions, exactly.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  licenses?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the name or summary (any language).',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only the viewer's own projects (drafts included)." })
  maintainedByViewer?: boolean | null;
}

export enum ProjectOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProjectOrderField, { name: 'ProjectOrderField' });

export const ProjectOrder = OrderInput(ProjectOrderField, 'ProjectOrder');
export type ProjectOrder = InstanceType<typeof ProjectOrder>;

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectFilter | null;

  @Field(() => ProjectOrder, { nullable: true, description: 'Default: CREATED_AT descending (newest first).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: ProjectOrder | null;
}

@InputType()
export class CreateProjectInput {
  @Field({ description: 'Lower-case letters, digits and hyphens; appears in URLs.' })
  @IsSlug()
  slug!: string;

  @Field()
  @IsText(1, 120)
  name!: string;

  @Field()
  @IsText(1, 280)
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IfValue()
  @IsText(0, 20000)
  description?: string | null;

  @Field(() => ProjectStage, { defaultValue: ProjectStage.IDEA })
  stage!: ProjectStage;

  @Field(() => [CauseArea], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'causeAreas must not repeat a cause' })
  causeAreas!: CauseArea[];

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  repositoryUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  websiteUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'SPDX licence expression, e.g. MIT or Apache-2.0.' })
  @IfValue()
  @IsSpdxExpression()
  license?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsText(0, 1000)
  beneficiaries?: string | null;

  @Field(() => ID, { nullable: true, description: 'List it under an organisation you are a member of.' })
  organizationId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; nullable ones may be cleared with null.' })
export class UpdateProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsSlug()
  slug?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(1, 120)
  name?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(1, 280)
  summary?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(0, 20000)
  description?: string;

  @Field(() => ProjectStage, { nullable: true })
  @IfPresent()
  @IsEnum(ProjectStage, { message: 'stage cannot be null' })
  stage?: ProjectStage;

  @Field(() => [CauseArea], { nullable: true })
  @IfPresent()
  @IsArray({ message: 'causeAreas must be a list (it cannot be null)' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'causeAreas must not repeat a cause' })
  causeAreas?: CauseArea[];

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  repositoryUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  websiteUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsSpdxExpression()
  license?: string | null;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(0, 1000)
  beneficiaries?: string;

  @Field(() => ID, { nullable: true, description: 'Move it to another organisation you belong to, or null for none.' })
  organizationId?: string | null;
}

@InputType()
export class ProjectIdInput {
  @Field(() => ID)
  projectId!: string;
}

@InputType()
export class PublishProjectInput extends ProjectIdInput {}

@InputType()
export class ArchiveProjectInput extends ProjectIdInput {}

@InputType()
export class AddProjectMaintainerInput extends ProjectIdInput {
  @Field({ description: 'The email of an existing Goodlink account.' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;
}

@InputType()
export class RemoveProjectMaintainerInput extends ProjectIdInput {
  @Field(() => ID)
  userId!: string;
}

@ObjectType()
export class CreateProjectPayload {
  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class UpdateProjectPayload {
  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class PublishProjectPayload {
  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class ArchiveProjectPayload {
  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class AddProjectMaintainerPayload {
  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class RemoveProjectMaintainerPayload {
  @Field(() => Project)
  project!: Project;

  @Field(() => ID)
  removedUserId!: string;
}
