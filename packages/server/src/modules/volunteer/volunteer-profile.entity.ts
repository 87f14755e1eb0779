import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { allInEnum, CauseArea, VolunteerSkill } from '../../shared/enums';
import { UserEntity } from '../user/user.entity';

/** A link to a volunteer's own tipping or sponsorship page. Goodlink moves no money: it only shows the link. */
export interface SupportChannel {
  label: string;
  url: string;
}

@Entity('volunteer_profiles')
@Check('ck_volunteer_profiles_skills', allInEnum('skills', VolunteerSkill))
@Check('ck_volunteer_profiles_cause_areas', allInEnum('cause_areas', CauseArea))
@Check('ck_volunteer_profiles_weekly_hours', '"weekly_hours" BETWEEN 0 AND 80')
export class VolunteerProfileEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_volunteer_profiles_user' })
  user?: UserEntity;

  @Column('text', { default: '' })
  bio!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  skills!: VolunteerSkill[];

  /** Hours a week the volunteer can usually give. */
  @Column('integer', { default: 0 })
  weeklyHours!: number;

  @Column('text', { array: true, default: () => "'{}'" })
  causeAreas!: CauseArea[];

  /** BCP 47 language tags: zh-CN, en… */
  @Column('text', { array: true, default: () => "'{}'" })
  languages!: string[];

  /** A private profile is seen by its owner and admins only, and never suggested to projects. */
  @Column('boolean', { default: false })
  isPublic!: boolean;

  @Column('jsonb', { default: () => "'[]'" })
  supportChannels!: SupportChannel[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
