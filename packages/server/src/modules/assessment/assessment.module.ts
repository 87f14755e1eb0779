import { defineModule } from '../module';
import { AssessmentCriterionEntity, AssessmentRubricEntity } from './assessment-rubric.entity';
import { AssessmentEntity, AssessmentScoreEntity } from './assessment.entity';
import { createAssessmentLoaders } from './assessment.loaders';
import { AssessmentResolver, AssessmentRubricResolver, ProjectAssessmentsResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { ProjectAssessmentSettingsEntity } from './project-assessment-settings.entity';

const verbs = {
  'assessment.submitted': 'assessment',
  'project.assessment_summary_published': 'project',
  'project.assessment_summary_hidden': 'project',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends AssessmentVerbs {}
}
type AssessmentVerbs = typeof verbs;

export const assessmentModule = defineModule({
  name: 'assessment',
  entities: [
    AssessmentRubricEntity,
    AssessmentCriterionEntity,
    AssessmentEntity,
    AssessmentScoreEntity,
    ProjectAssessmentSettingsEntity,
  ],
  resolvers: [AssessmentRubricResolver, AssessmentResolver, ProjectAssessmentsResolver],
  loaders: createAssessmentLoaders,
  services: (deps) => ({ assessments: new AssessmentService(deps) }),
  verbs,
});
