import { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { installAccessibilityBridge } from './platform/a11y';
import { ensureSignedIn } from './services/session';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installAccessibilityBridge();
    // Sign in quietly at launch; pages that need a resident call ensureSignedIn again and see the outcome.
    ensureSignedIn().catch(() => undefined);
  });
  return children;
}

export default App;
