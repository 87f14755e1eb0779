import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { ActivityEntity, type ActivityData } from './activity.entity';
import type { ActivitySubject, ActivityVerb, VerbTable } from './activity.verbs';

/** A change as the log holds it, handed to what reacts to it in the same transaction. */
export interface RecordedActivity {
  verb: ActivityVerb;
  subjectType: ActivitySubject;
  subjectId: string;
  actorUserId: string | null;
  data: ActivityData;
}

/** Runs in the transaction of the change, after its activity row: the webhook outbox, notifications. */
export type ActivityListener = (manager: EntityManager, activity: RecordedActivity) => Promise<void>;

/** What a mutation's rule works with: the transaction, and the log to record the change in. */
export interface Tx {
  readonly manager: EntityManager;
  readonly actor: Viewer | null;
  /**
   * Appends to the activity log; what listens to the log runs now, in this transaction. The actor is the
   * mutation's, unless the change made a new one (signing up).
   */
  record(verb: ActivityVerb, subjectId: string, data?: ActivityData, actor?: Viewer | null): Promise<void>;
}

/**
 * The mutation scaffold: one transaction per change, in which the change, its activity rows and everything they
 * cause (webhook deliveries, notifications) commit together — or, if anything fails, none of them.
 */
export class ActivityLog {
  private readonly listeners: ActivityListener[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly subjects: VerbTable,
  ) {}

  listen(listener: ActivityListener): void {
    this.listeners.push(listener);
  }

  transaction<T>(actor: Viewer | null, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) =>
      work({
        manager,
        actor,
        record: (verb, subjectId, data, by = actor) => this.record(manager, by, verb, subjectId, data),
      }),
    );
  }

  private async record(
    manager: EntityManager,
    actor: Viewer | null,
    verb: ActivityVerb,
    subjectId: string,
    data: ActivityData = {},
  ): Promise<void> {
    const subjectType = this.subjects[verb] as ActivitySubject | undefined;
    // The types make this unreachable; a module left out of modules/index.ts would reach it.
    if (!subjectType) throw new Error(`The activity verb ${verb} belongs to no module.`);
    const activity: RecordedActivity = { verb, subjectType, subjectId, actorUserId: actor?.user.id ?? null, data };
    await manager.getRepository(ActivityEntity).insert(activity);
    for (const listener of this.listeners) await listener(manager, activity);
  }
}
