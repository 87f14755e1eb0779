import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../graphql/connection';
import { ID } from '../../graphql/id';
import { StoryKind } from '../../shared/enums';
import { IfValue, IsHttpUrl, IsSlug, IsText } from '../../shared/validation';

/** A BCP 47 language tag as people write them: zh-CN, en, zh-Hant-TW. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/;
/** An audio or video media type, e.g. audio/mpeg, video/mp4. */
export const MEDIA_TYPE = /^(audio|video)\/[a-z0-9][a-z0-9.+-]{0,60}$/;

@ObjectType('Story', {
  description:
    'A podcast episode, article, video or case study about projects. Public when it features at least one project ' +
    'the viewer may see; it never reveals a draft.',
})
export class Story {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => StoryKind)
  kind!: StoryKind;

  @Field()
  title!: string;

  @Field({ description: 'Where the story is told.' })
  url!: string;

  @Field(() => LocalDateResolver)
  publishedOn!: string;

  @Field()
  summary!: string;

  @Field({ description: 'A BCP 47 language tag, e.g. zh-CN.' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'The audio or video file (what a podcast app downloads).' })
  mediaUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. audio/mpeg.' })
  mediaType!: string | null;

  @Field(() => Int, { nullable: true })
  durationSeconds!: number | null;

  @Field()
  isDemo!: boolean;

  @Field()
  createdAt!: Date;
}

export const StoryConnection = Connection(Story);

@InputType()
export class StoryFilter {
  @Field(() => [StoryKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(10)
  kinds?: StoryKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Stories featuring this project.' })
  projectId?: string | null;

  @Field(() => String, { nullable: true, description: 'Stories featuring the project with this slug.' })
  @IsOptional()
  @MaxLength(60)
  projectSlug?: string | null;
}

export enum StoryOrderField {
  PUBLISHED_ON = 'PUBLISHED_ON',
}
registerEnumType(StoryOrderField, { name: 'StoryOrderField' });

export const StoryOrder = OrderInput(StoryOrderField, 'StoryOrder');
export type StoryOrder = InstanceType<typeof StoryOrder>;

@ArgsType()
export class StoriesArgs extends PageArgs {
  @Field(() => StoryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: StoryFilter | null;

  @Field(() => StoryOrder, { nullable: true, description: 'Default: PUBLISHED_ON descending (newest first).' })
  @IsOptional()
  @ValidateNested()
  orderBy?: StoryOrder | null;
}

@InputType({
  description:
    'By a maintainer of a featured project, a member of a verified organisation, or an admin. Every featured ' +
    'project must be one you may see.',
})
export class CreateStoryInput {
  @Field(() => StoryKind)
  kind!: StoryKind;

  @Field({ description: 'Lower-case letters, digits and hyphens, e.g. "nvda-podcast-01".' })
  @IsSlug()
  slug!: string;

  @Field({ description: 'At most 200 characters.' })
  @IsText(1, 200)
  title!: string;

  @Field({ description: 'Where the story is told: the article, the episode page, the video.' })
  @IsHttpUrl()
  url!: string;

  @Field(() => LocalDateResolver)
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  @IfValue()
  @IsText(0, 2000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'A BCP 47 tag; zh-CN when not given.' })
  @IfValue()
  @Matches(LANGUAGE_TAG, { message: 'language must be a language tag such as zh-CN or en' })
  language?: string | null;

  @Field(() => [ID], { description: 'The projects the story features (1 to 10), in order.' })
  @ArrayMinSize(1, { message: 'projectIds must name at least one project' })
  @ArrayMaxSize(10, { message: 'projectIds may name at most 10 projects' })
  projectIds!: string[];

  @Field(() => String, { nullable: true, description: 'The audio or video file, for podcast apps.' })
  @IfValue()
  @IsHttpUrl()
  mediaUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Its media type, e.g. audio/mpeg; needed with mediaUrl.' })
  @IfValue()
  @Matches(MEDIA_TYPE, { message: 'mediaType must be an audio or video media type such as audio/mpeg' })
  mediaType?: string | null;

  @Field(() => Int, { nullable: true, description: 'Length of the audio or video, 1 s to 24 h.' })
  @IfValue()
  @IsInt({ message: 'durationSeconds must be a whole number of seconds' })
  @Min(1, { message: 'durationSeconds must be at least 1' })
  @Max(86400, { message: 'durationSeconds must be at most 86400 (24 hours)' })
  durationSeconds?: number | null;
}

@ObjectType()
export class CreateStoryPayload {
  @Field(() => Story)
  story!: Story;
}
