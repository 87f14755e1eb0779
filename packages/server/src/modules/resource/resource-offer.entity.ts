import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { allInEnum, CauseArea, inEnum, ProjectStage, ResourceCategory, ResourceOfferStatus } from '../../shared/enums';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import type { ResourceDetailsData } from './resource-details';

/**
 * What an organisation offers: a total quantity of one kind of resource. `granted` is the sum of the approved
 * quantities of its APPROVED and FULFILLED requests, kept in step under the offer's row lock; the CHECK below makes
 * over-granting impossible even for code that forgets the rule.
 */
@Entity('resource_offers')
@Check('ck_resource_offers_category', inEnum('category', ResourceCategory))
@Check('ck_resource_offers_status', inEnum('status', ResourceOfferStatus))
@Check('ck_resource_offers_total', `"total" > 0`)
@Check('ck_resource_offers_granted', `"granted" >= 0 AND "granted" <= "total"`)
@Check('ck_resource_offers_max_per_project', `"max_per_project" IS NULL OR "max_per_project" > 0`)
@Check('ck_resource_offers_window', `"closes_at" IS NULL OR "opens_at" IS NULL OR "closes_at" > "opens_at"`)
@Check('ck_resource_offers_details', `jsonb_typeof("details") = 'object' AND "details"->>'category' = "category"`)
@Check('ck_resource_offers_eligible_cause_areas', allInEnum('eligible_cause_areas', CauseArea))
@Check('ck_resource_offers_eligible_stages', allInEnum('eligible_stages', ProjectStage))
@Index('ix_resource_offers_organization_id', ['organizationId'])
@Index('ix_resource_offers_status_created_at_id', ['status', 'createdAt', 'id'])
@Index('ix_resource_offers_category', ['category'])
// GIN index for eligible cause areas and trigram search over title and description, written in the migration.
@Index('ix_resource_offers_eligible_cause_areas', { synchronize: false })
@Index('ix_resource_offers_search_trgm', { synchronize: false })
export class ResourceOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_resource_offers_organization' })
  organization?: OrganizationEntity;

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_resource_offers_created_by_user' })
  createdByUser?: UserEntity;

  @Column('text')
  category!: ResourceCategory;

  @Column('text')
  title!: string;

  /** Markdown, as written. */
  @Column('text', { default: '' })
  description!: string;

  @Column('jsonb')
  details!: ResourceDetailsData;

  /** What one unit is, e.g. "GPU 小时", "server-months", "slots". */
  @Column('text')
  unit!: string;

  @Column('integer')
  total!: number;

  @Column('integer', { default: 0 })
  granted!: number;

  @Column('integer', { nullable: true })
  maxPerProject!: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closesAt!: Date | null;

  /** Empty: any cause. */
  @Column('text', { array: true, default: () => "'{}'" })
  eligibleCauseAreas!: CauseArea[];

  /** Empty: any stage. */
  @Column('text', { array: true, default: () => "'{}'" })
  eligibleStages!: ProjectStage[];

  @Column('boolean', { default: false })
  osiLicenseRequired!: boolean;

  /** How the organisation wants to be credited on the projects it supports; its name when empty. */
  @Column('text', { default: '' })
  attribution!: string;

  @Column('text', { default: ResourceOfferStatus.DRAFT })
  status!: ResourceOfferStatus;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  get remaining(): number {
    return this.total - this.granted;
  }
}
