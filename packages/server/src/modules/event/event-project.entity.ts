import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from '../project/project.entity';
import { EventEntity } from './event.entity';

/** A project taking part in an event, with what came of it ("MVP built"). */
@Entity('event_projects')
@Index('ix_event_projects_project_id', ['projectId'])
export class EventProjectEntity {
  @PrimaryColumn('uuid')
  eventId!: string;

  @PrimaryColumn('uuid')
  projectId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_projects_event' })
  event?: EventEntity;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_event_projects_project' })
  project?: ProjectEntity;

  @Column('text', { default: '' })
  outcome!: string;
}
