import { ArrayMaxSize, ArrayUnique, IsBoolean, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CauseArea, VolunteerSkill } from '../../shared/enums';
import { IfValue, IsHttpUrl, IsText } from '../../shared/validation';
import { Project } from '../project/project.types';
import { User } from '../user/user.types';

@ObjectType('SupportChannel', {
  description: "A link to the volunteer's own tipping or sponsorship page. Goodlink moves no money; it shows the link.",
})
export class SupportChannel {
  @Field({ description: 'e.g. "爱发电", "GitHub Sponsors", "Open Collective".' })
  label!: string;

  @Field()
  url!: string;
}

@ObjectType('VolunteerContributions', { description: 'Recognised work: tasks the maintainers confirmed as done.' })
export class VolunteerContributions {
  @Field(() => Int)
  tasksDone!: number;

  @Field(() => Int, { description: 'Hours the maintainers recorded when they confirmed the tasks.' })
  hours!: number;

  @Field(() => [Project], { description: 'Published projects the volunteer completed tasks for.' })
  projects!: Project[];
}

@ObjectType('VolunteerProfile', {
  description: 'What a volunteer can do and give. A private profile is seen by its owner and admins only.',
})
export class VolunteerProfile {
  @Field(() => User)
  user!: User;

  @Field()
  bio!: string;

  @Field(() => [VolunteerSkill])
  skills!: VolunteerSkill[];

  @Field(() => Int, { description: 'Hours a week the volunteer can usually give.' })
  weeklyHours!: number;

  @Field(() => [CauseArea])
  causeAreas!: CauseArea[];

  @Field(() => [String], { description: 'BCP 47 language tags, e.g. zh-CN, en.' })
  languages!: string[];

  @Field()
  isPublic!: boolean;

  @Field(() => [SupportChannel])
  supportChannels!: SupportChannel[];

  @Field(() => VolunteerContributions)
  contributions!: VolunteerContributions;

  @Field()
  updatedAt!: Date;
}

@InputType('SupportChannelInput')
export class SupportChannelInput {
  @Field()
  @IsText(1, 60)
  label!: string;

  @Field({ description: 'An http or https link to the page.' })
  @IsHttpUrl()
  url!: string;
}

@InputType({ description: 'The whole profile: every field is set to what is sent.' })
export class UpsertVolunteerProfileInput {
  @Field(() => String, { nullable: true, defaultValue: '' })
  @IfValue()
  @IsText(0, 2000)
  bio?: string | null;

  @Field(() => [VolunteerSkill])
  @ArrayMaxSize(15)
  @ArrayUnique({ message: 'skills must not repeat a skill' })
  skills!: VolunteerSkill[];

  @Field(() => Int)
  @IsInt({ message: 'weeklyHours must be a whole number' })
  @Min(0, { message: 'weeklyHours must be between 0 and 80' })
  @Max(80, { message: 'weeklyHours must be between 0 and 80' })
  weeklyHours!: number;

  @Field(() => [CauseArea], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'causeAreas must not repeat a cause' })
  causeAreas!: CauseArea[];

  @Field(() => [String], { defaultValue: [], description: 'BCP 47 language tags, e.g. zh-CN, en.' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'languages must not repeat a language' })
  @Matches(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
    each: true,
    message: 'languages must be language tags such as zh-CN or en',
  })
  languages!: string[];

  @Field({ description: 'Show the profile publicly and let projects find you.' })
  @IsBoolean()
  isPublic!: boolean;

  @Field(() => [SupportChannelInput], { defaultValue: [] })
  @ArrayMaxSize(5, { message: 'supportChannels may hold at most 5 links' })
  @ValidateNested({ each: true })
  supportChannels!: SupportChannelInput[];
}

@ObjectType()
export class UpsertVolunteerProfilePayload {
  @Field(() => VolunteerProfile)
  profile!: VolunteerProfile;
}

@ObjectType('ProjectContributor', { description: 'A volunteer with recognised work on the project.' })
export class ProjectContributor {
  @Field(() => User)
  user!: User;

  @Field(() => Int)
  tasksDone!: number;

  @Field(() => Int)
  hours!: number;

  @Field(() => [SupportChannel], { description: 'Where to support this volunteer directly.' })
  supportChannels!: SupportChannel[];
}
