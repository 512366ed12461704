import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';

// The chart library is large: only this page loads it, the rest of the console does not pay for it.
const StatisticsPage = lazy(() => import('./statistics-page').then((module) => ({ default: module.StatisticsPage })));

export function StatisticsRoute() {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
      <StatisticsPage />
    </Suspense>
  );
}
