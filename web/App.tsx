import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PlannerMapPage } from './pages/PlannerMapPage';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PlannerMapPage />
    </QueryClientProvider>
  );
}
