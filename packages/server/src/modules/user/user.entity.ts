import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { inEnum, Locale, UserRole } from '../../shared/enums';

@Entity('users')
@Unique('uq_users_email', ['email'])
@Unique('uq_users_service_organization_id', ['serviceOrganizationId'])
@Check('ck_users_role', inEnum('role', UserRole))
@Check('ck_users_locale', inEnum('locale', Locale))
@Check('ck_users_email_lowercase', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; private to the user and admins. */
  @Column('text')
  email!: string;

  @Column('text')
  displayName!: string;

  @Column('text', { default: Locale.ZH_CN })
  locale!: Locale;

  /** argon2id; null for demo accounts, which cannot sign in. */
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Column('text', { default: UserRole.USER })
  role!: UserRole;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  /**
   * Set on an organisation's service account, the user its API keys act through: it has no password, is a MEMBER
   * of that organisation only, and is left out of member lists.
   */
  @Column('uuid', { nullable: true })
  serviceOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_organization_id', foreignKeyConstraintName: 'fk_users_service_organization' })
  serviceOrganization?: OrganizationEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
