import { byFeature, type Messages } from './byFeature';

// The English messages of every feature but the core ones (see ./index.ts): one chunk, loaded with the first page
// that needs it.
export default byFeature(
  import.meta.glob<Messages>(['./en/*.json', '!./en/{app,nav,common,enum,home}.json'], {
    eager: true,
    import: 'default',
  }),
);
