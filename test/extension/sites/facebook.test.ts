// Facebook as members use it: posts, photos, videos, reels and events on every host Facebook serves, real addresses
// from yt-dlp's and gallery-dl's test suites and public code (★ = exactly as a test suite has it).
import { describe, expect, it } from 'vitest';
import { detect, loggableUrl, pageTitle } from '../../../extension/sites/facebook.ts';

const TABLE: readonly (readonly [string, string | null])[] = [
  // Page and profile posts.
  ['https://www.facebook.com/maxlayn/posts/10153807558977570', 'facebook.post'], // ★ yt-dlp
  ['https://m.facebook.com/Alliance.Police.Department/posts/4048563708499330', 'facebook.post'], // ★ yt-dlp
  [
    'https://www.facebook.com/attn/posts/pfbid0j1Czf2gGDVqeQ8KiMLFm3pWN8GxsQmeRrVhimWDzMuKQoR8r4b1knNsejELmUgyhl',
    'facebook.post',
  ], // ★
  ['https://www.facebook.com/vansterpartiet/posts/1234567890123456/?__cft__[0]=AZW&__tn__=%2CO%2CP-R', 'facebook.post'],
  [
    'https://www.facebook.com/permalink.php?story_fbid=pfbid0fqQuVEQyXRa9Dp4RcaTR14KHU3uULHV1EK7eckNXSH63JMuoALsAvVCJ97zAGitil&id=100068861234290',
    'facebook.post',
  ], // ★
  [
    'https://www.facebook.com/permalink.php?story_fbid=pfbid034C2PVBhr311C2&id=61573780995993&rdid=eV7e4pTWFxWb6Evx',
    'facebook.post',
  ], // ★ gallery-dl
  ['https://m.facebook.com/story.php?story_fbid=1035862816472149&id=116132035111903', 'facebook.post'], // ★ yt-dlp
  ['https://www.facebook.com/permalink.php', null],
  // Group posts, also with the extra segment and from a notification.
  ['https://www.facebook.com/groups/1024490957622648/permalink/1396382447100162/', 'facebook.post'], // ★ yt-dlp
  ['https://www.facebook.com/groups/1645456212344334/posts/3737828833107051/', 'facebook.post'], // ★ yt-dlp
  ['https://www.facebook.com/groups/ateistiskselskab/permalink/10154930137678856/', 'facebook.post'], // ★ yt-dlp
  ['https://www.facebook.com/groups/1513990329015294/posts/d41d8cd9/2013209885760000/?app=fbl', 'facebook.post'], // ★ yt-dlp
  [
    'https://www.facebook.com/groups/554441502012122/?multi_permalinks=612541386202133%2C609641603158778&notif_id=1581595208128167&notif_t=group_activity',
    'facebook.post',
  ],
  ['https://www.facebook.com/groups/344184902617292/', null],
  ['https://www.facebook.com/groups/feed/', null],
  // Events.
  ['https://m.facebook.com/events/1509582499515440', 'facebook.event'], // ★ yt-dlp
  ['https://www.facebook.com/events/2339906106275053/', 'facebook.event'],
  ['https://m.facebook.com/events/311652883917013/?event_time_id=311652897250345', 'facebook.event'],
  ['https://www.facebook.com/events/1234567890/?ref=newsfeed', 'facebook.event'],
  ['https://www.facebook.com/events/', null],
  ['https://www.facebook.com/events/create/', null],
  // Photos.
  ['https://www.facebook.com/photo/?fbid=10160743390456729', 'facebook.photo'], // ★ gallery-dl
  ['https://www.facebook.com/photo/?fbid=10152716011076729&set=a.10152716010956729', 'facebook.photo'],
  ['https://www.facebook.com/photo/?fbs=home&fbid=10160743390456729', 'facebook.photo'], // ★ gallery-dl
  [
    'https://www.facebook.com/photo.php?fbid=1143447107814264&set=pb.100064469571787.-2207520000&type=3',
    'facebook.photo',
  ], // ★
  ['https://www.facebook.com/photo.php/?fbid=10165113568399554&set=t.100064860875397', 'facebook.photo'], // ★ gallery-dl
  ['https://www.facebook.com/photo?fbid=10165113568399554&set=t.100064860875397', 'facebook.photo'], // ★ gallery-dl
  ['https://www.facebook.com/Facebook/photos/a.10152716010956729/10152716011076729', 'facebook.photo'], // ★ gallery-dl
  ['https://www.facebook.com/photo/', null],
  ['https://www.facebook.com/media/set/?set=a.10152716010956729&type=3', null], // ★ an album
  ['https://www.facebook.com/facebook/photos', null], // ★ the photos tab
  // Videos.
  ['https://www.facebook.com/radiokicksfm/videos/3676516585958356/', 'facebook.video'], // ★ yt-dlp
  [
    'https://www.facebook.com/ChristyClarkForBC/videos/vb.22819070941/10153870694020942/?type=2&theater',
    'facebook.video',
  ], // ★
  ['https://www.facebook.com/amogood/videos/1618742068337349/?fref=nf', 'facebook.video'], // ★ yt-dlp
  ['https://www.facebook.com/100064860875397/videos/644342003942740', 'facebook.video'], // ★ gallery-dl
  ['https://www.facebook.com/watch/?v=647537299265662', 'facebook.video'], // ★ yt-dlp
  ['https://www.facebook.com/watch/live/?v=1823658634322275', 'facebook.video'], // ★ yt-dlp
  ['https://www.facebook.com/video.php?v=637842556329505&fref=nf', 'facebook.video'], // ★ yt-dlp
  ['https://www.facebook.com/watchparty/211641140192478', 'facebook.video'], // ★ yt-dlp
  ['https://www.facebook.com/watch/', null],
  ['https://www.facebook.com/facebook/videos', null],
  // Reels.
  ['https://www.facebook.com/reel/1195289147628387', 'facebook.reel'], // ★ yt-dlp
  ['https://www.facebook.com/reel/1723178395470033/?s=fb_shorts_profile', 'facebook.reel'],
  ['https://www.facebook.com/reel/', null], // the first reel of a reels tab has no address of its own
  ['https://www.facebook.com/facebook/reels/', null],
  // Share links (only ever a link in a page: they redirect).
  ['https://www.facebook.com/share/p/19ZPWnwB73/', 'facebook.post'],
  ['https://www.facebook.com/share/v/1Fy3aZCFS2/', 'facebook.video'],
  ['https://www.facebook.com/share/r/14TV1SS1MHk/', 'facebook.reel'],
  ['https://www.facebook.com/share/1b4epu5tXm/', null], // a page or profile
  // Locale hosts and the other hosts Facebook serves.
  ['https://sv-se.facebook.com/vansterpartiet/posts/pfbid02Xk9rQ1aBcDeFgHiJkLmN', 'facebook.post'],
  ['https://sv-se.facebook.com/photo/?fbid=10160743390456729', 'facebook.photo'],
  ['https://zh-hk.facebook.com/peoplespower/videos/1135894589806027/', 'facebook.video'], // ★ yt-dlp
  ['https://web.facebook.com/events/508759709291144/', 'facebook.event'],
  ['https://facebook.com/reel/1195289147628387', 'facebook.reel'],
  // Profiles, pages and everything that is no publication.
  [
    'https://www.facebook.com/people/TrustarchrealtyOfficial-T/pfbid02ABq3ryNwsdT9hrfu2hPJzUktWPE6k7Bmhf9JmLH9yaNJpgFJYoKXWQaWsQCJfuvil/',
    null,
  ],
  ['https://www.facebook.com/profile.php?id=100064860875397', null], // ★ gallery-dl
  ['https://www.facebook.com/facebook', null], // ★ gallery-dl
  ['https://web.facebook.com/cartoonchildren1/', null],
  ['https://www.facebook.com/', null],
  ['https://www.facebook.com/notifications', null],
  ['https://www.facebook.com/login.php', null],
  [
    'https://www.facebook.com/flx/warn/?h=TAQHsoToz&u=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DpO8h3EaFRdo&s=1',
    null,
  ], // ★
  [
    'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fgov.sg%2Fvideos%2F10154383743583686%2F',
    null,
  ], // ★
  ['https://www.facebook.com/ads/library/?id=899206155126718', null], // ★ yt-dlp
  ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.dn.se%2F', null],
  // Meta Business Suite: the composer and lists carry account ids, never a publication's address.
  ['https://business.facebook.com/latest/composer/?asset_id=1102097149652697&context_ref=HOME', null],
  ['https://business.facebook.com/latest/posts/published_posts?asset_id=1102097149652697&business_id=55', null],
  ['https://business.facebook.com/vansterpartiet/posts/1234567890123456', null],
  ['https://facebook.example.com/events/123', null],
  ['http://www.facebook.com/reel/1195289147628387', null],
];

