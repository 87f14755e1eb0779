import { Init1795607580753 } from './1795607580753-Init';
import { ResourcesAndSponsorship1795610663440 } from './1795610663440-ResourcesAndSponsorship';
import { RateLimits1795700000000 } from './1795700000000-RateLimits';
import { ApiKeys1796045957117 } from './1796045957117-ApiKeys';
import { Webhooks1796046708127 } from './1796046708127-Webhooks';
import { Volunteers1796052330393 } from './1796052330393-Volunteers';
import { Ideas1796052353514 } from './1796052353514-Ideas';
import { EventsAndStories1796052433907 } from './1796052433907-EventsAndStories';
import { Assessments1796052483068 } from './1796052483068-Assessments';
import { EventTimeZone1796100000000 } from './1796100000000-EventTimeZone';

// Listed explicitly, in order: globs break once compiled and bundled.
export const migrations = [
  Init1795607580753,
  ResourcesAndSponsorship1795610663440,
  RateLimits1795700000000,
  ApiKeys1796045957117,
  Webhooks1796046708127,
  Volunteers1796052330393,
  Ideas1796052353514,
  EventsAndStories1796052433907,
  Assessments1796052483068,
  EventTimeZone1796100000000,
];
