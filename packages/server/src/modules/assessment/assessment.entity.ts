import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AssessmentRecommendation, inEnum } from '../../shared/enums';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity } from '../project/project.entity';
import { UserEntity } from '../user/user.entity';
import { AssessmentRubricEntity } from './assessment-rubric.entity';

/**
 * A foundation's (or, with no organisation, the platform's) scoring of a project against one rubric version.
 * Resubmitting keeps the old row, marked superseded: one current assessment per assessor, project and version,
 * and a dated history behind it. Private to the project's maintainers, the assessing organisation and admins.
 */
@Entity('assessments')
@Check('ck_assessments_recommendation', inEnum('recommendation', AssessmentRecommendation))
@Check('ck_assessments_total', '"total" BETWEEN 0 AND "maximum"')
@Index('ix_assessments_project_id', ['projectId', 'createdAt'])
@Index('ix_assessments_organization_id', ['organizationId'])
// One current assessment per assessing organisation (or the platform), project and rubric version.
@Index('uq_assessments_current_organization', ['organizationId', 'projectId', 'rubricVersion'], {
  unique: true,
  where: '"superseded_at" IS NULL AND "organization_id" IS NOT NULL',
})
@Index('uq_assessments_current_platform', ['projectId', 'rubricVersion'], {
  unique: true,
  where: '"superseded_at" IS NULL AND "organization_id" IS NULL',
})
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_assessments_project' })
  project?: ProjectEntity;

  /** The assessing foundation; null when a platform admin assessed as the platform. */
  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_assessments_organization' })
  organization?: OrganizationEntity;

  @Column('integer')
  rubricVersion!: number;

  @ManyToOne(() => AssessmentRubricEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_version', foreignKeyConstraintName: 'fk_assessments_rubric' })
  rubric?: AssessmentRubricEntity;

  /** Who signed it. */
  @Column('uuid', { nullable: true })
  assessorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assessor_user_id', foreignKeyConstraintName: 'fk_assessments_assessor_user' })
  assessorUser?: UserEntity;

  @Column('text')
  recommendation!: AssessmentRecommendation;

  @Column('text', { default: '' })
  summary!: string;

  /** The sum of the scores, kept with them in the same transaction. */
  @Column('integer')
  total!: number;

  /** The sum of the criteria's maximum scores in this rubric version. */
  @Column('integer')
  maximum!: number;

  /** When a newer assessment by the same assessor replaced this one; null while it is current. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  supersededAt!: Date | null;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** One criterion's score in an assessment, with the assessor's note. */
@Entity('assessment_scores')
@Check('ck_assessment_scores_score', '"score" >= 0')
export class AssessmentScoreEntity {
  @PrimaryColumn('uuid')
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_assessment_scores_assessment' })
  assessment?: AssessmentEntity;

  @PrimaryColumn('text')
  criterionKey!: string;

  @Column('integer')
  score!: number;

  @Column('text', { default: '' })
  note!: string;
}
