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
import { IdeaInterestRole, inEnum } from '../../shared/enums';
import { ProjectEntity } from '../project/project.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A person's interest in an idea, in one role. Who joined (and their note) is for the proposer, the project's
 * maintainers and admins; the public sees counts only. Kept after the idea is taken up, so the new maintainers
 * still see who offered to help.
 */
@Entity('idea_interests')
@Check('ck_idea_interests_role', inEnum('role', IdeaInterestRole))
// One interest per person, idea and role: expressing it again updates the note.
@Index('uq_idea_interests_person_role', ['projectId', 'userId', 'role'], { unique: true })
@Index('ix_idea_interests_user_id', ['userId'])
export class IdeaInterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_idea_interests_project' })
  project?: ProjectEntity;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_idea_interests_user' })
  user?: UserEntity;

  @Column('text')
  role!: IdeaInterestRole;

  /** What the person offers or needs, in their words; never public. */
  @Column('text', { default: '' })
  note!: string;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
