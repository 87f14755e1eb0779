import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { inEnum, OrganizationKind } from '../../shared/enums';

@Entity('organizations')
@Unique('uq_organizations_slug', ['slug'])
@Check('ck_organizations_kind', inEnum('kind', OrganizationKind))
@Index('ix_organizations_kind', ['kind'])
@Index('ix_organizations_verified', ['verified'])
@Index('ix_organizations_name_id', ['name', 'id'])
@Index('ix_organizations_created_at_id', ['createdAt', 'id'])
// Trigram index for `search`, written in the migration (TypeORM cannot express operator classes).
@Index('ix_organizations_search_trgm', { synchronize: false })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: OrganizationKind;

  @Column('text', { nullable: true })
  websiteUrl!: string | null;

  @Column('text', { nullable: true })
  logoUrl!: string | null;

  @Column('text', { default: '' })
  description!: string;

  /** Set by a platform admin only: no one may claim to be a company they are not. */
  @Column('boolean', { default: false })
  verified!: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt!: Date | null;

  @Column('boolean', { default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
