import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { allInEnum, ApiKeyScope } from '../../shared/enums';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';

/**
 * An organisation's key to the API. The secret is shown once, at creation; only its SHA-256 is stored (it has 256
 * random bits, so a slow hash would add only latency), with a short prefix to recognise it in a list.
 */
@Entity('api_keys')
@Unique('uq_api_keys_secret_hash', ['secretHash'])
@Index('ix_api_keys_organization_id', ['organizationId'])
@Check('ck_api_keys_scopes', `${allInEnum('scopes', ApiKeyScope)} AND 'READ' = ANY("scopes")`)
@Check('ck_api_keys_name', `length("name") BETWEEN 1 AND 80`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_api_keys_organization' })
  organization?: OrganizationEntity;

  @Column('text')
  name!: string;

  /** The secret's first characters (`gl_live_` and four more), shown in lists so owners can tell keys apart. */
  @Column('text')
  prefix!: string;

  @Column('text')
  secretHash!: string;

  @Column('text', { array: true })
  scopes!: ApiKeyScope[];

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'fk_api_keys_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt!: Date | null;

  /** Updated at most once a minute: a key in steady use writes one row a minute, not one per request. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;
}
