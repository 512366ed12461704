import 'reflect-metadata';
import { StaffRole } from '@govopen/contracts';
import { checkPasswordPolicy } from '@govopen/domain';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { hashPassword } from '../common/password-hasher';
import { Agency } from '../modules/organization/agency.entity';
import { newStaffUser, StaffUser } from '../modules/organization/staff-user.entity';
import { buildDataSourceOptions } from './data-source-options';
import { seedDatabase } from './seed/seed-database';

/**
 * `migrate` | `revert` | `seed [--demo]` | `create-admin <username> <姓名>` (password from ADMIN_PASSWORD):
 * what a deployment runs before starting instances, and how its first system administrator is made.
 */
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
    } else if (command === 'create-admin') {
      await createAdmin(dataSource, flags[0] ?? '', flags[1] ?? '', process.env.ADMIN_PASSWORD ?? '');
    } else {
      process.stderr.write('用法: cli migrate | revert | seed [--demo] | create-admin <用户名> <姓名>\n');
      process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

async function createAdmin(dataSource: DataSource, username: string, displayName: string, password: string): Promise<void> {
  if (!/^[a-z][a-z0-9_.-]{2,39}$/.test(username) || !displayName) {
    throw new Error('用法: ADMIN_PASSWORD=… cli create-admin <用户名> <姓名>');
  }
  const problem = checkPasswordPolicy(password, username);
  if (problem) throw new Error(`ADMIN_PASSWORD: ${problem}`);
  const agency = await dataSource.getRepository(Agency).findOne({ where: {}, order: { id: 'ASC' } });
  if (!agency) throw new Error('尚无机关数据，请先运行 seed');
  if (await dataSource.getRepository(StaffUser).findOneBy({ username })) throw new Error(`用户名 ${username} 已存在`);
  const passwordHash = await hashPassword(password);
  await dataSource
    .getRepository(StaffUser)
    .save(newStaffUser({ agencyId: agency.id, unitId: null, username, displayName, passwordHash, roles: [StaffRole.SYSTEM_ADMIN] }, new Date()));
  process.stdout.write(`已创建系统管理员 ${username}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
