import { In, type EntityManager } from 'typeorm';
import { rowsById, rowsGroupedBy } from '../../shared/loaders';
import { EventOrganizerEntity } from './event-organizer.entity';
import { EventProjectEntity } from './event-project.entity';
import { EventEntity } from './event.entity';

export function createEventLoaders(db: EntityManager) {
  return {
    byId: rowsById((ids) => db.getRepository(EventEntity).findBy({ id: In([...ids]) })),
    organizers: rowsGroupedBy(
      (eventIds) => db.getRepository(EventOrganizerEntity).findBy({ eventId: In([...eventIds]) }),
      (row) => row.eventId,
    ),
    participations: rowsGroupedBy(
      (eventIds) => db.getRepository(EventProjectEntity).findBy({ eventId: In([...eventIds]) }),
      (row) => row.eventId,
    ),
    /** Each project's events with their outcomes, latest event first. */
    participationsByProject: rowsGroupedBy(
      (projectIds) =>
        db
          .getRepository(EventProjectEntity)
          .createQueryBuilder('participation')
          .innerJoinAndSelect('participation.event', 'event')
          .where('participation.project_id IN (:...projectIds)', { projectIds })
          .orderBy('event.starts_at', 'DESC')
          .addOrderBy('event.id', 'DESC')
          .getMany(),
      (row) => row.projectId,
    ),
  };
}
