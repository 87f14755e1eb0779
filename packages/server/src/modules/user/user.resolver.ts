import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor, Public } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { Locale, UserRole } from '../../shared/enums';
import { PageArgs } from '../../graphql/connection';
import { DEPRECATED_PAGE, nodesOf, withNodes } from '../../shared/nested-pages';
import { Organization, OrganizationConnection } from '../organization/organization.types';
import { Project, ProjectConnection } from '../project/project.types';
import type { UserEntity } from './user.entity';
import { canSeePrivateUserFields } from './user.policy';
import {
  AuthPayload,
  SignInInput,
  SignOutPayload,
  SignUpInput,
  UpdateProfileInput,
  UpdateProfilePayload,
  User,
} from './user.types';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() { viewer }: Context): UserEntity | null {
    return viewer?.user ?? null;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  async signUp(@Arg('input') input: SignUpInput, @Ctx() context: Context) {
    const result = await context.services.users.signUp(input);
    context.actAs({ user: result.user, sessionId: result.sessionId });
    return result;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signIn(@Arg('input') input: SignInInput, @Ctx() context: Context) {
    const result = await context.services.users.signIn(input);
    context.actAs({ user: result.user, sessionId: result.sessionId });
    return result;
  }

  @Authorized()
  @Mutation(() => SignOutPayload, { description: 'Ends the session whose token was sent.' })
  async signOut(@Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { signedOut: await services.users.signOut(actor) };
  }

  @Authorized()
  @Mutation(() => UpdateProfilePayload, { description: "The viewer's display name and interface language." })
  async updateProfile(@Arg('input') input: UpdateProfileInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { user: await services.users.updateProfile(actor, input) };
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: UserEntity, @Ctx() { viewer }: Context): string | null {
    return canSeePrivateUserFields(viewer, user.id) ? user.email : null;
  }

  @FieldResolver(() => Locale, { nullable: true })
  locale(@Root() user: UserEntity, @Ctx() { viewer }: Context): Locale | null {
    return canSeePrivateUserFields(viewer, user.id) ? user.locale : null;
  }

  @FieldResolver(() => UserRole, { nullable: true })
  role(@Root() user: UserEntity, @Ctx() { viewer }: Context): UserRole | null {
    return canSeePrivateUserFields(viewer, user.id) ? user.role : null;
  }

  @FieldResolver(() => [Organization], {
    nullable: true,
    description: "Organisations the user belongs to; null unless it is the viewer's own account (or an admin asks).",
    deprecationReason: 'Use organizationsConnection; this list stops at 100.',
  })
  async organizations(@Root() user: UserEntity, @Ctx() context: Context) {
    return nodesOf(await this.organizationsConnection(user, DEPRECATED_PAGE, context));
  }

  @FieldResolver(() => OrganizationConnection, {
    nullable: true,
    description:
      "Organisations the user belongs to, in the order they joined; null unless it is the viewer's own account " +
      '(or an admin asks).',
  })
  async organizationsConnection(@Root() user: UserEntity, @Args() args: PageArgs, @Ctx() { viewer, loaders }: Context) {
    if (!canSeePrivateUserFields(viewer, user.id)) return null;
    const page = await loaders.organization.membershipPagesByUser(args).load(user.id);
    return withNodes(page, (id) => loaders.organization.byId.load(id));
  }

  @FieldResolver(() => [Project], {
    description: 'Projects the user maintains that the viewer may see.',
    deprecationReason: 'Use projectsConnection; this list stops at 100.',
  })
  async projects(@Root() user: UserEntity, @Ctx() context: Context) {
    return nodesOf(await this.projectsConnection(user, DEPRECATED_PAGE, context));
  }

  @FieldResolver(() => ProjectConnection, {
    description: 'Projects the user maintains that the viewer may see, latest first.',
  })
  async projectsConnection(@Root() user: UserEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.project.maintainedPagesByUser(args).load(user.id);
    return withNodes(page, (id) => loaders.project.visibleById.load(id));
  }
}
