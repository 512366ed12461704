import { Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useSession } from './auth/session';
import { AdminLayout } from './layout/admin-layout';
import { AccountPage } from './pages/account/account-page';
import { AuditLogPage } from './pages/audit/audit-log-page';
import { DeliveriesPage } from './pages/deliveries/deliveries-page';
import { CalendarPage } from './pages/calendar/calendar-page';
import { DashboardPage } from './pages/dashboard/dashboard-page';
import { DisclosureQueuePage } from './pages/disclosure/queue-page';
import { NewDisclosureRequestPage } from './pages/disclosure/new-request-page';
import { DisclosureRequestPage } from './pages/disclosure/request-page';
import { LoginPage } from './pages/login/login-page';
import { StaffPage } from './pages/organization/staff-page';
import { UnitsPage } from './pages/organization/units-page';
import { LetterTemplatesPage } from './pages/letters/letter-templates-page';
import { DisclosureGuidePage } from './pages/guide/disclosure-guide-page';
import { CatalogPage } from './pages/publishing/catalog-page';
import { ContentListPage } from './pages/publishing/content-list-page';
import { InterpretationPage } from './pages/publishing/interpretation-page';
import { PolicyPage } from './pages/publishing/policy-page';
import { MessageInboxPage } from './pages/messages/message-inbox-page';
import { MessagePage } from './pages/messages/message-page';
import { MessageSettingsPage } from './pages/messages/message-settings-page';
import { ConsultationListPage } from './pages/consultations/consultation-list-page';
import { ConsultationPage, NewConsultationPage } from './pages/consultations/consultation-page';
import { BenefitListPage } from './pages/enterprise/benefit-list-page';
import { BenefitPage } from './pages/enterprise/benefit-page';
import { BindingQueuePage } from './pages/enterprise/binding-queue-page';
import { EnterpriseListPage } from './pages/enterprise/enterprise-list-page';
import { EnterprisePage } from './pages/enterprise/enterprise-page';
import { PushComposePage } from './pages/enterprise/push-compose-page';
import { PushListPage } from './pages/enterprise/push-list-page';
import { PushPage } from './pages/enterprise/push-page';
import { AnnualReportIndex, AnnualReportPage } from './pages/annual-report/annual-report-page';
import { StatisticsRoute } from './pages/statistics/statistics-route';

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
        <Route path="pushes/:id" element={<PushPage />} />
        <Route path="annual-reports" element={<AnnualReportIndex />} />
        <Route path="annual-reports/:year" element={<AnnualReportPage />} />
        <Route path="statistics" element={<StatisticsRoute />} />
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
