import { In, type DataSource } from 'typeorm';
import { rowsById } from '../../shared/loaders';
import { UserEntity } from './user.entity';

export function createUserLoaders(dataSource: DataSource) {
  return {
    userById: rowsById((ids) => dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) })),
  };
}
