import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { EventEntity } from './event.entity';

@Entity('event_organizers')
@Index('ix_event_organizers_organization_id', ['organizationId'])
export class EventOrganizerEntity {
  @PrimaryColumn('uuid')
  eventId!: string;

  @PrimaryColumn('uuid')
  organizationId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_organizers_event' })
  event?: EventEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_event_organizers_organization' })
  organization?: OrganizationEntity;
}
