import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, type ReactElement } from 'react';
import { pathWithinPlace } from './place';
import { staticExport } from './staticExport';
import { loadFirstData } from './api/queries';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
loadFirstData(queryClient);

/** The doors: the public map, invitations, the site walk, the reports, and the workspace everywhere else. */
export function App({ page }: { page: ReactElement }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Suspense fallback={null}>{page}</Suspense>
    </QueryClientProvider>
  );
}

/**
 * The page for an address, its code loaded first. Every page loads on demand (a citizen on the
 * public map never downloads the planner's workspace, charts or drawing tools), but before the
 * first render, not behind a lazy component: React holds back content that replaces a shown
 * Suspense fallback for 300 ms, which kept every first map waiting ~200 ms with nothing to do.
 */
export async function pageFor(path = pathWithinPlace()): Promise<ReactElement> {
  if (staticExport) return publicPage();
  const [, door, first, second] = path.split('/').map(decodeURIComponent);
  if (door === 'invite' && first) {
    const { AcceptInvitePage } = await import('./pages/AcceptInvitePage');
    return <AcceptInvitePage token={first} />;
  }
  if (door === 'setup' && first) {
    const { SetupPage } = await import('./pages/SetupPage');
    return <SetupPage token={first} />;
  }
  if (door === 'public') return publicPage();
  if (door === 'places') {
    const { PlacesOverviewPage } = await import('./pages/PlacesOverviewPage');
    return <PlacesOverviewPage />;
  }
  if (door === 'walk' && first) {
    const { SiteWalkPage } = await import('./pages/SiteWalkPage');
    return <SiteWalkPage districtId={first} />;
  }
  if (door === 'reports' && first === 'current-state' && second) {
    const { CurrentStateReport } = await import('./reports/CurrentStateReport');
    return <CurrentStateReport districtId={second} />;
  }
  if (door === 'reports' && first === 'yearly' && second) {
    const { YearlyReport } = await import('./reports/YearlyReport');
    const year = Number(new URLSearchParams(window.location.search).get('year')) || null;
    return <YearlyReport districtId={second} year={year} />;
  }
  const { PlannerMapPage } = await import('./pages/PlannerMapPage');
  return <PlannerMapPage />;
}

async function publicPage() {
  const { PublicMapPage } = await import('./pages/PublicMapPage');
  return <PublicMapPage />;
}
