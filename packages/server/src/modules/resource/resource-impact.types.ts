import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ResourceCategory } from '../../shared/enums';

@ObjectType('ResourceTotal', {
  description: 'What was granted in one category and unit. Quantities are whole numbers (Float only for range).',
})
export class ResourceTotal {
  @Field(() => ResourceCategory)
  category!: ResourceCategory;

  @Field()
  unit!: string;

  @Field(() => Float, { description: 'Approved quantity of grants that stand (APPROVED or FULFILLED).' })
  granted!: number;

  @Field(() => Float, { description: 'The part of `granted` already delivered (FULFILLED).' })
  fulfilled!: number;

  @Field(() => Int, { description: 'How many grants.' })
  grants!: number;

  @Field(() => Int)
  projectsSupported!: number;
}

@ObjectType('ImpactYear', { description: "One year's grants, counted in the year they were approved." })
export class ImpactYear {
  @Field(() => Int)
  year!: number;

  @Field(() => [ResourceTotal])
  resources!: ResourceTotal[];

  @Field(() => Int)
  projectsSupported!: number;
}

@ObjectType('ImpactMonth', { description: "One month's grants, counted in the month they were approved (UTC)." })
export class ImpactMonth {
  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field(() => [ResourceTotal])
  resources!: ResourceTotal[];
}

@ObjectType('OrganizationImpact', { description: 'What an organisation has given, from its grants.' })
export class OrganizationImpact {
  @Field(() => [ResourceTotal], { description: 'Lifetime totals per category and unit.' })
  resources!: ResourceTotal[];

  @Field(() => [ImpactYear], { description: 'Newest year first.' })
  byYear!: ImpactYear[];

  @Field(() => [ImpactMonth], { description: 'Months with grants, oldest first: for charts over time.' })
  byMonth!: ImpactMonth[];

  @Field(() => Int, { description: 'Distinct projects granted anything, lifetime.' })
  projectsSupported!: number;
}
