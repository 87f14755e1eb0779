import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { createSession } from '../../auth/sessions';
import type { Viewer } from '../../auth/viewer';
import { requireViewer } from '../../auth/viewer';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { Locale, UserRole } from '../../shared/enums';
import { Forbidden, NotFound, Unauthenticated } from '../../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import type { SignInInput, SignUpInput, UpdateProfileInput } from './user.types';

export interface AuthResult {
  token: string;
  sessionId: string;
  expiresAt: Date;
  user: UserEntity;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** The account behind an email someone typed to add a colleague; NOT_FOUND, on `email`, when there is none. */
export async function requireAccountByEmail(manager: EntityManager, email: string): Promise<UserEntity> {
  // An organisation's service account (its API keys' identity) is nobody's to add elsewhere.
  const user = await manager
    .getRepository(UserEntity)
    .findOneBy({ email: normaliseEmail(email), serviceOrganizationId: IsNull() });
  if (!user) throw new NotFound('No Goodlink account uses this email; ask them to sign up first.', { field: 'email' });
  return user;
}

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Pick<Config, 'sessionTtlDays'>,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthResult> {
    const email = normaliseEmail(input.email);
    // Hash before the transaction: argon2 is deliberately slow and must not hold a connection.
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const user = await users.save(
        users.create({
          email,
          displayName: input.displayName.trim(),
          locale: input.locale ?? Locale.ZH_CN,
          passwordHash,
          role: UserRole.USER,
        }),
      );
      const { token, session } = await createSession(manager, user.id, this.config.sessionTtlDays);
      await recordActivity(
        manager,
        { user, sessionId: session.id },
        { verb: 'user.signed_up', subjectType: 'user', subjectId: user.id },
      );
      return { token, sessionId: session.id, expiresAt: session.expiresAt, user };
    });
  }

  async signIn(input: SignInInput): Promise<AuthResult> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normaliseEmail(input.email) });
    const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !valid) throw new Unauthenticated('The email or password is not right.');
    return this.dataSource.transaction(async (manager) => {
      const { token, session } = await createSession(manager, user.id, this.config.sessionTtlDays);
      await recordActivity(
        manager,
        { user, sessionId: session.id },
        { verb: 'user.signed_in', subjectType: 'user', subjectId: user.id },
      );
      return { token, sessionId: session.id, expiresAt: session.expiresAt, user };
    });
  }

  async signOut(viewer: Viewer | null): Promise<boolean> {
    const actor = requireViewer(viewer);
    const sessionId = actor.sessionId;
    if (!sessionId) throw new Forbidden('An API key has no session to sign out of: revoke the key instead.');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(SessionEntity).delete({ id: sessionId });
      await recordActivity(manager, actor, { verb: 'user.signed_out', subjectType: 'user', subjectId: actor.user.id });
    });
    return true;
  }

  /**
   * The first admin comes from configuration: created with the configured password when the email is new,
   * promoted when it already has an account. There is never a default password.
   */
  /** The viewer's own display name and interface language. */
  async updateProfile(viewer: Viewer | null, input: UpdateProfileInput): Promise<UserEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const user = await users.findOneOrFail({ where: { id: actor.user.id }, lock: { mode: 'pessimistic_write' } });
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.locale !== undefined) user.locale = input.locale;
      const saved = await users.save(user);
      await recordActivity(manager, actor, {
        verb: 'user.profile_updated',
        subjectType: 'user',
        subjectId: user.id,
        data: { fields: Object.keys(input) },
      });
      return saved;
    });
  }

  async ensureAdmin(admin: { email: string; password: string | null }, logger: Logger): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const existing = await users.findOneBy({ email: admin.email });
      if (existing) {
        if (existing.role !== UserRole.ADMIN) {
          await users.update({ id: existing.id }, { role: UserRole.ADMIN });
          await recordActivity(manager, null, {
            verb: 'user.promoted_admin',
            subjectType: 'user',
            subjectId: existing.id,
          });
          logger.info({ userId: existing.id }, 'promoted the configured admin');
        }
        return;
      }
      if (!admin.password) {
        throw new Error(
          `GOODLINK_ADMIN_EMAIL ${admin.email} has no account yet: set GOODLINK_ADMIN_PASSWORD to create it.`,
        );
      }
      const user = await users.save(
        users.create({
          email: admin.email,
          displayName: 'Goodlink admin',
          locale: Locale.ZH_CN,
          passwordHash: await hashPassword(admin.password),
          role: UserRole.ADMIN,
        }),
      );
      await recordActivity(manager, null, { verb: 'user.created_admin', subjectType: 'user', subjectId: user.id });
      logger.info({ userId: user.id }, 'created the configured admin');
    });
  }
}
