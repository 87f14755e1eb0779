import pino from 'pino';
import { SessionEntity } from '../src/modules/user/session.entity';
import { UserEntity } from '../src/modules/user/user.entity';
import { createDomain } from '../src/domain';
import { DEFAULT_WEBHOOK_SETTINGS } from '../src/settings';
import { Locale, UserRole } from '../src/shared/enums';
import { makeUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token expiresAt user { id email displayName locale role } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { email } } }`;
const VIEWER = '{ viewer { id email displayName } }';

test('sign up, use the token, sign out, and the token stops working', async () => {
  const signUp: any = ok(
    await server.gql(SIGN_UP, {
      input: { email: 'Lin.Wei@Example.org', password: 'a long enough password', displayName: '林薇', locale: 'EN' },
    }),
  );
  const { token, user } = signUp.signUp;
  expect(token).toMatch(/^gls_[\w-]{43}$/);
  expect(user).toMatchObject({ email: 'lin.wei@example.org', displayName: '林薇', locale: 'EN', role: 'USER' });
  expect(new Date(signUp.signUp.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);

  expect(ok(await server.gql(VIEWER, undefined, { token }))).toEqual({
    viewer: { id: user.id, email: 'lin.wei@example.org', displayName: '林薇' },
  });

  // Only a hash of the token is stored, and no password in the clear.
  const [stored] = await server.dataSource.query('SELECT token_hash FROM sessions WHERE user_id = $1', [user.id]);
  expect(stored.token_hash).not.toContain(token.slice(4));
  const row = await server.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  expect(row.passwordHash).toMatch(/^\$argon2id\$/);

  expect(ok(await server.gql('mutation { signOut { signedOut } }', undefined, { token }))).toEqual({
    signOut: { signedOut: true },
  });
  const after = await server.gql(VIEWER, undefined, { token });
  expect(after.status).toBe(401);
  expect(failure(after).extensions.code).toBe('UNAUTHENTICATED');
});

test('sign in with the right password, in any letter case of the email', async () => {
  ok(
    await server.gql(SIGN_UP, {
      input: { email: 'signin@example.org', password: 'correct horse battery', displayName: 'S' },
    }),
  );
  const data: any = ok(
    await server.gql(SIGN_IN, { input: { email: 'SignIn@Example.org', password: 'correct horse battery' } }),
  );
  expect(data.signIn.user.email).toBe('signin@example.org');
  expect(ok(await server.gql(VIEWER, undefined, { token: data.signIn.token })).viewer).not.toBeNull();
});

test('a wrong password and an unknown email get the same answer', async () => {
  const wrongPassword = failure(
    await server.gql(SIGN_IN, { input: { email: 'signin@example.org', password: 'not the password' } }),
  );
  const unknownEmail = failure(
    await server.gql(SIGN_IN, { input: { email: 'nobody@example.org', password: 'not the password' } }),
  );
  expect(wrongPassword).toEqual(unknownEmail);
  expect(wrongPassword.extensions.code).toBe('UNAUTHENTICATED');
});

test('demo accounts, which have no password, cannot sign in', async () => {
  const { user } = await makeUser(server.dataSource);
  const error = failure(await server.gql(SIGN_IN, { input: { email: user.email, password: 'anything at all' } }));
  expect(error.extensions.code).toBe('UNAUTHENTICATED');
});

test('an expired session is refused', async () => {
  const { user, token } = await makeUser(server.dataSource);
  await server.dataSource
    .getRepository(SessionEntity)
    .update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
  const response = await server.gql(VIEWER, undefined, { token });
  expect(response.status).toBe(401);
  expect(failure(response).extensions.code).toBe('UNAUTHENTICATED');
});

test('a malformed Authorization header is refused rather than ignored; no header means anonymous', async () => {
  const response = await server.gql(VIEWER, undefined, { headers: { authorization: 'Token abc' } });
  expect(failure(response).extensions.code).toBe('UNAUTHENTICATED');
  expect(ok(await server.gql(VIEWER))).toEqual({ viewer: null });
});

test('signing out needs a session', async () => {
  expect(failure(await server.gql('mutation { signOut { signedOut } }')).extensions.code).toBe('UNAUTHENTICATED');
});

describe('the first admin comes from configuration', () => {
  const service = async () =>
    (
      await createDomain(server.dataSource, {
        sessionTtlDays: 30,
        volunteerClaimLimit: 3,
        webhooks: DEFAULT_WEBHOOK_SETTINGS,
      })
    ).services.users;
  const quiet = pino({ level: 'silent' });

  test('a new email is created as an admin with the configured password', async () => {
    await (await service()).ensureAdmin({ email: 'root@example.org', password: 'configured password' }, quiet);
    const data: any = ok(
      await server.gql(SIGN_IN, { input: { email: 'root@example.org', password: 'configured password' } }),
    );
    const viewer: any = ok(await server.gql('{ viewer { role } }', undefined, { token: data.signIn.token }));
    expect(viewer.viewer.role).toBe('ADMIN');
  });

  test('an existing account is promoted, its password unchanged', async () => {
    ok(
      await server.gql(SIGN_UP, {
        input: { email: 'promote@example.org', password: 'my own password', displayName: 'P' },
      }),
    );
    await (await service()).ensureAdmin({ email: 'promote@example.org', password: null }, quiet);
    const user = await server.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'promote@example.org' });
    expect(user.role).toBe(UserRole.ADMIN);
    ok(await server.gql(SIGN_IN, { input: { email: 'promote@example.org', password: 'my own password' } }));
  });

  test('a new email without a configured password is an error, never a default password', async () => {
    await expect((await service()).ensureAdmin({ email: 'nopass@example.org', password: null }, quiet)).rejects.toThrow(
      'GOODLINK_ADMIN_PASSWORD',
    );
    expect(await server.dataSource.getRepository(UserEntity).existsBy({ email: 'nopass@example.org' })).toBe(false);
  });
});

test('every sign-up is recorded as activity', async () => {
  const data: any = ok(
    await server.gql(SIGN_UP, {
      input: { email: 'activity@example.org', password: 'long password!', displayName: 'A' },
    }),
  );
  const rows = await server.dataSource.query('SELECT verb, actor_user_id FROM activities WHERE subject_id = $1', [
    data.signUp.user.id,
  ]);
  expect(rows).toEqual([{ verb: 'user.signed_up', actor_user_id: data.signUp.user.id }]);
});

test('the profile: a user changes their display name and language, which the account remembers', async () => {
  const { token } = await makeUser(server.dataSource, { locale: Locale.ZH_CN });
  const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { displayName locale } } }`;
  const data: any = ok(await server.gql(UPDATE, { input: { locale: 'EN', displayName: '  林 ' } }, { token }));
  expect(data.updateProfile.user).toEqual({ displayName: '林', locale: 'EN' });
  const viewer: any = ok(await server.gql('{ viewer { locale } }', {}, { token }));
  expect(viewer.viewer.locale).toBe('EN');
  const blank = failure(await server.gql(UPDATE, { input: { displayName: '   ' } }, { token }));
  expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
  const nulled = failure(await server.gql(UPDATE, { input: { locale: null } }, { token }));
  expect(nulled.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
});
