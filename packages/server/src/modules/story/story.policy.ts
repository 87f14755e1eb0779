import { isAdmin, type Viewer } from '../../auth/viewer';

/**
 * Who may publish a story. A story puts projects in public view, so it must come from someone who speaks for one
 * of them (a maintainer of a featured project) or from an organisation the platform has verified — a media
 * partner or community running a column (开源社's podcast), a foundation writing a case study — or from an admin.
 * Anyone who merely signed up, or a member of an unverified organisation, may not: no one publishes in the name
 * of projects they have no standing with.
 */
export interface StoryAuthorFacts {
  maintainsFeatured: boolean;
  memberOfVerifiedOrganization: boolean;
}

export const canCreateStory = (viewer: Viewer | null, facts: StoryAuthorFacts): boolean =>
  viewer !== null && (isAdmin(viewer) || facts.maintainsFeatured || facts.memberOfVerifiedOrganization);
