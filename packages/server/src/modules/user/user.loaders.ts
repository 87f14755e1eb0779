import { In, type EntityManager } from 'typeorm';
import { rowsById } from '../../shared/loaders';
import { UserEntity } from './user.entity';

export function createUserLoaders(db: EntityManager) {
  return {
    byId: rowsById((ids) => db.getRepository(UserEntity).findBy({ id: In([...ids]) })),
  };
}
