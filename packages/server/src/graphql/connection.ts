import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/keyset';

/** Relay connection types, made once per node type by `Connection()`. */

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@ObjectType({ description: 'Where a page of a list stands. Lists page forward only, with `first` and `after`.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'Always false: lists page forward.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, at most ${MAX_PAGE_SIZE}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'An `endCursor` from the previous page.' })
  after?: string | null;
}

const connections = new Map<string, ClassType>();

/** The connection type of a node type, made once per name: a nested list and a top-level one share it. */
export function Connection<TNode extends object>(nodeType: ClassType<TNode>, name = nodeType.name) {
  const made = connections.get(name);
  if (made) return made as ReturnType<typeof makeConnection<TNode>>;
  const connection = makeConnection(nodeType, name);
  connections.set(name, connection);
  return connection;
}

function makeConnection<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: 'Opaque; pass it as `after` to read on from this item.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class NodeConnection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole filtered list holds (counted only when asked for).' })
    totalCount!: number;
  }

  return NodeConnection;
}

/** The `orderBy` input of a list: one of its sort fields and a direction. Ties are always broken by id. */
export function OrderInput<TField extends string>(fieldEnum: Record<string, TField>, name: string) {
  @InputType(name)
  class Order {
    @Field(() => fieldEnum)
    field!: TField;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction!: OrderDirection;
  }
  return Order;
}
