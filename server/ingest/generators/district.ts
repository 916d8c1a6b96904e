import type { Geometry, Polygon } from 'geojson';

/** The seeded BID district: Malmö's old town inside the canal ring, drawn roughly. */
export const SEED_DISTRICT = {
  id: 'district-malmo-city',
  name: 'Malmö City – Gamla staden',
  type: 'city-centre' as const,
  note: 'Första avgränsningen (genererad demoavgränsning)',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [12.9915, 55.607],
        [12.996, 55.6085],
        [13.001, 55.608],
        [13.0065, 55.6065],
        [13.0085, 55.6035],
        [13.007, 55.6005],
        [13.002, 55.599],
        [12.9965, 55.5995],
        [12.9925, 55.602],
        [12.9915, 55.607],
      ],
    ],
  } as Polygon,
};

/** Yearly pots of the seeded district, as in the network meetings: SEK 1 000 000 to invest, 500 000 to run. */
export const SEED_POTS = [
  { id: 'pot-malmo-city-2026-investment', kind: 'investment', year: 2026, budgetSek: 1_000_000 },
  { id: 'pot-malmo-city-2026-operating', kind: 'operating', year: 2026, budgetSek: 500_000 },
  { id: 'pot-malmo-city-2027-investment', kind: 'investment', year: 2027, budgetSek: 1_000_000 },
  { id: 'pot-malmo-city-2027-operating', kind: 'operating', year: 2027, budgetSek: 500_000 },
] as const;

export const SEED_VISION =
  'Gamla staden ska vara Malmös mest levande mötesplats – med fulla bottenvåningar, trygga kvällar och ett utbud som gör att man stannar längre.';

export const SEED_GOALS = [
  {
    id: 'goal-vacancy',
    title: 'Halvera andelen tomma lokaler',
    indicator: 'vacancy-rate',
    baseline: 0.12,
    target: 0.06,
    targetDate: '2028-12-31',
  },
  {
    id: 'goal-footfall',
    title: 'Fler besökare i Gamla staden',
    indicator: 'footfall-per-week',
    baseline: 300_000,
    target: 360_000,
    targetDate: '2028-12-31',
  },
] as const;

export interface SeedAction {
  id: string;
  title: string;
  description: string;
  focusArea: 'place-brand' | 'offering' | 'place' | 'accessibility' | 'clean-safe';
  status: 'idea' | 'planned' | 'ongoing' | 'done' | 'cancelled';
  priority: number;
  start: string | null;
  end: string | null;
  costSek: number;
  public: boolean;
  publicText: string | null;
  geometry: Geometry | null;
  potId?: string;
}

/** A small, plausible action plan for the seeded district (generated). */
export const SEED_ACTIONS: SeedAction[] = [
  {
    id: 'action-stortorget-benches',
    title: 'Nya bänkar och planteringar på Stortorget',
    focusArea: 'place',
    status: 'ongoing',
    priority: 1,
    description: 'Tolv nya bänkar och fyra planteringskärl längs torgets södra sida.',
    start: '2026-09-01',
    end: '2026-12-15',
    costSek: 450_000,
    potId: 'pot-malmo-city-2026-investment',
    public: true,
    publicText: 'Vi gör Stortorget grönare och skönare att sitta på. Arbetet pågår hösten 2026.',
    geometry: { type: 'Point', coordinates: [13.0012, 55.6056] },
  },
  {
    id: 'action-sodergatan-lighting',
    title: 'Ny belysning längs Södergatan',
    focusArea: 'clean-safe',
    status: 'planned',
    priority: 1,
    description: 'Trygghetsbelysning och upplysta entréer från Stortorget till Gustav Adolfs torg.',
    start: '2027-02-01',
    end: '2027-05-31',
    costSek: 650_000,
    potId: 'pot-malmo-city-2027-investment',
    public: true,
    publicText: 'Södergatan får ljusare kvällar våren 2027.',
    geometry: {
      type: 'LineString',
      coordinates: [
        [13.0016, 55.6052],
        [13.0021, 55.6034],
        [13.0008, 55.6014],
      ],
    },
  },
  {
    id: 'action-christmas-lights',
    title: 'Gemensam julbelysning i Gamla staden',
    focusArea: 'place-brand',
    status: 'planned',
    priority: 2,
    description: 'Samordnad julbelysning och skyltning tillsammans med handlarna.',
    start: '2026-11-20',
    end: '2027-01-10',
    costSek: 180_000,
    potId: 'pot-malmo-city-2026-operating',
    public: true,
    publicText: 'Julbelysning i hela Gamla staden från första advent.',
    geometry: null,
  },
  {
    id: 'action-establishment-strategy',
    title: 'Etableringsstrategi för tomma lokaler',
    focusArea: 'offering',
    status: 'ongoing',
    priority: 1,
    description: 'Kartlägga vakanta bottenvåningar och matcha dem mot önskade verksamheter.',
    start: '2026-03-01',
    end: '2026-12-31',
    costSek: 250_000,
    potId: 'pot-malmo-city-2026-operating',
    public: false,
    publicText: null,
    geometry: null,
  },
  {
    id: 'action-entrance-survey',
    title: 'Tillgänglighetsinventering av entréer',
    focusArea: 'accessibility',
    status: 'idea',
    priority: 3,
    description: 'Inventera trappsteg och dörrbredd vid butiksentréer.',
    start: null,
    end: null,
    costSek: 120_000,
    public: false,
    publicText: null,
    geometry: null,
  },
  {
    id: 'action-lilla-torg-cleaning',
    title: 'Storstädning av Lilla torg',
    focusArea: 'clean-safe',
    status: 'done',
    priority: 2,
    description: 'Högtryckstvätt av gatsten och nya papperskorgar.',
    start: '2026-05-04',
    end: '2026-05-15',
    costSek: 60_000,
    potId: 'pot-malmo-city-2026-operating',
    public: true,
    publicText: 'Lilla torg har fått ny glans och fler papperskorgar.',
    geometry: { type: 'Point', coordinates: [12.9985, 55.6045] },
  },
  {
    id: 'action-bike-parking',
    title: 'Cykelparkering vid Gustav Adolfs torg',
    focusArea: 'accessibility',
    status: 'planned',
    priority: 2,
    description: 'Ett hundratal nya cykelplatser med ramlås.',
    start: '2027-04-01',
    end: '2027-06-30',
    costSek: 340_000,
    potId: 'pot-malmo-city-2027-investment',
    public: true,
    publicText: 'Fler cykelplatser vid Gustav Adolfs torg sommaren 2027.',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [13.0, 55.6014],
          [13.0006, 55.6015],
          [13.0007, 55.6012],
          [13.0001, 55.6011],
          [13.0, 55.6014],
        ],
      ],
    },
  },
];
