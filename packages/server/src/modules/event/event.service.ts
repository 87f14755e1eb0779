import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { Forbidden, InvalidInput, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey } from '../../shared/keyset';
import { DomainService } from '../module';
import { OrganizationMemberEntity } from '../organization/organization-member.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity } from '../project/project.entity';
import { visibleProjectsSql } from '../project/project.policy';
import { EventOrganizerEntity } from './event-organizer.entity';
import { DEFAULT_EVENT_TIME_ZONE, EventEntity } from './event.entity';
import { canManageEvent, organizersNotAllowed } from './event.policy';
import {
  EventOrderField,
  EventTiming,
  type AddEventProjectInput,
  type CreateEventInput,
  type EventsArgs,
  type UpdateEventInput,
} from './event.types';

const SORT_KEYS: Record<EventOrderField, SortKey<EventEntity>> = {
  [EventOrderField.STARTS_AT]: {
    name: 'STARTS_AT',
    column: 'event.starts_at',
    read: (e) => e.startsAt,
    sqlType: 'timestamptz',
  },
};

type EventPlace = Pick<EventEntity, 'startsAt' | 'endsAt' | 'location' | 'onlineUrl'>;

/** The rules no single field can check: dates in order, and somewhere to go. */
function checkPlaceAndDates(event: EventPlace): void {
  if (Number.isNaN(event.startsAt.getTime())) throw new InvalidInput('startsAt', 'startsAt must be a date and time.');
  if (event.endsAt && event.endsAt < event.startsAt) {
    throw new InvalidInput('endsAt', 'endsAt must be on or after startsAt.');
  }
  if (!event.location && !event.onlineUrl) {
    throw new InvalidInput('location', 'Give a place (location), an online link (onlineUrl), or both.');
  }
}

export class EventService extends DomainService {
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

  async create(actor: Viewer, input: CreateEventInput): Promise<EventEntity> {
    const organizerIds = [...new Set(input.organizerIds)];
    const fields = {
      kind: input.kind,
      slug: input.slug,
      name: input.name.trim(),
      description: input.description?.trim() ?? '',
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      timeZone: input.timeZone ?? DEFAULT_EVENT_TIME_ZONE,
      location: input.location?.trim() || null,
      onlineUrl: input.onlineUrl ?? null,
      websiteUrl: input.websiteUrl ?? null,
    };
    checkPlaceAndDates(fields);
    return this.mutate(actor, async ({ manager, record }) => {
      const found = await manager.getRepository(OrganizationEntity).countBy({ id: In(organizerIds) });
      if (found !== organizerIds.length) {
        throw new NotFound('An organising organisation was not found.', { field: 'organizerIds' });
      }
      const memberships = await manager
        .getRepository(OrganizationMemberEntity)
        .findBy({ userId: actor.user.id, organizationId: In(organizerIds) });
      const refused = organizersNotAllowed(actor, organizerIds, new Set(memberships.map((m) => m.organizationId)));
      if (refused.length) {
        throw new Forbidden('You can name as organisers only organisations you are a member of.');
      }
      // The unique constraint uq_events_slug refuses a taken slug (CONFLICT, field slug), also under a race.
      const event = await manager.getRepository(EventEntity).save(manager.getRepository(EventEntity).create(fields));
      await manager
        .getRepository(EventOrganizerEntity)
        .insert(organizerIds.map((organizationId) => ({ eventId: event.id, organizationId })));
      await record('event.created', event.id, { slug: event.slug, kind: event.kind, organizerIds });
      return event;
    });
  }

  async update(actor: Viewer, input: UpdateEventInput): Promise<EventEntity> {
    for (const field of ['kind', 'startsAt', 'timeZone'] as const) {
      if (input[field] === null) throw new InvalidInput(field, `${field} cannot be cleared.`);
    }
    return this.mutate(actor, async ({ manager, record }) => {
      const event = await this.lockManageable(manager, actor, input.eventId);
      const changed: string[] = [];
      for (const key of [
        'kind',
        'name',
        'description',
        'startsAt',
        'endsAt',
        'timeZone',
        'location',
        'onlineUrl',
        'websiteUrl',
      ] as const) {
        const value = input[key];
        if (value === undefined) continue;
        const next = typeof value === 'string' ? value.trim() : value;
        Object.assign(event, { [key]: key === 'location' && next === '' ? null : next });
        changed.push(key);
      }
      checkPlaceAndDates(event);
      const saved = await manager.getRepository(EventEntity).save(event);
      await record('event.updated', event.id, { changed });
      return saved;
    });
  }

  /** Adds a project to an event, or — when it is already there — updates its outcome: a project appears once. */
  async addProject(
    actor: Viewer,
    input: AddEventProjectInput,
  ): Promise<{ event: EventEntity; participation: { project: ProjectEntity; outcome: string }; added: boolean }> {
    const outcome = input.outcome?.trim() ?? '';
    return this.mutate(actor, async ({ manager, record }) => {
      const event = await this.lockManageable(manager, actor, input.eventId);
      const visible = visibleProjectsSql('project', actor);
      const project = await manager
        .getRepository(ProjectEntity)
        .createQueryBuilder('project')
        .where('project.id = :projectId', { projectId: input.projectId })
        .andWhere(visible.sql, visible.params)
        .getOne();
      // A draft the organiser cannot see is answered like a missing project.
      if (!project) throw new NotFound('This project was not found.', { field: 'projectId' });
      // One statement decides under concurrency: insert, or update the outcome of the row already there.
      const [row] = await manager.query(
        `INSERT INTO event_projects (event_id, project_id, outcome) VALUES ($1, $2, $3)
         ON CONFLICT (event_id, project_id) DO UPDATE SET outcome = EXCLUDED.outcome
         RETURNING (xmax = 0) AS added`,
        [event.id, input.projectId, outcome],
      );
      const added = row.added === true;
      await record(added ? 'event.project_added' : 'event.project_outcome_updated', event.id, {
        projectId: input.projectId,
        outcome,
      });
      return { event, participation: { project, outcome }, added };
    });
  }

  /** The event, locked for this transaction, if the actor organises it (or is an admin). */
  private async lockManageable(manager: EntityManager, actor: Viewer, eventId: string): Promise<EventEntity> {
    const event = await manager
      .getRepository(EventEntity)
      .findOne({ where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw new NotFound('This event was not found.', { field: 'eventId' });
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM event_organizers o
       JOIN organization_members m ON m.organization_id = o.organization_id AND m.user_id = $2
       WHERE o.event_id = $1`,
      [eventId, actor.user.id],
    );
    if (!canManageEvent(actor, n)) {
      throw new Forbidden('Only members of an organising organisation (or an admin) can manage this event.');
    }
    return event;
  }
}
