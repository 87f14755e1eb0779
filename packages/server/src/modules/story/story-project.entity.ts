import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from '../project/project.entity';
import { StoryEntity } from './story.entity';

/** A project a story features, in the order the story names them. */
@Entity('story_projects')
@Index('ix_story_projects_project_id', ['projectId'])
export class StoryProjectEntity {
  @PrimaryColumn('uuid')
  storyId!: string;

  @PrimaryColumn('uuid')
  projectId!: string;

  @Column('integer', { default: 0 })
  position!: number;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id', foreignKeyConstraintName: 'fk_story_projects_story' })
  story?: StoryEntity;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_story_projects_project' })
  project?: ProjectEntity;
}
