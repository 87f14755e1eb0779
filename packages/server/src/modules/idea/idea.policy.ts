import { isAdmin, type Viewer } from '../../auth/viewer';
import { ProjectStage, ProjectVisibility } from '../../shared/enums';
import type { ProjectEntity } from '../project/project.entity';

type IdeaFacts = Pick<ProjectEntity, 'proposedById' | 'stage' | 'visibility'>;

/** An idea: a public project at stage IDEA, still looking for people. */
export const isOpenIdea = (project: Pick<ProjectEntity, 'stage' | 'visibility'>): boolean =>
  project.stage === ProjectStage.IDEA && project.visibility === ProjectVisibility.PUBLISHED;

export const isProposer = (viewer: Viewer | null, project: Pick<ProjectEntity, 'proposedById'>): boolean =>
  viewer !== null && project.proposedById !== null && project.proposedById === viewer.user.id;

/** Who joined, and their notes, are for the proposer, the project's maintainers and admins: never public. */
export const canSeeIdeaInterests = (viewer: Viewer | null, project: IdeaFacts, isMaintainer: boolean): boolean =>
  isAdmin(viewer) || (viewer !== null && (isMaintainer || isProposer(viewer, project)));

/**
 * Taking an idea up is a personal commitment: its proposer, or someone who offered to maintain it. Admins moderate
 * ideas but do not take them up on anyone's behalf.
 */
export const canTakeUpIdea = (viewer: Viewer | null, project: IdeaFacts, offeredToMaintain: boolean): boolean =>
  viewer !== null && isOpenIdea(project) && (isProposer(viewer, project) || offeredToMaintain);
