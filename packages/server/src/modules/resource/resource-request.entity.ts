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
import { inEnum, ResourceRequestStatus } from '../../shared/enums';
import { ProjectEntity } from '../project/project.entity';
import { SponsorLinkEntity } from '../sponsor/sponsor-link.entity';
import { UserEntity } from '../user/user.entity';
import { ResourceOfferEntity } from './resource-offer.entity';

/**
 * A project asking an offer for a quantity. `approvedQuantity` is set on approval and kept afterwards as a record;
 * it counts against the offer only while the status is APPROVED or FULFILLED.
 */
@Entity('resource_requests')
@Check('ck_resource_requests_status', inEnum('status', ResourceRequestStatus))
@Check('ck_resource_requests_quantity', `"quantity" > 0`)
@Check(
  'ck_resource_requests_approved_quantity',
  `"approved_quantity" IS NULL OR ("approved_quantity" > 0 AND "approved_quantity" <= "quantity")`,
)
@Check(
  'ck_resource_requests_granted_has_quantity',
  `"status" NOT IN ('APPROVED', 'FULFILLED') OR "approved_quantity" IS NOT NULL`,
)
@Index('ix_resource_requests_offer_status', ['offerId', 'status'])
@Index('ix_resource_requests_project_status', ['projectId', 'status'])
@Index('ix_resource_requests_created_at_id', ['createdAt', 'id'])
@Index('ix_resource_requests_sponsor_link_id', ['sponsorLinkId'])
// One open question per project and offer: a second PENDING request is a duplicate, even under a race.
@Index('uq_resource_requests_pending', ['offerId', 'projectId'], { unique: true, where: `"status" = 'PENDING'` })
export class ResourceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  offerId!: string;

  @ManyToOne(() => ResourceOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_resource_requests_offer' })
  offer?: ResourceOfferEntity;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_resource_requests_project' })
  project?: ProjectEntity;

  @Column('uuid', { nullable: true })
  requestedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id', foreignKeyConstraintName: 'fk_resource_requests_requested_by_user' })
  requestedByUser?: UserEntity;

  @Column('integer')
  quantity!: number;

  @Column('integer', { nullable: true })
  approvedQuantity!: number | null;

  @Column('text', { default: ResourceRequestStatus.PENDING })
  status!: ResourceRequestStatus;

  /** Private to the two sides and admins. */
  @Column('text')
  justification!: string;

  /** Private to the two sides and admins. */
  @Column('text', { nullable: true })
  decisionNote!: string | null;

  /** e.g. "账号已通过邮件发送" — never the credentials themselves. Private like the decision note. */
  @Column('text', { nullable: true })
  fulfillmentNote!: string | null;

  @Column('uuid', { nullable: true })
  decidedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id', foreignKeyConstraintName: 'fk_resource_requests_decided_by_user' })
  decidedByUser?: UserEntity;

  /** When it was approved or declined. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  fulfilledAt!: Date | null;

  /** When it was withdrawn or revoked. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  /** The IN_KIND sponsor link that credits the offering organisation for this grant. */
  @Column('uuid', { nullable: true })
  sponsorLinkId!: string | null;

  @ManyToOne(() => SponsorLinkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sponsor_link_id', foreignKeyConstraintName: 'fk_resource_requests_sponsor_link' })
  sponsorLink?: SponsorLinkEntity;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
