import { defineModule } from '../module';
import { EventOrganizerEntity } from './event-organizer.entity';
import { EventProjectEntity } from './event-project.entity';
import { EventEntity } from './event.entity';
import { createEventLoaders } from './event.loaders';
import { EventResolver, ProjectEventsResolver } from './event.resolver';
import { EventService } from './event.service';

const verbs = {
  'event.created': 'event',
  'event.updated': 'event',
  'event.project_added': 'event',
  'event.project_outcome_updated': 'event',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends EventVerbs {}
}
type EventVerbs = typeof verbs;

export const eventModule = defineModule({
  name: 'event',
  entities: [EventEntity, EventOrganizerEntity, EventProjectEntity],
  resolvers: [EventResolver, ProjectEventsResolver],
  loaders: createEventLoaders,
  services: (deps) => ({ events: new EventService(deps) }),
  verbs,
});
