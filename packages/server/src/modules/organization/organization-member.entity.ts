import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { inEnum, MemberRole } from '../../shared/enums';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from './organization.entity';

@Entity('organization_members')
@Check('ck_organization_members_role', inEnum('role', MemberRole))
@Index('ix_organization_members_user_id', ['userId'])
export class OrganizationMemberEntity {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_organization_members_organization' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_organization_members_user' })
  user?: UserEntity;

  @Column('text')
  role!: MemberRole;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
