import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { SponsorLinkSide, SponsorLinkStatus } from '../../shared/enums';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey, createdAtKey } from '../../shared/keyset';
import { DomainService } from '../module';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity } from '../project/project.entity';
import { visibleProjectsSql } from '../project/project.policy';
import { SponsorLinkEntity } from './sponsor-link.entity';
import {
  awaitingViewerSql,
  canEndSponsorLink,
  isOnRespondingSide,
  isPartyTo,
  lockVisibleLink,
  otherSide,
  proposingSide,
  sidesOf,
  sponsorLinkFacts,
  visibleSponsorLinksSql,
} from './sponsor-link.policy';
import {
  SponsorLinkOrderField,
  type ConfirmSponsorLinkInput,
  type DeclineSponsorLinkInput,
  type EndSponsorLinkInput,
  type ProposeSponsorLinkInput,
  type SponsorLinksArgs,
} from './sponsor-link.types';

const SORT_KEYS: Record<SponsorLinkOrderField, SortKey<SponsorLinkEntity>> = {
  [SponsorLinkOrderField.CREATED_AT]: createdAtKey('link'),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who speaks for each side, in messages. */
const SPEAKERS: Record<SponsorLinkSide, string> = {
  [SponsorLinkSide.ORGANIZATION]: 'members of the organisation',
  [SponsorLinkSide.PROJECT]: 'maintainers of the project',
};

const sameLinkData = (link: SponsorLinkEntity) => ({
  organizationId: link.organizationId,
  projectId: link.projectId,
  role: link.role,
});

export class SponsorLinkService extends DomainService {
  /** The links the viewer may see (the rule is applied in SQL), filtered and paged. */
  list(viewer: Viewer | null, { first, after, filter, orderBy }: SponsorLinksArgs): Promise<Page<SponsorLinkEntity>> {
    const visible = visibleSponsorLinksSql('link', viewer);
    const query = this.dataSource
      .getRepository(SponsorLinkEntity)
      .createQueryBuilder('link')
      .where(visible.sql, visible.params);
    if (filter?.organizationId) {
      query.andWhere('link.organization_id = :organizationId', { organizationId: filter.organizationId });
    }
    if (filter?.organizationSlug) {
      query.andWhere('link.organization_id IN (SELECT id FROM organizations WHERE slug = :organizationSlug)', {
        organizationSlug: filter.organizationSlug,
      });
    }
    if (filter?.projectId) query.andWhere('link.project_id = :projectId', { projectId: filter.projectId });
    if (filter?.projectSlug) {
      query.andWhere('link.project_id IN (SELECT id FROM projects WHERE slug = :projectSlug)', {
        projectSlug: filter.projectSlug,
      });
    }
    if (filter?.roles?.length) query.andWhere('link.role IN (:...roles)', { roles: filter.roles });
    if (filter?.statuses?.length) query.andWhere('link.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.activeOn) {
      query.andWhere(
        `link.status = '${SponsorLinkStatus.CONFIRMED}'` +
          ' AND (link.starts_on IS NULL OR link.starts_on <= CAST(:activeOn AS date))' +
          ' AND (link.ends_on IS NULL OR link.ends_on >= CAST(:activeOn AS date))',
        { activeOn: filter.activeOn },
      );
    }
    if (filter?.awaitingViewer) {
      const awaiting = awaitingViewerSql('link', viewer);
      query.andWhere(awaiting.sql, awaiting.params);
    }
    return paginate(query, {
      alias: 'link',
      sort: SORT_KEYS[orderBy?.field ?? SponsorLinkOrderField.CREATED_AT],
      direction: orderBy ? orderBy.direction : 'DESC',
      first,
      after,
    });
  }

  /**
   * Whether the organisation sponsors the project today: a CONFIRMED link whose dates include today, on a project
   * the viewer may see. Each argument is a slug or an id. One statement.
   */
  async isSponsor(viewer: Viewer | null, organization: string, project: string): Promise<boolean> {
    const visible = visibleProjectsSql('project', viewer);
    const query = this.dataSource
      .getRepository(SponsorLinkEntity)
      .createQueryBuilder('link')
      .select('1', 'found')
      .innerJoin(OrganizationEntity, 'organization', 'organization.id = link.organization_id')
      .innerJoin(ProjectEntity, 'project', 'project.id = link.project_id')
      .where(`link.status = '${SponsorLinkStatus.CONFIRMED}'`)
      .andWhere('(link.starts_on IS NULL OR link.starts_on <= CURRENT_DATE)')
      .andWhere('(link.ends_on IS NULL OR link.ends_on >= CURRENT_DATE)')
      .andWhere(visible.sql, visible.params);
    // A slug may look like a uuid, so a uuid-shaped argument matches either (one parameter per type for Postgres).
    for (const [alias, value] of [
      ['organization', organization],
      ['project', project],
    ] as const) {
      query.andWhere(
        UUID.test(value)
          ? `(${alias}.id = CAST(:${alias}Id AS uuid) OR ${alias}.slug = :${alias}Slug)`
          : `${alias}.slug = :${alias}Slug`,
        { [`${alias}Id`]: value, [`${alias}Slug`]: value },
      );
    }
    return (await query.limit(1).getRawOne()) !== undefined;
  }

  async propose(actor: Viewer, input: ProposeSponsorLinkInput): Promise<SponsorLinkEntity> {
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      throw new InvalidInput('endsOn', 'endsOn must be on or after startsOn.');
    }
    return this.mutate(actor, async ({ manager, record }) => {
      if (!(await manager.getRepository(OrganizationEntity).existsBy({ id: input.organizationId }))) {
        throw new NotFound('This organisation was not found.', { field: 'organizationId' });
      }
      const visible = visibleProjectsSql('project', actor);
      const projectExists = await manager
        .getRepository(ProjectEntity)
        .createQueryBuilder('project')
        .where('project.id = :projectId', { projectId: input.projectId })
        .andWhere(visible.sql, visible.params)
        .getExists();
      // A draft you cannot see is answered like a missing project: the answer says nothing about it.
      if (!projectExists) throw new NotFound('This project was not found.', { field: 'projectId' });
      const facts = await sponsorLinkFacts(manager, actor, input);
      const side = proposingSide(actor, facts, input.side ?? null);
      const links = manager.getRepository(SponsorLinkEntity);
      // No look-up for a live duplicate: the unique index uq_sponsor_links_live refuses it, also when two
      // proposals race, and graphql/errors.ts answers CONFLICT.
      const link = await links.save(
        links.create({
          organizationId: input.organizationId,
          projectId: input.projectId,
          role: input.role,
          status: SponsorLinkStatus.PROPOSED,
          proposedBy: side,
          proposedByUserId: actor.user.id,
          attribution: input.attribution?.trim() ?? '',
          url: input.url ?? null,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
        }),
      );
      await record('sponsor_link.proposed', link.id, { ...sameLinkData(link), proposedBy: side });
      return link;
    });
  }

  async confirm(actor: Viewer, input: ConfirmSponsorLinkInput): Promise<SponsorLinkEntity> {
    return this.respond(actor, input.sponsorLinkId, SponsorLinkStatus.CONFIRMED, null);
  }

  async decline(actor: Viewer, input: DeclineSponsorLinkInput): Promise<SponsorLinkEntity> {
    return this.respond(actor, input.sponsorLinkId, SponsorLinkStatus.DECLINED, input.note?.trim() || null);
  }

  /** Ends a CONFIRMED link, or retracts a PROPOSED one. */
  async end(actor: Viewer, input: EndSponsorLinkInput): Promise<SponsorLinkEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const { link, facts } = await lockVisibleLink(manager, actor, input.sponsorLinkId);
      if (!isPartyTo(actor, facts)) {
        throw new Forbidden('Only the organisation or the project of this sponsor link can end it.');
      }
      if (link.status === SponsorLinkStatus.ENDED) {
        throw new Conflict('This sponsor link has already ended.', {
          field: 'sponsorLinkId',
          reason: 'ALREADY_ENDED',
        });
      }
      if (link.status === SponsorLinkStatus.DECLINED) {
        throw new Conflict('This sponsor link was declined: there is nothing to end.', {
          field: 'sponsorLinkId',
          reason: 'NOT_LIVE',
        });
      }
      if (!canEndSponsorLink(actor, link, facts)) {
        throw new Forbidden(
          `Only ${SPEAKERS[link.proposedBy]}, who proposed this sponsor link, can retract it; decline it instead.`,
        );
      }
      const wasConfirmed = link.status === SponsorLinkStatus.CONFIRMED;
      link.status = SponsorLinkStatus.ENDED;
      link.endedAt = new Date();
      if (wasConfirmed) link.endsOn = await this.endDate(manager, link);
      const saved = await manager.getRepository(SponsorLinkEntity).save(link);
      await record('sponsor_link.ended', link.id, {
        ...sameLinkData(link),
        previousStatus: wasConfirmed ? 'CONFIRMED' : 'PROPOSED',
      });
      return saved;
    });
  }

  private async respond(
    actor: Viewer,
    sponsorLinkId: string,
    status: SponsorLinkStatus.CONFIRMED | SponsorLinkStatus.DECLINED,
    note: string | null,
  ): Promise<SponsorLinkEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const { link, facts } = await lockVisibleLink(manager, actor, sponsorLinkId);
      if (!isOnRespondingSide(actor, link, facts)) {
        const answering = SPEAKERS[otherSide(link.proposedBy)];
        throw new Forbidden(
          sidesOf(actor, facts).includes(link.proposedBy)
            ? `Your side proposed this sponsor link: the other side (${answering}) must confirm or decline it.`
            : `Only ${answering} can confirm or decline this sponsor link: consent belongs to the side that did not propose it.`,
        );
      }
      if (link.status !== SponsorLinkStatus.PROPOSED) {
        throw new Conflict(`This sponsor link is no longer awaiting an answer: it is ${link.status}.`, {
          field: 'sponsorLinkId',
          reason: 'NOT_PROPOSED',
        });
      }
      link.status = status;
      link.respondedAt = new Date();
      const saved = await manager.getRepository(SponsorLinkEntity).save(link);
      await record(
        status === SponsorLinkStatus.CONFIRMED ? 'sponsor_link.confirmed' : 'sponsor_link.declined',
        link.id,
        { ...sameLinkData(link), ...(note ? { note } : {}) },
      );
      return saved;
    });
  }

  /**
   * The last day of a link ended today: today, unless it was to end sooner. A link ended before it began keeps
   * its start as its end, so the dates stay in order (status ENDED says it never ran).
   */
  private async endDate(manager: EntityManager, link: SponsorLinkEntity): Promise<string> {
    const [{ today }] = await manager.query(`SELECT to_char(CURRENT_DATE, 'YYYY-MM-DD') AS today`);
    const last = link.endsOn && link.endsOn < today ? link.endsOn : today;
    return link.startsOn && last < link.startsOn ? link.startsOn : last;
  }
}
