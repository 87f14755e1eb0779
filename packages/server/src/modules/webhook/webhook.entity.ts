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
import { allInEnum, inEnum } from '../../shared/enums';
import { OrganizationEntity } from '../organization/organization.entity';
import { WebhookEvent } from './webhook.events';

/** An organisation's endpoint for events. The signing secret is shown at creation and rotation only. */
@Entity('webhooks')
@Index('ix_webhooks_organization_id', ['organizationId'])
@Check('ck_webhooks_events', `${allInEnum('events', WebhookEvent)} AND cardinality("events") > 0`)
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_webhooks_organization' })
  organization?: OrganizationEntity;

  @Column('text')
  url!: string;

  @Column('text', { array: true })
  events!: WebhookEvent[];

  /** `whsec_…` (Standard Webhooks): Goodlink signs with it, so it is kept, and never shown again. */
  @Column('text')
  secret!: string;

  @Column('boolean', { default: true })
  enabled!: boolean;

  /** Why Goodlink turned it off (sustained failure), for the owners to read. */
  @Column('text', { nullable: true })
  disabledReason!: string | null;

  /** Deliveries that failed for good in a row; a success resets it. */
  @Column('integer', { default: 0 })
  consecutiveFailures!: number;

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** One event for one webhook: the outbox row, then the log of its delivery. */
@Entity('webhook_deliveries')
@Index('ix_webhook_deliveries_webhook_created_at', ['webhookId', 'createdAt'])
@Index('ix_webhook_deliveries_unqueued', ['createdAt'], { where: `"job_id" IS NULL AND "status" = 'PENDING'` })
@Check('ck_webhook_deliveries_status', inEnum('status', WebhookDeliveryStatus))
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  webhookId!: string;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'fk_webhook_deliveries_webhook' })
  webhook?: WebhookEntity;

  @Column('text')
  event!: string;

  /** The body sent, exactly: `{ type, timestamp, data }`. */
  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column('text', { default: WebhookDeliveryStatus.PENDING })
  status!: WebhookDeliveryStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('integer', { nullable: true })
  lastStatusCode!: number | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  /** The pg-boss job that delivers it, once the dispatcher has queued it. */
  @Column('uuid', { nullable: true })
  jobId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;
}
