import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MemberRole } from '../../shared/enums';
import { UserEntity } from '../user/user.entity';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * An organisation's service account: the user its API keys act through and its webhooks' payloads are read as. A
 * MEMBER of this organisation only, with no password (it cannot sign in) and an address under `.invalid`, which no
 * mail system delivers; member lists leave it out. Made the first time it is needed, once: a second transaction
 * making it at the same moment waits on the unique index, inserts nothing and reads the first one's.
 */
export async function serviceAccountOf(manager: EntityManager, organizationId: string): Promise<UserEntity> {
  const users = manager.getRepository(UserEntity);
  const existing = await users.findOneBy({ serviceOrganizationId: organizationId });
  if (existing) return existing;
  const { name } = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
  const { identifiers } = await users
    .createQueryBuilder()
    .insert()
    .values({
      email: `service-${randomUUID()}@goodlink.invalid`,
      displayName: `${name} API`,
      passwordHash: null,
      serviceOrganizationId: organizationId,
    })
    .orIgnore()
    .execute();
  if (identifiers.length > 0 && identifiers[0]) {
    await manager
      .getRepository(OrganizationMemberEntity)
      .insert({ organizationId, userId: identifiers[0].id as string, role: MemberRole.MEMBER });
  }
  return users.findOneByOrFail({ serviceOrganizationId: organizationId });
}
