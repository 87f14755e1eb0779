import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { CauseArea, VolunteerSkill } from '../../shared/enums';

import { VolunteerProfile } from './volunteer-profile.types';
import { VolunteerTask } from './volunteer-task.types';
@ObjectType('TaskRecommendation', { description: 'An open task that fits the viewer, and why.' })
export class TaskRecommendation {
  @Field(() => VolunteerTask)
  task!: VolunteerTask;

  @Field(() => Int, { description: '3 per matched skill + 2 per matched cause + 1 if it fits a month of the hours.' })
  score!: number;

  @Field(() => [VolunteerSkill])
  matchedSkills!: VolunteerSkill[];

  @Field(() => [CauseArea])
  matchedCauseAreas!: CauseArea[];

  @Field({ description: 'The estimate fits within four weeks of the volunteer’s weekly hours.' })
  fitsAvailability!: boolean;
}

@ObjectType('VolunteerSuggestion', { description: 'A public volunteer who fits a project’s open tasks, and why.' })
export class VolunteerSuggestion {
  @Field(() => VolunteerProfile)
  profile!: VolunteerProfile;

  @Field(() => Int, { description: '3 per matched skill + 2 per matched cause + 1 if one open task fits a month.' })
  score!: number;

  @Field(() => [VolunteerSkill])
  matchedSkills!: VolunteerSkill[];

  @Field(() => [CauseArea])
  matchedCauseAreas!: CauseArea[];

  @Field()
  fitsAvailability!: boolean;
}

@ArgsType()
export class MatchArgs {
  @Field(() => Int, { defaultValue: 10, description: 'At most 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first!: number;
}
