import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { AssessmentRecommendation } from '../../shared/enums';
import { IfValue, IsText } from '../../shared/validation';
import { Project } from '../project/project.types';

@ObjectType('AssessmentCriterion', {
  description: 'One criterion of a rubric version, scored from 0 to maxScore; title and description in both languages.',
})
export class AssessmentCriterion {
  @Field({ description: 'Stable identifier, e.g. `open_license`; what `AssessmentScoreInput.criterion` names.' })
  key!: string;

  @Field(() => Int, { description: 'Order within the rubric, from 1.' })
  position!: number;

  @Field(() => Int)
  rubricVersion!: number;

  @Field({ description: '简体中文 title.' })
  titleZh!: string;

  @Field({ description: 'English title.' })
  titleEn!: string;

  @Field({ description: '简体中文: what a good score looks like, and so the next step for a project below it.' })
  descriptionZh!: string;

  @Field({ description: 'English: what a good score looks like, and so the next step for a project below it.' })
  descriptionEn!: string;

  @Field(() => Int)
  maxScore!: number;
}

@ObjectType('AssessmentRubric', {
  description:
    'A version of the shared feasibility rubric (开源公益项目可行性评估标准). The highest version is current.',
})
export class AssessmentRubric {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'What changed in this version.' })
  changeNote!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('AssessmentScore', { description: "One criterion's score in an assessment, with the assessor's note." })
export class AssessmentScore {
  @Field({ description: 'The criterion key.' })
  criterionKey!: string;

  @Field(() => Int)
  score!: number;

  @Field({ description: "The assessor's note: private, like the assessment." })
  note!: string;

  @Field(() => AssessmentCriterion)
  criterion!: AssessmentCriterion;
}

@ObjectType('Assessment', {
  description:
    "A foundation's (or the platform's) scoring of a project against a rubric version. Visible only to the " +
    "project's maintainers, members of the assessing organisation and admins.",
})
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The rubric version it was made against.' })
  rubricVersion!: number;

  @Field(() => AssessmentRecommendation)
  recommendation!: AssessmentRecommendation;

  @Field()
  summary!: string;

  @Field(() => Int, { description: 'The sum of the scores.' })
  total!: number;

  @Field(() => Int, { description: "The sum of the criteria's maximum scores." })
  maximum!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the same assessor replaced it with a newer assessment; null while it is current.',
  })
  supersededAt!: Date | null;
}

export const AssessmentConnection = Connection(Assessment);

@ObjectType('AssessmentCriterionSummary')
export class AssessmentCriterionSummary {
  @Field(() => AssessmentCriterion)
  criterion!: AssessmentCriterion;

  @Field(() => Float, { nullable: true, description: 'The average score, rounded to two decimals; null with none.' })
  averageScore!: number | null;
}

@ObjectType('AssessmentRecommendationCount')
export class AssessmentRecommendationCount {
  @Field(() => AssessmentRecommendation)
  recommendation!: AssessmentRecommendation;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AssessmentSummary', {
  description:
    "A project's current assessments against one rubric version, aggregated: averages and counts only, never " +
    'notes or who gave which score.',
})
export class AssessmentSummary {
  @Field(() => Int)
  rubricVersion!: number;

  @Field(() => Int, { description: 'How many current assessments (one per assessing organisation, or the platform).' })
  assessmentCount!: number;

  @Field(() => Int)
  maximum!: number;

  @Field(() => Float, { nullable: true, description: 'The average total, rounded to two decimals; null with none.' })
  averageTotal!: number | null;

  @Field(() => [AssessmentCriterionSummary], { description: 'Per criterion, in rubric order.' })
  criteria!: AssessmentCriterionSummary[];

  @Field(() => [AssessmentRecommendationCount], { description: 'Every recommendation, with how many made it.' })
  recommendations!: AssessmentRecommendationCount[];
}

@ObjectType('ReadinessItem', { description: 'One criterion of the rubric as a step on the way for the project.' })
export class ReadinessItem {
  @Field(() => AssessmentCriterion)
  criterion!: AssessmentCriterion;

  @Field(() => [Int], { description: "The criterion's scores in the current assessments, newest first." })
  latestScores!: number[];

  @Field({ description: 'Assessed, and every current assessment scores it 2 or more.' })
  done!: boolean;

  @Field(() => String, { nullable: true, description: 'Null when done: otherwise the next step, in 简体中文.' })
  nextStepZh!: string | null;

  @Field(() => String, { nullable: true, description: 'Null when done: otherwise the next step, in English.' })
  nextStepEn!: string | null;
}

@ObjectType('ProjectReadiness', {
  description: "A checklist derived from the current rubric and the project's current assessments.",
})
export class ProjectReadiness {
  @Field(() => Int)
  rubricVersion!: number;

  @Field(() => Int, { description: 'How many current assessments it is drawn from.' })
  assessmentCount!: number;

  @Field(() => Int)
  doneCount!: number;

  @Field(() => [ReadinessItem], { description: 'In rubric order.' })
  items!: ReadinessItem[];
}

@ArgsType()
export class AssessmentRubricArgs {
  @Field(() => Int, { nullable: true, description: 'Default: the current (highest) version.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@ArgsType()
export class ProjectAssessmentsArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also the assessments that newer ones by the same assessor replaced (the history).',
  })
  includeSuperseded!: boolean;
}

@ArgsType()
export class ProjectAssessmentPageArgs extends PageArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also the assessments that newer ones by the same assessor replaced (the history).',
  })
  includeSuperseded!: boolean;
}

@ArgsType()
export class AssessmentSummaryArgs {
  @Field(() => Int, { nullable: true, description: 'Default: the current rubric version.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  rubricVersion?: number | null;
}

@InputType()
export class AssessmentScoreInput {
  @Field({ description: 'The criterion key, e.g. `open_license`.' })
  @IsText(1, 60)
  criterion!: string;

  @Field(() => Int, { description: "From 0 to the criterion's maxScore (3)." })
  @IsInt()
  @Min(0, { message: 'score must be 0 or more' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'Why this score; private. At most 2000 characters.' })
  @IfValue()
  @IsText(0, 2000)
  note?: string | null;
}

@InputType({ description: 'Every criterion of the rubric version scored exactly once.' })
export class SubmitAssessmentInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The verified FOUNDATION you assess for (you must be its member). Left out only by a platform admin ' +
      'assessing as the platform.',
  })
  organizationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: the current rubric version.' })
  @IfValue()
  @IsInt()
  @Min(1)
  rubricVersion?: number | null;

  @Field(() => [AssessmentScoreInput])
  @ArrayMinSize(1, { message: 'scores must score every criterion of the rubric' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  scores!: AssessmentScoreInput[];

  @Field(() => AssessmentRecommendation)
  recommendation!: AssessmentRecommendation;

  @Field(() => String, { nullable: true, description: 'The overall view; private. At most 4000 characters.' })
  @IfValue()
  @IsText(0, 4000)
  summary?: string | null;
}

@ObjectType()
export class SubmitAssessmentPayload {
  @Field(() => Assessment)
  assessment!: Assessment;
}

@InputType({
  description:
    "The maintainers' opt-in: while summaryPublic is true, anyone sees Project.assessmentSummary (aggregated scores " +
    'only). Maintainers switch it on or off; a platform admin may only switch it off.',
})
export class SetAssessmentVisibilityInput {
  @Field(() => ID)
  projectId!: string;

  @Field()
  summaryPublic!: boolean;
}

@ObjectType()
export class SetAssessmentVisibilityPayload {
  @Field(() => Project)
  project!: Project;
}
