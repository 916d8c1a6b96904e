import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PlannerMapPage } from './pages/PlannerMapPage';
import { PublicMapPage } from './pages/PublicMapPage';
import { AcceptInvitePage } from './pages/AcceptInvitePage';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

/** Three doors: the public map under /public, invitations under /invite, the workspace everywhere else. */
export function App() {
  const path = window.location.pathname;
  const invite = path.match(/^\/invite\/([\w-]+)/)?.[1];
  return (
    <QueryClientProvider client={queryClient}>
      {invite ? <AcceptInvitePage token={invite} /> : path.startsWith('/public') ? <PublicMapPage /> : <PlannerMapPage />}
    </QueryClientProvider>
  );
}
