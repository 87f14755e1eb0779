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
import { inEnum, StoryKind } from '../../shared/enums';
import { UserEntity } from '../user/user.entity';

/** A podcast episode, article, video or case study about one or more projects: a link, a date and a summary. */
@Entity('stories')
@Unique('uq_stories_slug', ['slug'])
@Check('ck_stories_kind', inEnum('kind', StoryKind))
@Check('ck_stories_media', `("media_url" IS NULL) = ("media_type" IS NULL)`)
@Check('ck_stories_duration', `"duration_seconds" IS NULL OR "duration_seconds" > 0`)
@Index('ix_stories_kind', ['kind'])
@Index('ix_stories_published_on_id', ['publishedOn', 'id'])
export class StoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  kind!: StoryKind;

  @Column('text')
  title!: string;

  /** Where the story is told (the article, the episode's page, the video). */
  @Column('text')
  url!: string;

  @Column('date')
  publishedOn!: string;

  @Column('text', { default: '' })
  summary!: string;

  /** A BCP 47 tag: zh-CN, en… */
  @Column('text', { default: 'zh-CN' })
  language!: string;

  /** The audio or video file itself, for podcast apps (an RSS enclosure). */
  @Column('text', { nullable: true })
  mediaUrl!: string | null;

  @Column('text', { nullable: true })
  mediaType!: string | null;

  @Column('integer', { nullable: true })
  durationSeconds!: number | null;

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_stories_created_by_user' })
  createdBy?: UserEntity;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
