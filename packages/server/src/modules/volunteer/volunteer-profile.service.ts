import type { Viewer } from '../../auth/viewer';
import { DomainService } from '../module';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import type { UpsertVolunteerProfileInput } from './volunteer-profile.types';
import { canSeeProfile } from './volunteer.policy';

export class VolunteerProfileService extends DomainService {
  async upsert(actor: Viewer, input: UpsertVolunteerProfileInput): Promise<VolunteerProfileEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const profiles = manager.getRepository(VolunteerProfileEntity);
      const existed = await profiles.existsBy({ userId: actor.user.id });
      await profiles.upsert(
        {
          userId: actor.user.id,
          bio: input.bio?.trim() ?? '',
          skills: input.skills,
          weeklyHours: input.weeklyHours,
          causeAreas: input.causeAreas,
          languages: input.languages,
          isPublic: input.isPublic,
          supportChannels: input.supportChannels.map(({ label, url }) => ({ label: label.trim(), url })),
        },
        ['userId'],
      );
      const profile = await profiles.findOneByOrFail({ userId: actor.user.id });
      await record(existed ? 'volunteer_profile.updated' : 'volunteer_profile.created', actor.user.id, {
        isPublic: profile.isPublic,
        skills: profile.skills,
      });
      return profile;
    });
  }

  /** The profile, when the viewer may see it. */
  async profileOf(viewer: Viewer | null, userId: string): Promise<VolunteerProfileEntity | null> {
    const profile = await this.dataSource.getRepository(VolunteerProfileEntity).findOneBy({ userId });
    return profile && canSeeProfile(viewer, profile) ? profile : null;
  }
}
