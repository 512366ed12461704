import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { seedDatabase } from './seed/seed-database';

/** `migrate` | `revert` | `seed [--demo]`: what a deployment runs before starting instances. */
async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  const config = loadConfig();
  const dataSource = await new DataSource(buildDataSourceOptions(config.database)).initialize();
  try {
    if (command === 'migrate') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(`已执行迁移 ${applied.length} 个\n`);
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('已回退最近一个迁移\n');
    } else if (command === 'seed') {
      await seedDatabase(dataSource, { demo: flags.includes('--demo') });
      process.stdout.write(`已写入基础数据${flags.includes('--demo') ? '和演示账号' : ''}\n`);
    } else {
      process.stderr.write('用法: cli migrate | revert | seed [--demo]\n');
      process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
