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
import { allInEnum, inEnum, VolunteerSkill, VolunteerTaskStatus } from '../../shared/enums';
import { ProjectEntity } from '../project/project.entity';
import { UserEntity } from '../user/user.entity';
import { MilestoneEntity } from './milestone.entity';

/**
 * A piece of a project's work a volunteer can pick up. One claimant at a time is structural (one column), and the
 * claimant is set exactly when the task is not OPEN; DONE keeps it: that is the volunteer's recognised contribution.
 */
@Entity('volunteer_tasks')
@Check('ck_volunteer_tasks_status', inEnum('status', VolunteerTaskStatus))
@Check('ck_volunteer_tasks_skills', allInEnum('skills_needed', VolunteerSkill))
@Check('ck_volunteer_tasks_claimant', `("status" = 'OPEN') = ("claimant_id" IS NULL)`)
@Check('ck_volunteer_tasks_estimated_hours', '"estimated_hours" BETWEEN 1 AND 500')
@Check('ck_volunteer_tasks_hours', `("status" = 'DONE') = ("hours_recorded" IS NOT NULL)`)
@Index('ix_volunteer_tasks_project_id', ['projectId'])
@Index('ix_volunteer_tasks_milestone_id', ['milestoneId'])
@Index('ix_volunteer_tasks_claimant_id_status', ['claimantId', 'status'])
@Index('ix_volunteer_tasks_created_at_id', ['createdAt', 'id'])
@Index('ix_volunteer_tasks_estimated_hours_id', ['estimatedHours', 'id'])
export class VolunteerTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The milestone's project, kept on the task so lists filter without a join. */
  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_volunteer_tasks_project' })
  project?: ProjectEntity;

  @Column('uuid')
  milestoneId!: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'fk_volunteer_tasks_milestone' })
  milestone?: MilestoneEntity;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  skillsNeeded!: VolunteerSkill[];

  @Column('integer')
  estimatedHours!: number;

  @Column('boolean', { default: false })
  goodFirstTask!: boolean;

  @Column('text', { default: VolunteerTaskStatus.OPEN })
  status!: VolunteerTaskStatus;

  @Column('uuid', { nullable: true })
  claimantId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claimant_id', foreignKeyConstraintName: 'fk_volunteer_tasks_claimant' })
  claimant?: UserEntity | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  /** What the volunteer handed in: a note, a link to a pull request… */
  @Column('text', { nullable: true })
  submissionNote!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  /** Hours the maintainers recognised when they confirmed the work. */
  @Column('integer', { nullable: true })
  hoursRecorded!: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
