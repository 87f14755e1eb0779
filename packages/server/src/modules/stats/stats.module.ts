import { defineModule } from '../module';
import { StatsResolver } from './stats.resolver';
import { StatsService } from './stats.service';

export const statsModule = defineModule({
  name: 'stats',
  resolvers: [StatsResolver],
  services: ({ dataSource }) => ({ stats: new StatsService(dataSource) }),
});
