import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { SponsorLinkSide, SponsorLinkStatus, SponsorRole } from '../../shared/enums';
import { IfValue, IsHttpUrl, IsText } from '../../shared/validation';

@ObjectType('SponsorLink', {
  description:
    'An organisation credited for supporting a project. Proposed by one side, confirmed by the other; public only ' +
    'when CONFIRMED. The two sides (organisation members, project maintainers) see their own links in any status.',
})
export class SponsorLink {
  @Field(() => ID)
  id!: string;

  @Field(() => SponsorRole)
  role!: SponsorRole;

  @Field(() => SponsorLinkStatus)
  status!: SponsorLinkStatus;

  @Field(() => SponsorLinkSide, { description: 'The side that proposed the link; the other side confirms it.' })
  proposedBy!: SponsorLinkSide;

  @Field({ description: 'How the sponsor is credited, in its own words.' })
  attribution!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  endsOn!: string | null;

  @Field({ description: 'When it was proposed.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the other side confirmed or declined.' })
  respondedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was ended (or a proposal retracted).' })
  endedAt!: Date | null;
}

export const SponsorLinkConnection = Connection(SponsorLink);

@InputType()
export class SponsorLinkFilter {
  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  organizationSlug?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  projectSlug?: string | null;

  @Field(() => [SponsorRole], { nullable: true, description: 'Any of these roles.' })
  @IsOptional()
  @ArrayMaxSize(10)
  roles?: SponsorRole[] | null;

  @Field(() => [SponsorLinkStatus], {
    nullable: true,
    description: 'Any of these statuses. The public sees CONFIRMED links only, whatever is asked.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  statuses?: SponsorLinkStatus[] | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'CONFIRMED links running on this day: started on or before it (or no start), not ended before it.',
  })
  activeOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only PROPOSED links the viewer may confirm or decline (their side must answer).',
  })
  awaitingViewer?: boolean | null;
}

export enum SponsorLinkOrderField {
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SponsorLinkOrderField, { name: 'SponsorLinkOrderField' });

export const SponsorLinkOrder = OrderInput(SponsorLinkOrderField, 'SponsorLinkOrder');
export type SponsorLinkOrder = InstanceType<typeof SponsorLinkOrder>;

@ArgsType()
export class SponsorLinksArgs extends PageArgs {
  @Field(() => SponsorLinkFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SponsorLinkFilter | null;

  @Field(() => SponsorLinkOrder, { nullable: true, description: 'Default: CREATED_AT descending (newest first).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: SponsorLinkOrder | null;
}

@ArgsType()
export class IsSponsorArgs {
  @Field({ description: "The organisation's slug or id." })
  @MaxLength(60)
  organization!: string;

  @Field({ description: "The project's slug or id." })
  @MaxLength(60)
  project!: string;
}

@InputType()
export class ProposeSponsorLinkInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => SponsorRole)
  role!: SponsorRole;

  @Field(() => String, {
    nullable: true,
    description: 'How the sponsor is credited, e.g. "GPU 算力由字节跳动技术公益提供". At most 200 characters.',
  })
  @IfValue()
  @IsText(0, 200)
  attribution?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the credit links to.' })
  @IfValue()
  @IsHttpUrl()
  url?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after startsOn.' })
  endsOn?: string | null;

  @Field(() => SponsorLinkSide, {
    nullable: true,
    description:
      'The side you propose for. Needed only when you are on both sides, or are a platform admin on neither; ' +
      'otherwise it is the side you are on (organisation member, or project maintainer).',
  })
  side?: SponsorLinkSide | null;
}

@InputType()
export class SponsorLinkIdInput {
  @Field(() => ID)
  sponsorLinkId!: string;
}

@InputType({ description: 'Only the side that did not propose the link confirms it.' })
export class ConfirmSponsorLinkInput extends SponsorLinkIdInput {}

@InputType({ description: 'Only the side that did not propose the link declines it.' })
export class DeclineSponsorLinkInput extends SponsorLinkIdInput {
  @Field(() => String, {
    nullable: true,
    description: 'Why, for the activity log; never shown publicly. At most 1000 characters.',
  })
  @IfValue()
  @IsText(0, 1000)
  note?: string | null;
}

@InputType()
export class EndSponsorLinkInput extends SponsorLinkIdInput {}

@ObjectType()
export class ProposeSponsorLinkPayload {
  @Field(() => SponsorLink)
  sponsorLink!: SponsorLink;
}

@ObjectType()
export class ConfirmSponsorLinkPayload {
  @Field(() => SponsorLink)
  sponsorLink!: SponsorLink;
}

@ObjectType()
export class DeclineSponsorLinkPayload {
  @Field(() => SponsorLink)
  sponsorLink!: SponsorLink;
}

@ObjectType()
export class EndSponsorLinkPayload {
  @Field(() => SponsorLink)
  sponsorLink!: SponsorLink;
}
