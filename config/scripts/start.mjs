// `npm start`: install, build, migrate + seed an embedded SQLite database with demo data, serve everything on one port.
import path from 'node:path';
import { build, install, ROOT, startProcess } from './common.mjs';

install();
if (process.env.GOVOPEN_SKIP_BUILD !== '1') build();

const port = process.env.PORT || '3000';
const server = startProcess(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
  env: {
    PORT: port,
    NODE_ENV: process.env.NODE_ENV || 'development',
    SEED_DEMO: process.env.SEED_DEMO || 'true',
    SEED_DEMO_CONTENT: process.env.SEED_DEMO_CONTENT || 'true',
    DEV_LOGIN_ENABLED: process.env.DEV_LOGIN_ENABLED || 'true',
  },
});
console.log(`
[govopen] 正在启动（演示数据，内置 SQLite 数据库 data/govopen.sqlite）
  小程序 H5:   http://localhost:${port}/h5/
  管理后台:    http://localhost:${port}/admin/   （演示账号 admin / GovOpen@2026）
  接口文档:    http://localhost:${port}/api/docs
`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
