import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, ObjectType, InputType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { EventKind } from '../../shared/enums';
import { IfPresent, IfValue, IsHttpUrl, IsSlug, IsText, IsTimeZone } from '../../shared/validation';
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

  @Field({ description: 'The IANA time zone the event happens in, e.g. "Asia/Shanghai": show its times there.' })
  timeZone!: string;

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
export const EventProjectConnection = Connection(EventProject);

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

@ObjectType('ProjectEvent', { description: 'An event a project took part in, and what came of it.' })
export class ProjectEvent {
  @Field(() => Event)
  event!: Event;

  @Field({ description: 'e.g. "MVP built".' })
  outcome!: string;
}

export const ProjectEventConnection = Connection(ProjectEvent);

@InputType({ description: 'Give a place (location), an online link (onlineUrl), or both.' })
export class CreateEventInput {
  @Field(() => EventKind)
  kind!: EventKind;

  @Field({ description: 'Lower-case letters, digits and hyphens, e.g. "ai-for-good-hackathon-2026".' })
  @IsSlug()
  slug!: string;

  @Field({ description: 'At most 200 characters.' })
  @IsText(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'At most 5000 characters.' })
  @IfValue()
  @IsText(0, 5000)
  description?: string | null;

  @Field()
  startsAt!: Date;

  @Field(() => Date, { nullable: true, description: 'On or after startsAt.' })
  endsAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The IANA time zone the event happens in, e.g. "Europe/Berlin". Default: Asia/Shanghai.',
  })
  @IfValue()
  @IsTimeZone()
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'A place, e.g. "上海". At most 200 characters.' })
  @IfValue()
  @IsText(1, 200)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Where to join online.' })
  @IfValue()
  @IsHttpUrl()
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IfValue()
  @IsHttpUrl()
  websiteUrl?: string | null;

  @Field(() => [ID], {
    description: 'The organising organisations (1 to 10): ones you are a member of (an admin may name any).',
  })
  @ArrayMinSize(1, { message: 'organizerIds must name at least one organisation' })
  @ArrayMaxSize(10, { message: 'organizerIds may name at most 10 organisations' })
  organizerIds!: string[];
}

@InputType({ description: 'Changes what is given; absent fields stay. Organisers (or an admin) only.' })
export class UpdateEventInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => EventKind, { nullable: true })
  @IfPresent()
  kind?: EventKind;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(0, 5000)
  description?: string;

  @Field(() => Date, { nullable: true })
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'null clears it.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. "Asia/Shanghai".' })
  @IfPresent()
  @IsTimeZone()
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'null clears it (an online link must remain).' })
  @IfValue()
  @IsText(1, 200)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it (a place must remain).' })
  @IfValue()
  @IsHttpUrl()
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IfValue()
  @IsHttpUrl()
  websiteUrl?: string | null;
}

@InputType({
  description: 'Records a project taking part in an event; for a project already there, its outcome is updated.',
})
export class AddEventProjectInput {
  @Field(() => ID)
  eventId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { nullable: true, description: 'What came of it, e.g. "MVP built". At most 500 characters.' })
  @IfValue()
  @IsText(0, 500)
  outcome?: string | null;
}

@ObjectType()
export class CreateEventPayload {
  @Field(() => Event)
  event!: Event;
}

@ObjectType()
export class UpdateEventPayload {
  @Field(() => Event)
  event!: Event;
}

@ObjectType()
export class AddEventProjectPayload {
  @Field(() => Event)
  event!: Event;

  @Field(() => EventProject)
  participation!: EventProject;

  @Field({ description: 'false when the project was already there and only its outcome changed.' })
  added!: boolean;
}
