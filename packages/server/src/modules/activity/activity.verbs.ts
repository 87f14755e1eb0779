/**
 * The vocabulary of the activity log: every verb Goodlink records, each with the kind of row it is about. Each
 * module declares its own verbs in its module file (`verbs`), and adds them to this interface there, so a misspelt
 * verb does not compile — in services, in the webhook events and in whatever else reacts to a change.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ActivityVerbs {}

export type ActivityVerb = keyof ActivityVerbs & string;

/** The kind of row a verb is about (`sponsor_link` for `sponsor_link.confirmed`, `project` for `idea.proposed`). */
export type ActivitySubject = ActivityVerbs[ActivityVerb] & string;

/** A module's verbs: `<verb>: <subject type>`. */
export type VerbTable = Readonly<Record<string, string>>;
