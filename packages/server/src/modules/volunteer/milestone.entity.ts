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
import { inEnum, MilestoneStatus } from '../../shared/enums';
import { ProjectEntity } from '../project/project.entity';

/** A step of a project's plan, with a due date; volunteer tasks hang from it. */
@Entity('milestones')
@Check('ck_milestones_status', inEnum('status', MilestoneStatus))
@Index('ix_milestones_project_id', ['projectId'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_milestones_project' })
  project?: ProjectEntity;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('date', { nullable: true })
  dueOn!: string | null;

  @Column('text', { default: MilestoneStatus.PLANNED })
  status!: MilestoneStatus;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
