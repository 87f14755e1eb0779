import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { allInEnum, CauseArea, inEnum, ProjectStage, ProjectVisibility } from '../../shared/enums';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

@Entity('projects')
@Unique('uq_projects_slug', ['slug'])
@Check('ck_projects_stage', inEnum('stage', ProjectStage))
@Check('ck_projects_visibility', inEnum('visibility', ProjectVisibility))
@Check('ck_projects_cause_areas', allInEnum('cause_areas', CauseArea))
@Index('ix_projects_stage', ['stage'])
@Index('ix_projects_visibility', ['visibility'])
@Index('ix_projects_organization_id', ['organizationId'])
@Index('ix_projects_license', ['license'])
@Index('ix_projects_name_id', ['name', 'id'])
@Index('ix_projects_created_at_id', ['createdAt', 'id'])
@Index('ix_projects_updated_at_id', ['updatedAt', 'id'])
@Index('ix_projects_proposed_by_id', ['proposedById'])
@Index('ix_projects_interest_count_id', ['interestCount', 'id'])
@Check('ck_projects_interest_count', '"interest_count" >= 0')
// GIN indexes for `causeAreas` (any of) and trigram `search`, written in the migration.
@Index('ix_projects_cause_areas', { synchronize: false })
@Index('ix_projects_search_trgm', { synchronize: false })
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  summary!: string;

  /** Markdown, stored as written. */
  @Column('text', { default: '' })
  description!: string;

  @Column('text')
  stage!: ProjectStage;

  @Column('text', { array: true, default: () => "'{}'" })
  causeAreas!: CauseArea[];

  @Column('text', { nullable: true })
  repositoryUrl!: string | null;

  @Column('text', { nullable: true })
  websiteUrl!: string | null;

  /** An SPDX licence expression, e.g. `MIT` or `Apache-2.0 OR MIT`. */
  @Column('text', { nullable: true })
  license!: string | null;

  /** Who the project serves, in the maintainers' words. */
  @Column('text', { default: '' })
  beneficiaries!: string;

  @Column('text', { default: ProjectVisibility.DRAFT })
  visibility!: ProjectVisibility;

  /** The organisation the project belongs to, if any. */
  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_projects_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  /** Who proposed it as an idea (proposeIdea), if anyone; a proposer is not a maintainer until they take it up. */
  @Column('uuid', { nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id', foreignKeyConstraintName: 'fk_projects_proposed_by' })
  proposedBy?: UserEntity;

  /** How many interests people expressed in it as an idea (kept with them, in the same transaction): for ordering. */
  @Column('integer', { default: 0 })
  interestCount!: number;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
