import { IsEmail, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { Locale, UserRole } from '../../shared/enums';
import { IfPresent, IsText } from '../../shared/validation';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

@ObjectType('User', { description: 'A person on Goodlink. Email and role are visible only to themselves and admins.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Only for the user themself and admins.' })
  email!: string | null;

  @Field(() => Locale, { nullable: true, description: 'Only for the user themself and admins.' })
  locale!: Locale | null;

  @Field(() => UserRole, { nullable: true, description: 'Only for the user themself and admins.' })
  role!: UserRole | null;

  @Field()
  createdAt!: Date;
}

export const UserConnection = Connection(User);

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown once; Goodlink keeps only its hash.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut!: boolean;
}

@InputType()
export class SignUpInput {
  @Field()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsText(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, {
    message: `password must be between ${MIN_PASSWORD_LENGTH} and ${MAX_PASSWORD_LENGTH} characters`,
  })
  password!: string;

  @Field()
  @IsText(1, 80)
  displayName!: string;

  @Field(() => Locale, { nullable: true, defaultValue: Locale.ZH_CN })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field()
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `password must be at most ${MAX_PASSWORD_LENGTH} characters` })
  password!: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IfPresent()
  @IsText(1, 80)
  displayName?: string;

  @Field(() => Locale, { nullable: true, description: 'The interface language, remembered for the account.' })
  @IfPresent()
  @IsEnum(Locale, { message: 'locale must be ZH_CN or EN' })
  locale?: Locale;
}

@ObjectType()
export class UpdateProfilePayload {
  @Field(() => User)
  user!: User;
}
