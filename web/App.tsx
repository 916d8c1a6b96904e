import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PlannerMapPage } from './pages/PlannerMapPage';
import { PublicMapPage } from './pages/PublicMapPage';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

/** Two doors: the public map under /public, the planners' workspace everywhere else. */
export function App() {
  const isPublic = window.location.pathname.startsWith('/public');
  return (
    <QueryClientProvider client={queryClient}>
      {isPublic ? <PublicMapPage /> : <PlannerMapPage />}
    </QueryClientProvider>
  );
}
