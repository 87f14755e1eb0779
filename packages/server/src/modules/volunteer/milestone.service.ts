import type { Viewer } from '../../auth/viewer';
import { InvalidInput, NotFound } from '../../shared/errors';
import { DomainService } from '../module';
import { projectForMaintainer } from '../project/project.policy';
import { MilestoneEntity } from './milestone.entity';
import type { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.types';

export class MilestoneService extends DomainService {
  async create(actor: Viewer, input: CreateMilestoneInput): Promise<MilestoneEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await projectForMaintainer(manager, actor, input.projectId, { lock: false });
      const milestones = manager.getRepository(MilestoneEntity);
      const milestone = await milestones.save(
        milestones.create({
          projectId: project.id,
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          dueOn: input.dueOn ?? null,
        }),
      );
      await record('milestone.created', project.id, { milestoneId: milestone.id, title: milestone.title });
      return milestone;
    });
  }

  async update(actor: Viewer, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const milestones = manager.getRepository(MilestoneEntity);
      const milestone = await milestones.findOne({
        where: { id: input.milestoneId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!milestone) throw new NotFound('This milestone was not found.', { field: 'milestoneId' });
      await projectForMaintainer(manager, actor, milestone.projectId, { lock: false });
      const changes: Partial<MilestoneEntity> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
      if (input.status !== undefined) changes.status = input.status;
      if (Object.keys(changes).length === 0) throw new InvalidInput('milestoneId', 'Nothing to change was sent.');
      await milestones.update({ id: milestone.id }, changes);
      await record('milestone.updated', milestone.projectId, {
        milestoneId: milestone.id,
        changed: Object.keys(changes),
      });
      return milestones.findOneByOrFail({ id: milestone.id });
    });
  }
}
