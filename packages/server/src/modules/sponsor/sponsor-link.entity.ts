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
import { inEnum, SponsorLinkSide, SponsorLinkStatus, SponsorRole } from '../../shared/enums';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity } from '../project/project.entity';
import { UserEntity } from '../user/user.entity';

/** Organisation ↔ project. Public only once both sides agreed (CONFIRMED). */
@Entity('sponsor_links')
@Check('ck_sponsor_links_role', inEnum('role', SponsorRole))
@Check('ck_sponsor_links_status', inEnum('status', SponsorLinkStatus))
@Check('ck_sponsor_links_proposed_by', inEnum('proposed_by', SponsorLinkSide))
@Check('ck_sponsor_links_dates', `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
@Index('ix_sponsor_links_project_status', ['projectId', 'status'])
@Index('ix_sponsor_links_organization_status', ['organizationId', 'status'])
@Index('ix_sponsor_links_created_at_id', ['createdAt', 'id'])
// One live link per organisation, project and role: a second proposal is a duplicate, and approvals that credit
// the same organisation at once extend one IN_KIND link instead of making two.
@Index('uq_sponsor_links_live', ['organizationId', 'projectId', 'role'], {
  unique: true,
  where: `"status" IN ('PROPOSED', 'CONFIRMED')`,
})
export class SponsorLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_sponsor_links_organization' })
  organization?: OrganizationEntity;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_sponsor_links_project' })
  project?: ProjectEntity;

  @Column('text')
  role!: SponsorRole;

  @Column('text', { default: SponsorLinkStatus.PROPOSED })
  status!: SponsorLinkStatus;

  @Column('text')
  proposedBy!: SponsorLinkSide;

  @Column('uuid', { nullable: true })
  proposedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_user_id', foreignKeyConstraintName: 'fk_sponsor_links_proposed_by_user' })
  proposedByUser?: UserEntity;

  /** When the other side confirmed or declined. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt!: Date | null;

  /** How the sponsor wants to be credited, e.g. "GPU 算力由字节跳动技术公益提供". */
  @Column('text', { default: '' })
  attribution!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('date', { nullable: true })
  startsOn!: string | null;

  @Column('date', { nullable: true })
  endsOn!: string | null;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
