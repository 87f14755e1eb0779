import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { OrganizationEntity } from '../organization/organization.entity';
import { onVisibleProjects } from '../project/project.policy';
import { pairsSql, rowsById, rowsByPair, rowsGroupedBy } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { EventOrganizerEntity } from './event-organizer.entity';
import { EventProjectEntity } from './event-project.entity';
import { EventEntity } from './event.entity';

export function createEventLoaders(db: EntityManager, viewer: Viewer | null) {
  const participations = db.getRepository(EventProjectEntity);
  /** Participations whose project the viewer may see, with the project joined as `project`. */
  const visibleParticipations = () =>
    onVisibleProjects(participations.createQueryBuilder('participation'), 'participation.project_id', viewer);
  return {
    byId: rowsById((ids) => db.getRepository(EventEntity).findBy({ id: In([...ids]) })),
    organizers: rowsGroupedBy(
      (eventIds) => db.getRepository(EventOrganizerEntity).findBy({ eventId: In([...eventIds]) }),
      (row) => row.eventId,
    ),

    /** A participation by `<event id>:<project id>`, with its event. */
    participation: rowsByPair(
      (pairs) => {
        const match = pairsSql(['participation.event_id', 'participation.project_id'], pairs);
        return participations
          .createQueryBuilder('participation')
          .innerJoinAndSelect('participation.event', 'event')
          .where(match.sql, match.params)
          .getMany();
      },
      (row) => [row.eventId, row.projectId],
    ),

    /** Event.organizersConnection: its organising organisations, by name. */
    organizerPages: nestedPages(db, {
      rows: () =>
        db
          .getRepository(EventOrganizerEntity)
          .createQueryBuilder('organizer')
          .innerJoin(OrganizationEntity, 'organization', 'organization.id = organizer.organization_id'),
      parent: 'organizer.event_id',
      id: 'organizer.organization_id',
      sort: { name: 'NAME', column: 'organization.name', sqlType: 'text' },
      direction: 'ASC',
    }),

    /** Event.projectsConnection: the participating projects the viewer may see, by name. */
    participationPagesByEvent: nestedPages(db, {
      rows: visibleParticipations,
      parent: 'participation.event_id',
      id: 'participation.project_id',
      sort: { name: 'NAME', column: 'project.name', sqlType: 'text' },
      direction: 'ASC',
    }),

    /** Project.eventsConnection: the events the project took part in, latest first. */
    participationPagesByProject: nestedPages(db, {
      rows: () => participations.createQueryBuilder('participation').innerJoinAndSelect('participation.event', 'event'),
      parent: 'participation.project_id',
      id: 'participation.event_id',
      sort: { name: 'STARTS_AT', column: 'event.starts_at', sqlType: 'timestamptz' },
      direction: 'DESC',
      parentOf: (participation) => participation.projectId,
    }),
  };
}
