import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Stats', { description: 'Public totals.' })
export class Stats {
  @Field(() => Int)
  publishedProjects!: number;

  @Field(() => Int)
  organizations!: number;

  @Field(() => Int)
  verifiedOrganizations!: number;

  @Field(() => Int)
  events!: number;
}
