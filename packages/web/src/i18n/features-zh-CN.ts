import { byFeature, type Messages } from './byFeature';

// The Chinese messages of every feature but the core ones (see ./index.ts): one chunk, loaded with the first page
// that needs it.
export default byFeature(
  import.meta.glob<Messages>(['./zh-CN/*.json', '!./zh-CN/{app,nav,common,enum,home}.json'], {
    eager: true,
    import: 'default',
  }),
);
