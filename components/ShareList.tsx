import type { Dimension, Distribution } from '@/utils/audience/model';
import { entryName, shownEntries } from '@/utils/charts/entries';
import { formatCount, formatShare } from '@/utils/format';
import { t, type Lang } from '@/utils/i18n';

interface Props {
  lang: Lang;
  dimension: Dimension;
  distribution: Distribution;
}

/** Short lists stay in one column; rankings flow down two columns (1–5, then 6–10). */
const TWO_COLUMNS_FROM = 5;

/**
 * The numbers of a chart as text: visible without hovering, copyable, and read by screen
 * readers. Names come from the API and are rendered as text only.
 */
export function ShareList({ lang, dimension, distribution }: Props) {
  const entries = shownEntries(dimension, distribution);
  const columns = entries.length >= TWO_COLUMNS_FROM ? 2 : 1;

  return (
    <div class="fanlens-share-list">
      <ul class="fanlens-shares" data-columns={columns}>
        {entries.map((entry, index) => {
          const name = entryName(lang, dimension, entry);
          const count = entry.count === undefined ? undefined : formatCount(entry.count);
          return (
            <li key={`${index}:${entry.name}`} title={count}>
              <span class="name">{name}</span>
              <span class="share">{formatShare(entry.share)}</span>
            </li>
          );
        })}
      </ul>
      {distribution.basis === 'listed' && (
        <p class="fanlens-note" data-note="listed">
          {t(lang, 'listedNote')}
        </p>
      )}
      {dimension === 'interests' && (
        <p class="fanlens-note" data-note="overlap">
          {t(lang, 'interestsNote')}
        </p>
      )}
    </div>
  );
}
