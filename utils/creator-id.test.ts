import { describe, expect, it } from 'vitest';
import { creatorIdFromPageUrl, isCreatorId, parseCreatorInput } from './creator-id';

const ID = '5d21ab6b000000001201567d';
const OLD_ID = '5662e3c1b8ce1a26f2c10712';
const PGY = 'https://pgy.xiaohongshu.com/solar/pre-trade/blogger-detail';

describe('isCreatorId', () => {
  it.each([
    [ID, true],
    [OLD_ID, true],
    [ID.toUpperCase(), false],
    [ID.slice(1), false],
    [`${ID}0`, false],
    ['9537951985', false],
    [` ${ID}`, false],
    [42, false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isCreatorId(value)).toBe(expected);
  });
});

describe('creatorIdFromPageUrl', () => {
  it.each([
    [`${PGY}/${ID}`, ID],
    [`${PGY}/${ID}/`, ID],
    [`${PGY}/${ID}?track_id=kolMatch_6a1c&source=Advertiser_Kol`, ID],
    [`${PGY}/${OLD_ID}?source=Advertiser_Kol&fromRoute=KolSearch`, OLD_ID],
    [`${PGY}/${ID}#notes`, ID],
    [`${PGY}/${ID}/?track_id=x#top`, ID],
    [`https://pgy.xiaohongshu.com/solar/blogger-detail/${OLD_ID}`, OLD_ID],
    [`${PGY}/${ID.toUpperCase()}`, ID],
    [`http://pgy.xiaohongshu.com/solar/pre-trade/blogger-detail/${ID}`, ID],
    [`${PGY}/${ID.slice(1)}`, null],
    [`${PGY}/${ID}0`, null],
    [`${PGY}/${ID}/notes`, null],
    [`https://pgy.xiaohongshu.com/solar/pre-trade/note/${ID}`, null],
    [`https://pgy.xiaohongshu.com/solar/pre-trade/kol-search?id=${ID}`, null],
    [`https://www.xiaohongshu.com/solar/pre-trade/blogger-detail/${ID}`, null],
    [`https://pgy.xiaohongshu.com.evil.example/solar/pre-trade/blogger-detail/${ID}`, null],
    [`https://pgy.xiaohongshu.com@evil.example/solar/pre-trade/blogger-detail/${ID}`, null],
    [`https://pgy.xiaohongshu.com:8443/solar/pre-trade/blogger-detail/${ID}`, null],
    [`https://www.xiaohongshu.com/user/profile/${ID}`, null],
    [`ftp://pgy.xiaohongshu.com/solar/pre-trade/blogger-detail/${ID}`, null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (url, expected) => {
    expect(creatorIdFromPageUrl(url)).toBe(expected);
  });
});

/** What a Chinese input method in full-width mode types for ASCII text. */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

describe('parseCreatorInput', () => {
  const profile = 'https://www.xiaohongshu.com/user/profile';
  it.each([
    [ID, ID],
    [`  ${ID}\n`, ID],
    [ID.toUpperCase(), ID],
    [`${PGY}/${ID}?track_id=kolMatch_6a1c&source=Advertiser_Kol`, ID],
    [`${PGY}/${OLD_ID}?source=Advertiser_Kol&fromRoute=KolSearch`, OLD_ID],
    [`https://pgy.xiaohongshu.com/solar/blogger-detail/${OLD_ID}/`, OLD_ID],
    [`pgy.xiaohongshu.com/solar/pre-trade/blogger-detail/${ID}`, ID],
    [`${profile}/${ID}?xsec_token=ABc9-Xy_Zz0=&xsec_source=pc_search`, ID],
    [`${profile}/${OLD_ID}?xsec_token=AB1&xsec_source=pc_feed#comments`, OLD_ID],
    [`www.xiaohongshu.com/user/profile/${ID}`, ID],
    [`https://xiaohongshu.com/user/profile/${ID}/`, ID],
    [
      `【博主主页】快来看看这个博主！${profile}/${ID}?xsec_token=AB2&xsec_source=app_share ` +
        '复制本条信息，打开【小红书】App查看精彩内容！',
      ID,
    ],
    [`看看这个：${profile}/${ID}。`, ID],
    [`主页链接 ${profile}/${ID}. 谢谢`, ID],
    [`蒲公英链接:${PGY}/${OLD_ID}?source=Advertiser_Kol`, OLD_ID],
    // Full-width letters and digits, as typed with a Chinese input method.
    [fullWidth(ID), ID],
    [`\u200b${ID}\u200b`, ID],
    [`"${ID}"`, ID],
    [`<${ID}>`, ID],
    [`「${ID}」`, ID],
    [fullWidth(`${profile}/${ID}`), ID],
  ])('%s → %s', (text, expected) => {
    expect(parseCreatorInput(text)).toEqual({ ok: true, creatorId: expected });
  });

  it.each([
    ['', 'empty'],
    ['   \n\t', 'empty'],
    ['http://xhslink.com/a/AbCdEf123', 'short-link'],
    ['xhslink.com/m/4pXyZ', 'short-link'],
    ['【小红书】看看这个博主 http://xhslink.com/a/AbCdEf123，复制本条信息打开App', 'short-link'],
    ['9537951985', 'red-id'],
    [' 9537951985 ', 'red-id'],
    ['小红书号：9537951985', 'red-id'],
    [ID.slice(1), 'unrecognised'],
    [`${ID}0`, 'unrecognised'],
    [`${ID.slice(0, 23)}g`, 'unrecognised'],
    [`https://www.xiaohongshu.com/explore/${ID}?xsec_token=AB3`, 'unrecognised'],
    [`https://www.xiaohongshu.com/discovery/item/${ID}`, 'unrecognised'],
    [`https://evil.example/user/profile/${ID}`, 'unrecognised'],
    [`https://pgy.xiaohongshu.com.evil.example/solar/blogger-detail/${ID}`, 'unrecognised'],
    [`https://pgy.xiaohongshu.com@evil.example/solar/blogger-detail/${ID}`, 'unrecognised'],
    [`博主ID ${ID} 请查一下`, 'unrecognised'],
    ['张三的小红书', 'unrecognised'],
  ])('%s → %s', (text, reason) => {
    expect(parseCreatorInput(text)).toEqual({ ok: false, reason });
  });

  it('prefers a creator URL over a short link in the same text', () => {
    const text = `http://xhslink.com/a/Abc 或者 ${profile}/${ID}`;
    expect(parseCreatorInput(text)).toEqual({ ok: true, creatorId: ID });
  });

  it('stays fast on a long paste without any URL', () => {
    const started = performance.now();
    expect(parseCreatorInput('a'.repeat(200_000))).toEqual({ ok: false, reason: 'unrecognised' });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
