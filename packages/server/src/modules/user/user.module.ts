import { defineModule } from '../module';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { createUserLoaders } from './user.loaders';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

const verbs = {
  'user.signed_up': 'user',
  'user.signed_in': 'user',
  'user.signed_out': 'user',
  'user.profile_updated': 'user',
  'user.promoted_admin': 'user',
  'user.created_admin': 'user',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends UserVerbs {}
}
type UserVerbs = typeof verbs;

export const userModule = defineModule({
  name: 'user',
  entities: [UserEntity, SessionEntity],
  resolvers: [UserResolver],
  loaders: createUserLoaders,
  services: (deps) => ({ users: new UserService(deps) }),
  verbs,
});
