import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { pathWithinPlace } from './place';
import { staticExport } from './staticExport';
import { prefetchConfig } from './api/queries';

// Every page loads on demand: a citizen on the public map never downloads the planner's
// workspace, charts or drawing tools, and the planner not the reports until they open one.
const PlannerMapPage = lazy(() => import('./pages/PlannerMapPage').then((m) => ({ default: m.PlannerMapPage })));
const PublicMapPage = lazy(() => import('./pages/PublicMapPage').then((m) => ({ default: m.PublicMapPage })));
const AcceptInvitePage = lazy(() => import('./pages/AcceptInvitePage').then((m) => ({ default: m.AcceptInvitePage })));
const SetupPage = lazy(() => import('./pages/SetupPage').then((m) => ({ default: m.SetupPage })));
const PlacesOverviewPage = lazy(() =>
  import('./pages/PlacesOverviewPage').then((m) => ({ default: m.PlacesOverviewPage })),
);
const SiteWalkPage = lazy(() => import('./pages/SiteWalkPage').then((m) => ({ default: m.SiteWalkPage })));
const CurrentStateReport = lazy(() =>
  import('./reports/CurrentStateReport').then((m) => ({ default: m.CurrentStateReport })),
);
const YearlyReport = lazy(() => import('./reports/YearlyReport').then((m) => ({ default: m.YearlyReport })));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
prefetchConfig(queryClient);

/** The doors: the public map, invitations, the site walk, the reports, and the workspace everywhere else. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Suspense fallback={null}>{route(pathWithinPlace())}</Suspense>
    </QueryClientProvider>
  );
}

function route(path: string) {
  if (staticExport) return <PublicMapPage />;
  const [, door, first, second] = path.split('/').map(decodeURIComponent);
  if (door === 'invite' && first) return <AcceptInvitePage token={first} />;
  if (door === 'setup' && first) return <SetupPage token={first} />;
  if (door === 'public') return <PublicMapPage />;
  if (door === 'places') return <PlacesOverviewPage />;
  if (door === 'walk' && first) return <SiteWalkPage districtId={first} />;
  if (door === 'reports' && first === 'current-state' && second) return <CurrentStateReport districtId={second} />;
  if (door === 'reports' && first === 'yearly' && second) {
    return (
      <YearlyReport
        districtId={second}
        year={Number(new URLSearchParams(window.location.search).get('year')) || null}
      />
    );
  }
  return <PlannerMapPage />;
}
