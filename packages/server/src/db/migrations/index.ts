import { Init1795607580753 } from './1795607580753-Init';

// Listed explicitly, in order: globs break once compiled and bundled.
export const migrations = [Init1795607580753];
