import { defineModule } from '../module';
import { MilestoneEntity } from './milestone.entity';
import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';
import { ProjectVolunteeringResolver, UserVolunteeringResolver } from './volunteer-fields.resolver';
import { VolunteerMatchingService } from './volunteer-matching.service';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerProfileResolver } from './volunteer-profile.resolver';
import { VolunteerProfileService } from './volunteer-profile.service';
import { VolunteerTaskEntity } from './volunteer-task.entity';
import { VolunteerTaskResolver } from './volunteer-task.resolver';
import { VolunteerTaskService } from './volunteer-task.service';
import { createVolunteerLoaders } from './volunteer.loaders';

const verbs = {
  'volunteer_profile.created': 'user',
  'volunteer_profile.updated': 'user',
  'milestone.created': 'project',
  'milestone.updated': 'project',
  'volunteer_task.created': 'volunteer_task',
  'volunteer_task.claimed': 'volunteer_task',
  'volunteer_task.released': 'volunteer_task',
  'volunteer_task.submitted': 'volunteer_task',
  'volunteer_task.completed': 'volunteer_task',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends VolunteerVerbs {}
}
type VolunteerVerbs = typeof verbs;

export const volunteerModule = defineModule({
  name: 'volunteer',
  entities: [VolunteerProfileEntity, MilestoneEntity, VolunteerTaskEntity],
  resolvers: [
    VolunteerTaskResolver,
    MilestoneResolver,
    VolunteerProfileResolver,
    ProjectVolunteeringResolver,
    UserVolunteeringResolver,
  ],
  loaders: createVolunteerLoaders,
  services: (deps) => ({
    volunteerProfiles: new VolunteerProfileService(deps),
    milestones: new MilestoneService(deps),
    volunteerTasks: new VolunteerTaskService(deps),
    volunteerMatching: new VolunteerMatchingService(deps),
  }),
  verbs,
});
