import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Stats } from './stats.types';

@Resolver()
export class StatsResolver {
  @Query(() => Stats)
  stats(@Ctx() { services }: Context) {
    return services.stats.totals();
  }
}
