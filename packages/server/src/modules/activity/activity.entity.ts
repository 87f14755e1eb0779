import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';

/** What an activity row's `data` holds: flat facts about the change. */
export type ActivityData = Record<string, string | number | boolean | null | string[]>;

/** Append-only: who did what to which row, and when. The source of audit and, later, of webhooks. */
@Entity('activities')
@Index('ix_activities_subject', ['subjectType', 'subjectId', 'createdAt'])
@Index('ix_activities_actor_user_id', ['actorUserId'])
@Index('ix_activities_created_at', ['createdAt'])
export class ActivityEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'fk_activities_actor_user' })
  actorUser?: UserEntity;

  /** e.g. `project.published`, `organization.member_added`. */
  @Column('text')
  verb!: string;

  @Column('text')
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  @Column('jsonb', { default: () => "'{}'" })
  data!: ActivityData;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
