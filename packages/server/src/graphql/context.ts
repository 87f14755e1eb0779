import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { createAssessmentLoaders } from '../modules/assessment/assessment.loaders';
import { createEventLoaders } from '../modules/event/event.loaders';
import { createIdeaLoaders } from '../modules/idea/idea.loaders';
import { createStoryLoaders } from '../modules/story/story.loaders';
import { createOrganizationLoaders } from '../modules/organization/organization.loaders';
import { createProjectLoaders } from '../modules/project/project.loaders';
import { createResourceLoaders } from '../modules/resource/resource.loaders';
import { createSponsorLoaders } from '../modules/sponsor/sponsor.loaders';
import { createUserLoaders } from '../modules/user/user.loaders';
import { createVolunteerLoaders } from '../modules/volunteer/volunteer.loaders';
import type { Services } from '../services';

export function createLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    ...createUserLoaders(dataSource),
    ...createOrganizationLoaders(dataSource, viewer),
    ...createProjectLoaders(dataSource, viewer),
    ...createSponsorLoaders(dataSource),
    ...createEventLoaders(dataSource),
    ...createIdeaLoaders(dataSource, viewer),
    ...createStoryLoaders(dataSource),
    ...createResourceLoaders(dataSource, viewer),
    ...createAssessmentLoaders(dataSource, viewer),
    ...createVolunteerLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Made afresh for every request: loaders cache only within it, so nothing is kept across requests. */
export interface Context {
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  /** After signUp/signIn: the rest of this request is answered as the newly signed-in user. */
  actAs(this: Context, viewer: Viewer): void;
}
