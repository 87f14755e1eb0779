import { ArrayMaxSize, ArrayUnique, IsEnum } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { ApiKeyScope } from '../../shared/enums';
import { IsText } from '../../shared/validation';
import { User } from '../user/user.types';

@ObjectType('ApiKey', {
  description: 'A key an organisation gives a partner system. Its secret is shown only when it is created.',
})
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The first characters of the secret (`gl_live_…`), to tell keys apart.' })
  prefix!: string;

  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];

  @Field(() => User, { nullable: true, description: 'Null once that account is gone.' })
  createdBy!: User | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'To the minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

export const ApiKeyConnection = Connection(ApiKey);

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'What the key is for, e.g. "Foundation CRM sync". 1 to 80 characters.' })
  @IsText(1, 80)
  name!: string;

  @Field(() => [ApiKeyScope], { description: '[READ] or [READ, WRITE].' })
  @IsEnum(ApiKeyScope, { each: true, message: 'scopes must be READ or WRITE' })
  @ArrayUnique({ message: 'scopes must not repeat' })
  @ArrayMaxSize(2)
  scopes!: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: 'After this moment the key is refused. Empty: no expiry.' })
  expiresAt?: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field({
    description:
      'The secret, shown this once: send it as `Authorization: Bearer <secret>`. Goodlink keeps only a hash.',
  })
  secret!: string;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  apiKeyId!: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;
}
