import type { DataSource } from 'typeorm';
import { paginate, type Page, type SortKey } from '../../shared/keyset';
import { EventEntity } from './event.entity';
import { EventOrderField, EventTiming, type EventsArgs } from './event.types';

const SORT_KEYS: Record<EventOrderField, SortKey<EventEntity>> = {
  [EventOrderField.STARTS_AT]: {
    name: 'STARTS_AT',
    column: 'event.starts_at',
    read: (e) => e.startsAt,
    sqlType: 'timestamptz',
  },
};

export class EventService {
  constructor(private readonly dataSource: DataSource) {}

  list({ first, after, filter, orderBy }: EventsArgs): Promise<Page<EventEntity>> {
    const query = this.dataSource.getRepository(EventEntity).createQueryBuilder('event');
    if (filter?.kinds?.length) query.andWhere('event.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.timing === EventTiming.UPCOMING) query.andWhere('COALESCE(event.ends_at, event.starts_at) >= now()');
    if (filter?.timing === EventTiming.PAST) query.andWhere('COALESCE(event.ends_at, event.starts_at) < now()');
    if (filter?.organizerId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM event_organizers o WHERE o.event_id = event.id AND o.organization_id = :organizerId)',
        { organizerId: filter.organizerId },
      );
    }
    return paginate(query, {
      alias: 'event',
      sort: SORT_KEYS[orderBy?.field ?? EventOrderField.STARTS_AT],
      direction: orderBy ? orderBy.direction : 'DESC',
      first,
      after,
    });
  }

  bySlug(slug: string): Promise<EventEntity | null> {
    return this.dataSource.getRepository(EventEntity).findOneBy({ slug });
  }
}
