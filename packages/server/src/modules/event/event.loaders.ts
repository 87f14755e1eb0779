import { In, type DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../shared/loaders';
import { EventOrganizerEntity } from './event-organizer.entity';
import { EventProjectEntity } from './event-project.entity';

export function createEventLoaders(dataSource: DataSource) {
  return {
    organizersByEvent: rowsGroupedBy(
      (eventIds) => dataSource.getRepository(EventOrganizerEntity).findBy({ eventId: In([...eventIds]) }),
      (row) => row.eventId,
    ),
    participationsByEvent: rowsGroupedBy(
      (eventIds) => dataSource.getRepository(EventProjectEntity).findBy({ eventId: In([...eventIds]) }),
      (row) => row.eventId,
    ),
  };
}
