import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { EventKind, inEnum } from '../../shared/enums';

/** Where Goodlink's community meets; also what events from before time zones were stored get. */
export const DEFAULT_EVENT_TIME_ZONE = 'Asia/Shanghai';

@Entity('events')
@Unique('uq_events_slug', ['slug'])
@Check('ck_events_kind', inEnum('kind', EventKind))
@Check('ck_events_dates', `"ends_at" IS NULL OR "ends_at" >= "starts_at"`)
@Index('ix_events_kind', ['kind'])
@Index('ix_events_starts_at_id', ['startsAt', 'id'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  kind!: EventKind;

  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endsAt!: Date | null;

  /** The IANA zone the event happens in (e.g. Asia/Shanghai): its times are shown there. */
  @Column('text', { default: DEFAULT_EVENT_TIME_ZONE })
  timeZone!: string;

  /** A place, for events that have one. */
  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { nullable: true })
  onlineUrl!: string | null;

  @Column('text', { nullable: true })
  websiteUrl!: string | null;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
