import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app';
import { SessionProvider } from './auth/session';
import './styles.css';
import { installSelectAriaRepair } from './a11y/antd-select-aria';

dayjs.locale('zh-cn');

installSelectAriaRepair();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      // antd spaces out two-character button labels (分 办); staff read 分办, and tests find what they read.
      button={{ autoInsertSpace: false }}
      theme={{
        // antd's default greys, blue, green, orange and red text are 3.3–4.1:1 on white: each is darkened to at least 4.5:1 (WCAG AA).
        token: {
          colorPrimary: '#b71c1c',
          colorInfo: '#0958d9',
          colorLink: '#0958d9',
          colorSuccess: '#237804',
          colorWarning: '#ad4e00',
          colorError: '#c41d1d',
          // antd derives tints from the seed colours; from these darker seeds they turn grey, so the light tints are set.
          colorSuccessBg: '#f6ffed',
          colorSuccessBorder: '#b7eb8f',
          colorWarningBg: '#fffbe6',
          colorWarningBorder: '#ffe58f',
          colorErrorBg: '#fff1f0',
          colorErrorBorder: '#ffccc7',
          colorInfoBg: '#e6f4ff',
          colorInfoBorder: '#91caff',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          // Disabled fields and empty-list notes are still read (a locked 关联政策 field): 0.6 keeps them at 5:1.
          colorTextDisabled: 'rgba(0, 0, 0, 0.6)',
          borderRadius: 6,
          fontSize: 14,
        },
        components: { Layout: { siderBg: '#1f2937' } },
      }}
    >
      <AntApp>
        <BrowserRouter basename="/admin">
          <SessionProvider>
            {/* The signed-in layout is a chunk of its own (app.tsx). */}
            <Suspense fallback={<Spin size="large" tip="正在加载…" fullscreen />}>
              <App />
            </Suspense>
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
