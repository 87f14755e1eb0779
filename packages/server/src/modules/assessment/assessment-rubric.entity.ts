import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

/**
 * A version of the shared feasibility rubric (开源公益项目可行性评估标准). Versions are data: a new version is a new
 * row with its own criteria, inserted by a migration; the highest version is the current one. An assessment
 * records the version it was made against, so older assessments keep their meaning when the rubric changes.
 */
@Entity('assessment_rubrics')
@Check('ck_assessment_rubrics_version', '"version" > 0')
export class AssessmentRubricEntity {
  @PrimaryColumn('integer')
  version!: number;

  /** What changed in this version, for the record. */
  @Column('text', { default: '' })
  changeNote!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** One criterion of a rubric version, scored 0 to `maxScore`, with its title and description in both languages. */
@Entity('assessment_criteria')
@Unique('uq_assessment_criteria_position', ['rubricVersion', 'position'])
@Check('ck_assessment_criteria_max_score', '"max_score" BETWEEN 1 AND 10')
@Check('ck_assessment_criteria_key', `"key" ~ '^[a-z][a-z0-9_]*$'`)
export class AssessmentCriterionEntity {
  @PrimaryColumn('integer')
  rubricVersion!: number;

  @ManyToOne(() => AssessmentRubricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rubric_version', foreignKeyConstraintName: 'fk_assessment_criteria_rubric' })
  rubric?: AssessmentRubricEntity;

  /** Stable across versions where the criterion means the same, e.g. `open_license`. */
  @PrimaryColumn('text')
  key!: string;

  @Column('integer')
  position!: number;

  @Column('text')
  titleZh!: string;

  @Column('text')
  titleEn!: string;

  @Column('text')
  descriptionZh!: string;

  @Column('text')
  descriptionEn!: string;

  @Column('integer', { default: 3 })
  maxScore!: number;
}
