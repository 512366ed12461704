import { Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useSession } from './auth/session';
import { lazyNamed } from './lazy-named';
import { LoginPage } from './pages/login/login-page';

// Each page is its own chunk, fetched when its route first renders (a Suspense around the layout's outlet and one
// around <App /> wait for it): the sign-in page loads none of them.
const AdminLayout = lazyNamed(() => import('./layout/admin-layout'), 'AdminLayout');
const AccountPage = lazyNamed(() => import('./pages/account/account-page'), 'AccountPage');
const AuditLogPage = lazyNamed(() => import('./pages/audit/audit-log-page'), 'AuditLogPage');
const DeliveriesPage = lazyNamed(() => import('./pages/deliveries/deliveries-page'), 'DeliveriesPage');
const CalendarPage = lazyNamed(() => import('./pages/calendar/calendar-page'), 'CalendarPage');
const DashboardPage = lazyNamed(() => import('./pages/dashboard/dashboard-page'), 'DashboardPage');
const DisclosureQueuePage = lazyNamed(() => import('./pages/disclosure/queue-page'), 'DisclosureQueuePage');
const NewDisclosureRequestPage = lazyNamed(() => import('./pages/disclosure/new-request-page'), 'NewDisclosureRequestPage');
const DisclosureRequestPage = lazyNamed(() => import('./pages/disclosure/request-page'), 'DisclosureRequestPage');
const StaffPage = lazyNamed(() => import('./pages/organization/staff-page'), 'StaffPage');
const UnitsPage = lazyNamed(() => import('./pages/organization/units-page'), 'UnitsPage');
const LetterTemplatesPage = lazyNamed(() => import('./pages/letters/letter-templates-page'), 'LetterTemplatesPage');
const CatalogPage = lazyNamed(() => import('./pages/publishing/catalog-page'), 'CatalogPage');
const ContentListPage = lazyNamed(() => import('./pages/publishing/content-list-page'), 'ContentListPage');
const InterpretationPage = lazyNamed(() => import('./pages/publishing/interpretation-page'), 'InterpretationPage');
const PolicyPage = lazyNamed(() => import('./pages/publishing/policy-page'), 'PolicyPage');
const MessageInboxPage = lazyNamed(() => import('./pages/messages/message-inbox-page'), 'MessageInboxPage');
const MessagePage = lazyNamed(() => import('./pages/messages/message-page'), 'MessagePage');
const MessageSettingsPage = lazyNamed(() => import('./pages/messages/message-settings-page'), 'MessageSettingsPage');
const ConsultationListPage = lazyNamed(() => import('./pages/consultations/consultation-list-page'), 'ConsultationListPage');
const ConsultationPage = lazyNamed(() => import('./pages/consultations/consultation-page'), 'ConsultationPage');
const NewConsultationPage = lazyNamed(() => import('./pages/consultations/consultation-page'), 'NewConsultationPage');
const BenefitListPage = lazyNamed(() => import('./pages/enterprise/benefit-list-page'), 'BenefitListPage');
const BenefitPage = lazyNamed(() => import('./pages/enterprise/benefit-page'), 'BenefitPage');
const BindingQueuePage = lazyNamed(() => import('./pages/enterprise/binding-queue-page'), 'BindingQueuePage');
const EnterpriseListPage = lazyNamed(() => import('./pages/enterprise/enterprise-list-page'), 'EnterpriseListPage');
const EnterprisePage = lazyNamed(() => import('./pages/enterprise/enterprise-page'), 'EnterprisePage');
const PushComposePage = lazyNamed(() => import('./pages/enterprise/push-compose-page'), 'PushComposePage');
const PushListPage = lazyNamed(() => import('./pages/enterprise/push-list-page'), 'PushListPage');
const PushPage = lazyNamed(() => import('./pages/enterprise/push-page'), 'PushPage');
const AnnualReportIndex = lazyNamed(() => import('./pages/annual-report/annual-report-page'), 'AnnualReportIndex');
const AnnualReportPage = lazyNamed(() => import('./pages/annual-report/annual-report-page'), 'AnnualReportPage');
const StatisticsRoute = lazyNamed(() => import('./pages/statistics/statistics-route'), 'StatisticsRoute');
const DistrictSettingsPage = lazyNamed(() => import('./pages/enterprise/district-settings-page'), 'DistrictSettingsPage');
const KeyTasksPage = lazyNamed(() => import('./pages/key-tasks/key-tasks-page'), 'KeyTasksPage');
const DisclosureGuidePage = lazyNamed(() => import('./pages/guide/disclosure-guide-page'), 'DisclosureGuidePage');

export function App() {
  const { profile, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return <Spin size="large" tip="正在加载…" fullscreen />;
  }
  if (!profile) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname }} />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="disclosure-requests" element={<DisclosureQueuePage />} />
        <Route path="disclosure-requests/new" element={<NewDisclosureRequestPage />} />
        <Route path="disclosure-requests/:id" element={<DisclosureRequestPage />} />
        <Route path="messages" element={<MessageInboxPage />} />
        <Route path="messages/settings" element={<MessageSettingsPage />} />
        <Route path="messages/:id" element={<MessagePage />} />
        <Route path="consultations" element={<ConsultationListPage />} />
        <Route path="consultations/new" element={<NewConsultationPage />} />
        <Route path="consultations/:id" element={<ConsultationPage />} />
        <Route path="policies" element={<ContentListPage key="policies" kind="policies" />} />
        <Route path="policies/:id" element={<PolicyPage />} />
        <Route path="interpretations" element={<ContentListPage key="interpretations" kind="interpretations" />} />
        <Route path="interpretations/:id" element={<InterpretationPage />} />
        <Route path="catalog" element={<CatalogPage />} />
        <Route path="enterprise-bindings" element={<BindingQueuePage />} />
        <Route path="enterprises" element={<EnterpriseListPage />} />
        <Route path="enterprises/:id" element={<EnterprisePage />} />
        <Route path="policy-benefits" element={<BenefitListPage />} />
        <Route path="policy-benefits/:id" element={<BenefitPage />} />
        <Route path="pushes" element={<PushListPage />} />
        <Route path="pushes/new" element={<PushComposePage />} />
        <Route path="pushes/:id/edit" element={<PushComposePage />} />
        <Route path="pushes/:id" element={<PushPage />} />
        <Route path="annual-reports" element={<AnnualReportIndex />} />
        <Route path="annual-reports/:year" element={<AnnualReportPage />} />
        <Route path="statistics" element={<StatisticsRoute />} />
        <Route path="enterprise-districts" element={<DistrictSettingsPage />} />
        <Route path="key-tasks" element={<KeyTasksPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="staff" element={<StaffPage />} />
        <Route path="audit-logs" element={<AuditLogPage />} />
        <Route path="deliveries" element={<DeliveriesPage />} />
        <Route path="letter-templates" element={<LetterTemplatesPage />} />
        <Route path="disclosure-guide" element={<DisclosureGuidePage />} />
        <Route path="account" element={<AccountPage />} />
      </Route>
      <Route path="/login" element={<Navigate to="/" replace />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
