import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { MemberRole, OrganizationKind } from '../../shared/enums';
import { IfPresent, IfValue, IsHttpUrl, IsSlug, IsText } from '../../shared/validation';
import { User } from '../user/user.types';

@ObjectType('Organization', {
  description:
    'A company, foundation, community… `verified` is set by a platform admin only; show it wherever the name appears.',
})
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field()
  verified!: boolean;

  @Field(() => String, { nullable: true })
  websiteUrl!: string | null;

  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field()
  description!: string;

  @Field({ description: 'Demo data shipped with Goodlink, not a real commitment by the organisation.' })
  isDemo!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('OrganizationMember')
export class OrganizationMember {
  @Field(() => User)
  user!: User;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field()
  joinedAt!: Date;
}

export const OrganizationMemberConnection = Connection(OrganizationMember);

export const OrganizationConnection = Connection(Organization);

@InputType()
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: OrganizationKind[] | null;

  @Field(() => Boolean, { nullable: true })
  verified?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the name (any language).' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrganizationOrderField, { name: 'OrganizationOrderField' });

export const OrganizationOrder = OrderInput(OrganizationOrderField, 'OrganizationOrder');
export type OrganizationOrder = InstanceType<typeof OrganizationOrder>;

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrder, { nullable: true, description: 'Default: NAME ascending.' })
  @IsOptional()
  @ValidateNested()
  orderBy?: OrganizationOrder | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field({ description: 'Lower-case letters, digits and hyphens; appears in URLs.' })
  @IsSlug()
  slug!: string;

  @Field()
  @IsText(1, 120)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  websiteUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsText(0, 5000)
  description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; websiteUrl and logoUrl may be cleared with null.' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsSlug()
  slug?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(1, 120)
  name?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IfPresent()
  @IsEnum(OrganizationKind, { message: 'kind cannot be null' })
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  websiteUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(0, 5000)
  description?: string;
}

@InputType()
export class AddOrganizationMemberInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'The email of an existing Goodlink account.' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  role!: MemberRole;
}

@InputType()
export class RemoveOrganizationMemberInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;
}

@InputType()
export class VerifyOrganizationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ defaultValue: true, description: 'false withdraws a verification.' })
  verified!: boolean;
}

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}

@ObjectType()
export class UpdateOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}

@ObjectType()
export class AddOrganizationMemberPayload {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => OrganizationMember)
  member!: OrganizationMember;
}

@ObjectType()
export class RemoveOrganizationMemberPayload {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => ID)
  removedUserId!: string;
}

@ObjectType()
export class VerifyOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
}
