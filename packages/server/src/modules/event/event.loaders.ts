import { In, type DataSource } from 'typeorm';
import { rowsById, rowsGroupedBy } from '../../shared/loaders';
import { EventOrganizerEntity } from './event-organizer.entity';
import { EventProjectEntity } from './event-project.entity';
import { EventEntity } from './event.entity';

export function createEventLoaders(dataSource: DataSource) {
  return {
    eventById: rowsById((ids) => dataSource.getRepository(EventEntity).findBy({ id: In([...ids]) })),
    organizersByEvent: rowsGroupedBy(
      (eventIds) => dataSource.getRepository(EventOrganizerEntity).findBy({ eventId: In([...eventIds]) }),
      (row) => row.eventId,
    ),
    participationsByEvent: rowsGroupedBy(
      (eventIds) => dataSource.getRepository(EventProjectEntity).findBy({ eventId: In([...eventIds]) }),
      (row) => row.eventId,
    ),
    /** Each project's events with their outcomes, latest event first. */
    participationsByProject: rowsGroupedBy(
      (projectIds) =>
        dataSource
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
