import { Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StoryKind } from '../../gql/graphql';
import { ExternalLink, safeHref } from '../../shared/links';
import { formatDay, STORY_COLORS } from './storyKinds';
import './stories.css';

export interface StoryCardData {
  kind: StoryKind;
  title: string;
  url: string;
  publishedOn: string;
  summary: string;
  mediaUrl: string | null;
  mediaType: string | null;
  durationSeconds: number | null;
  isDemo?: boolean;
  projects?: { id: string; slug: string; name: string }[];
}

/** A story: its kind, day and summary, the link to where it is told, and for audio or video a player. */
export function StoryCard({ story, headingLevel = 2 }: { story: StoryCardData; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const media = safeHref(story.mediaUrl);
  return (
    <Card size="small">
      <Heading className="card-heading">
        <ExternalLink href={story.url}>{story.title}</ExternalLink>
      </Heading>
      <Flex gap={4} wrap align="center">
        <Tag color={STORY_COLORS[story.kind]}>{t(`stories.kind.${story.kind}`)}</Tag>
        <span className="muted">{formatDay(story.publishedOn)}</span>
        {story.durationSeconds ? (
          <span className="muted">{t('stories.duration', { minutes: Math.round(story.durationSeconds / 60) })}</span>
        ) : null}
        {story.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
      </Flex>
      {story.summary ? <p style={{ margin: '8px 0' }}>{story.summary}</p> : null}
      {media && story.mediaType?.startsWith('audio/') ? (
        <audio className="story-audio" controls preload="none" aria-label={t('stories.listen', { title: story.title })}>
          <source src={media} type={story.mediaType} />
        </audio>
      ) : null}
      {story.projects?.length ? (
        <Flex gap={8} wrap align="baseline" className="story-projects">
          <span className="muted">{t('stories.featuring')}:</span>
          {story.projects.map((project) => (
            <Link key={project.id} to={`/projects/${project.slug}`} className="underlined-link">
              {project.name}
            </Link>
          ))}
        </Flex>
      ) : null}
    </Card>
  );
}