describe('Facebook’s shapes', () => {
  it('has at least 60 real-shaped addresses in the table', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TABLE)('%s → %s', (url, expected) => {
    expect(detect(url)).toBe(expected);
  });
});

describe('Facebook addresses and titles as logged and shown', () => {
  it('logs the publication without the parameters that only say where the click came from', () => {
    expect(
      loggableUrl(
        'https://www.facebook.com/permalink.php?story_fbid=pfbid034C&id=61573780995993&rdid=eV7e4&share_url=https%3A%2F%2Fwww.facebook.com%2Fshare%2Fp%2F1',
      ),
    ).toBe('https://www.facebook.com/permalink.php?story_fbid=pfbid034C&id=61573780995993');
    expect(loggableUrl('https://www.facebook.com/vansterpartiet/posts/123?__cft__[0]=AZW&__tn__=%2CO')).toBe(
      'https://www.facebook.com/vansterpartiet/posts/123',
    );
    expect(loggableUrl('https://www.facebook.com/photo/?fbid=1&set=a.2&notif_id=3&notif_t=feedback')).toBe(
      'https://www.facebook.com/photo/?fbid=1&set=a.2',
    );
    expect(loggableUrl('https://m.facebook.com/events/311/?event_time_id=312&ref=newsfeed')).toBe(
      'https://m.facebook.com/events/311/?event_time_id=312',
    );
  });

  it('drops the unread count and “| Facebook”, and a title that is only Facebook', () => {
    expect(pageTitle('(3) Öppet möte om vården | Facebook')).toBe('Öppet möte om vården');
    expect(pageTitle('(12+) Facebook')).toBeUndefined();
    expect(pageTitle('Facebook')).toBeUndefined();
    expect(pageTitle('Log into Facebook')).toBeUndefined();
  });
});
