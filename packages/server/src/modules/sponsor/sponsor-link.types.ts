import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { SponsorLinkStatus, SponsorRole } from '../../shared/enums';

@ObjectType('SponsorLink', {
  description: 'An organisation credited for supporting a project. Public only when CONFIRMED by both sides.',
})
export class SponsorLink {
  @Field(() => ID)
  id!: string;

  @Field(() => SponsorRole)
  role!: SponsorRole;

  @Field(() => SponsorLinkStatus)
  status!: SponsorLinkStatus;

  @Field({ description: 'How the sponsor is credited, in its own words.' })
  attribution!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  endsOn!: string | null;
}
