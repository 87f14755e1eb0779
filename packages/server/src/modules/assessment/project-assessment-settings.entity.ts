import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../project/project.entity';
import { UserEntity } from '../user/user.entity';

/** A project's choices about its assessments: whether its maintainers made the aggregated scores public. */
@Entity('project_assessment_settings')
export class ProjectAssessmentSettingsEntity {
  @PrimaryColumn('uuid')
  projectId!: string;

  @OneToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_assessment_settings_project' })
  project?: ProjectEntity;

  /** The maintainers' opt-in: `Project.assessmentSummary` is public while this is true. */
  @Column('boolean', { default: false })
  summaryPublic!: boolean;

  @Column('uuid', { nullable: true })
  updatedByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'fk_project_assessment_settings_updated_by' })
  updatedBy?: UserEntity;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
