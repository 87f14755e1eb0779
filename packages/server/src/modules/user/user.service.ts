import { IsNull, type EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { createSession } from '../../auth/sessions';
import type { Viewer } from '../../auth/viewer';
import type { Logger } from '../../logger';
import type { DomainSettings } from '../../settings';
import { Locale, UserRole } from '../../shared/enums';
import { Forbidden, NotFound, Unauthenticated } from '../../shared/errors';
import { DomainService, type ModuleDeps } from '../module';
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

export class UserService extends DomainService {
  private readonly settings: Pick<DomainSettings, 'sessionTtlDays'>;

  constructor(deps: ModuleDeps) {
    super(deps);
    this.settings = deps.settings;
  }

  async signUp(input: SignUpInput): Promise<AuthResult> {
    const email = normaliseEmail(input.email);
    // Hash before the transaction: argon2 is deliberately slow and must not hold a connection.
    const passwordHash = await hashPassword(input.password);
    return this.mutate(null, async ({ manager, record }) => {
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
      const { token, session } = await createSession(manager, user.id, this.settings.sessionTtlDays);
      await record('user.signed_up', user.id, {}, { user, sessionId: session.id });
      return { token, sessionId: session.id, expiresAt: session.expiresAt, user };
    });
  }

  async signIn(input: SignInInput): Promise<AuthResult> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normaliseEmail(input.email) });
    const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !valid) throw new Unauthenticated('The email or password is not right.');
    return this.mutate(null, async ({ manager, record }) => {
      const { token, session } = await createSession(manager, user.id, this.settings.sessionTtlDays);
      await record('user.signed_in', user.id, {}, { user, sessionId: session.id });
      return { token, sessionId: session.id, expiresAt: session.expiresAt, user };
    });
  }

  async signOut(actor: Viewer): Promise<boolean> {
    const sessionId = actor.sessionId;
    if (!sessionId) throw new Forbidden('An API key has no session to sign out of: revoke the key instead.');
    await this.mutate(actor, async ({ manager, record }) => {
      await manager.getRepository(SessionEntity).delete({ id: sessionId });
      await record('user.signed_out', actor.user.id);
    });
    return true;
  }

  /** The viewer's own display name and interface language. */
  async updateProfile(actor: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const users = manager.getRepository(UserEntity);
      const user = await users.findOneOrFail({ where: { id: actor.user.id }, lock: { mode: 'pessimistic_write' } });
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.locale !== undefined) user.locale = input.locale;
      const saved = await users.save(user);
      await record('user.profile_updated', user.id, { fields: Object.keys(input) });
      return saved;
    });
  }

  /**
   * The first admin comes from configuration: created with the configured password when the email is new,
   * promoted when it already has an account. There is never a default password.
   */
  async ensureAdmin(admin: { email: string; password: string | null }, logger: Logger): Promise<void> {
    await this.mutate(null, async ({ manager, record }) => {
      const users = manager.getRepository(UserEntity);
      const existing = await users.findOneBy({ email: admin.email });
      if (existing) {
        if (existing.role !== UserRole.ADMIN) {
          await users.update({ id: existing.id }, { role: UserRole.ADMIN });
          await record('user.promoted_admin', existing.id);
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
      await record('user.created_admin', user.id);
      logger.info({ userId: user.id }, 'created the configured admin');
    });
  }
}
