import { defineModule } from '../module';
import { ActivityEntity } from './activity.entity';

export const activityModule = defineModule({ name: 'activity', entities: [ActivityEntity] });
