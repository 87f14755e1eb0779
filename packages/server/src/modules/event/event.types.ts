import { ArrayMaxSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, ObjectType, InputType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { EventKind } from '../../shared/enums';
import { Project } from '../project/project.types';

@ObjectType('Event', {
  description: 'A meetup, hackathon, workshop, conference track or programme that incubates projects.',
})
export class Event {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field()
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => String, { nullable: true })
  websiteUrl!: string | null;

  @Field()
  isDemo!: boolean;
}

@ObjectType('EventProject', { description: 'A project taking part in an event, and what came of it.' })
export class EventProject {
  @Field(() => Project)
  project!: Project;

  @Field({ description: 'e.g. "MVP built".' })
  outcome!: string;
}

export const EventConnection = Connection(Event);

export enum EventTiming {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(EventTiming, { name: 'EventTiming', description: 'UPCOMING: not yet over. PAST: over.' });

@InputType()
export class EventFilter {
  @Field(() => [EventKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  kinds?: EventKind[] | null;

  @Field(() => EventTiming, { nullable: true })
  timing?: EventTiming | null;

  @Field(() => ID, { nullable: true, description: 'Events this organisation organises.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizerId must be an id' })
  organizerId?: string | null;
}

export enum EventOrderField {
  STARTS_AT = 'STARTS_AT',
}
registerEnumType(EventOrderField, { name: 'EventOrderField' });

export const EventOrder = OrderInput(EventOrderField, 'EventOrder');
export type EventOrder = InstanceType<typeof EventOrder>;

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EventFilter | null;

  @Field(() => EventOrder, { nullable: true, description: 'Default: STARTS_AT descending (latest first).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: EventOrder | null;
}
