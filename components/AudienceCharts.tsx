import { DIMENSIONS, type Audience } from '@/utils/audience/model';
import type { DrawChart } from '@/utils/charts/draw';
import { t, type Lang } from '@/utils/i18n';
import { DimensionSection } from './DimensionSection';

interface Props {
  lang: Lang;
  audience: Audience;
  /** Injected in tests; the real Chart.js drawing otherwise. */
  draw?: DrawChart;
}

/** Every dimension the answer had, in a fixed order; missing or empty ones are left out. */
export function AudienceCharts({ lang, audience, draw }: Props) {
  const shown = DIMENSIONS.filter(
    (dimension) => (audience.distributions[dimension]?.entries.length ?? 0) > 0,
  );
  const skipped = audience.anomalies.length;

  return (
    <div class="fanlens-charts">
      {skipped > 0 && (
        <p class="fanlens-warning" role="note" data-role="anomalies">
          {skipped === 1 ? t(lang, 'anomaliesOne') : t(lang, 'anomalies', { n: skipped })}
        </p>
      )}
      {shown.length === 0 && <p class="fanlens-hint">{t(lang, 'noDistributions')}</p>}
      {shown.map((dimension) => (
        <DimensionSection
          key={dimension}
          lang={lang}
          dimension={dimension}
          distribution={audience.distributions[dimension]!}
          draw={draw}
        />
      ))}
    </div>
  );
}
