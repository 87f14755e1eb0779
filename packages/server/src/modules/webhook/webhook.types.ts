import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { IsHttpUrl } from '../../shared/validation';
import { WebhookDeliveryStatus } from './webhook.entity';
import { WebhookEvent } from './webhook.events';

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description:
    'What a webhook hears about: requests to the organisation’s offers, its sponsor links, published projects.',
});
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType('Webhook', { description: 'An organisation’s endpoint for events, signed per Standard Webhooks.' })
export class Webhook {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => [WebhookEvent])
  events!: WebhookEvent[];

  @Field({ description: 'False when Goodlink turned it off after failures in a row; a successful test turns it on.' })
  enabled!: boolean;

  @Field(() => String, { nullable: true })
  disabledReason!: string | null;

  @Field()
  createdAt!: Date;
}

export const WebhookConnection = Connection(Webhook);

@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one webhook, with its attempts.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the `webhook-id` header: the same on every attempt.' })
  id!: string;

  @Field({ description: 'A WebhookEvent, or WEBHOOK_TEST.' })
  event!: string;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

export const WebhookDeliveryConnection = Connection(WebhookDelivery);

@InputType()
export class CreateWebhookInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'Where to POST events: https, on a public address.' })
  @IsHttpUrl()
  url!: string;

  @Field(() => [WebhookEvent])
  @IsEnum(WebhookEvent, { each: true, message: 'events must be WebhookEvent values' })
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @ArrayUnique({ message: 'events must not repeat' })
  @ArrayMaxSize(50)
  events!: WebhookEvent[];
}

@ObjectType()
export class WebhookSecretPayload {
  @Field(() => Webhook)
  webhook!: Webhook;

  @Field({ description: 'The signing secret (`whsec_…`), shown this once. Verify `webhook-signature` with it.' })
  secret!: string;
}

/** The webhook a mutation acts on; each mutation has its own input type, named after it. */
@InputType()
abstract class WebhookIdInput {
  @Field(() => ID)
  webhookId!: string;
}

@InputType()
export class DeleteWebhookInput extends WebhookIdInput {}

@InputType()
export class RotateWebhookSecretInput extends WebhookIdInput {}

@InputType()
export class TestWebhookInput extends WebhookIdInput {}

@ObjectType()
export class DeleteWebhookPayload {
  @Field(() => ID)
  deletedWebhookId!: string;
}

@ObjectType()
export class TestWebhookPayload {
  @Field(() => WebhookDelivery)
  delivery!: WebhookDelivery;
}
