import { In, type EntityManager } from 'typeorm';
import { createdAtKey } from '../../shared/keyset';
import { rowsById } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { ApiKeyEntity } from './api-key.entity';

export function createApiKeyLoaders(db: EntityManager) {
  const keys = db.getRepository(ApiKeyEntity);
  return {
    /** Keys by id, for their owners (the resolver asks the organisation's policy first). */
    byId: rowsById((ids) => keys.findBy({ id: In([...ids]) })),

    /** Organization.apiKeysConnection: newest first. */
    pagesByOrganization: nestedPages(db, {
      rows: () => keys.createQueryBuilder('api_key'),
      parent: 'api_key.organization_id',
      id: 'api_key.id',
      sort: createdAtKey('api_key'),
      direction: 'DESC',
      parentOf: (key) => key.organizationId,
    }),
  };
}
