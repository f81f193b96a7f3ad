import { useId, useMemo } from 'preact/hooks';
import type { Dimension, Distribution } from '@/utils/audience/model';
import { chartConfig, chartHeight } from '@/utils/charts/config';
import { shownEntries } from '@/utils/charts/entries';
import type { DrawChart } from '@/utils/charts/draw';
import { t, type Lang } from '@/utils/i18n';
import { ChartCanvas } from './ChartCanvas';
import { ShareList } from './ShareList';

interface Props {
  lang: Lang;
  dimension: Dimension;
  distribution: Distribution;
  draw?: DrawChart;
}

/** One dimension: its heading, a small chart and the same numbers as a list. */
export function DimensionSection({ lang, dimension, distribution, draw }: Props) {
  const headingId = useId();
  const title = t(lang, `dimension.${dimension}` as const);
  // A new config object rebuilds the chart, so it is only made when its inputs change.
  const config = useMemo(
    () => chartConfig(dimension, distribution, lang),
    [dimension, distribution, lang],
  );
  const shown = shownEntries(dimension, distribution).length;
  const height = chartHeight(dimension, shown);
  const hidden = distribution.entries.length - shown;

  return (
    <section class="fanlens-dimension" data-dimension={dimension} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}
        {distribution.basis === 'listed' && (
          <span class="fanlens-basis">{t(lang, 'listedBasis')}</span>
        )}
      </h3>
      <div class="fanlens-dimension-body">
        <ChartCanvas
          config={config}
          height={height}
          label={t(lang, 'chartLabel', { dimension: title })}
          draw={draw}
        />
        <ShareList lang={lang} dimension={dimension} distribution={distribution} />
      </div>
      {hidden > 0 && (
        <p class="fanlens-note" data-role="hidden-entries">
          {t(lang, 'hiddenEntries', { count: hidden, top: shown })}
        </p>
      )}
    </section>
  );
}
