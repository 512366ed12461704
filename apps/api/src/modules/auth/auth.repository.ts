import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { Agency } from '../organization/agency.entity';
import { StaffUser } from '../organization/staff-user.entity';
import { Unit } from '../organization/unit.entity';
import { Resident } from './resident.entity';
import { SessionAccounts } from '../session/session-accounts';

@Injectable()
export class AuthRepository implements SessionAccounts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findStaffById(id: number): Promise<StaffUser | null> {
    return this.dataSource.getRepository(StaffUser).findOneBy({ id });
  }

  findStaffByUsername(username: string, tx: Transaction = this.dataSource.manager): Promise<StaffUser | null> {
    const manager = managerOf(tx);
    return manager.getRepository(StaffUser).findOneBy({ username });
  }

  async saveStaff(user: StaffUser, tx: Transaction = this.dataSource.manager): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(StaffUser).save(user);
  }

  /**
   * Takes the next sign-in attempt of an account, counting it as failed until the password proves otherwise:
   * compare-and-set on the failure count, so of any number of parallel attempts (on any instance) one takes each
   * count and the rest are refused unheard.
   */
  async reserveSignInAttempt(userId: number, failuresBefore: number, nextAttemptAt: Date | null): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(StaffUser)
      .set({ failedLogins: failuresBefore + 1, lockedUntil: nextAttemptAt })
      .where('id = :userId AND failed_logins = :failuresBefore', { userId, failuresBefore })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  findUnitName(unitId: number | null): Promise<string | null> {
    if (unitId === null) return Promise.resolve(null);
    return this.dataSource
      .getRepository(Unit)
      .findOneBy({ id: unitId })
      .then((unit) => unit?.name ?? null);
  }

  findAgencyName(agencyId: number): Promise<string> {
    return this.dataSource
      .getRepository(Agency)
      .findOneBy({ id: agencyId })
      .then((agency) => agency?.name ?? '');
  }

  findResidentById(id: number): Promise<Resident | null> {
    return this.dataSource.getRepository(Resident).findOneBy({ id });
  }

  async bumpResidentTokenVersion(id: number): Promise<void> {
    await this.dataSource.getRepository(Resident).increment({ id }, 'tokenVersion', 1);
  }

  /** Creates the resident on first login; concurrent first logins of one openid resolve to the same row. */
  async upsertResident(openid: string, unionid: string | null, now: Date): Promise<Resident> {
    const repository = this.dataSource.getRepository(Resident);
    const existing = await repository.findOneBy({ openid });
    if (existing) {
      existing.lastLoginAt = now;
      if (unionid) existing.unionid = unionid;
      return repository.save(existing);
    }
    try {
      return await repository.save(repository.create({ openid, unionid, nickname: null, createdAt: now, lastLoginAt: now, tokenVersion: 1 }));
    } catch (error) {
      const raced = await repository.findOneBy({ openid });
      if (raced) return raced;
      throw error;
    }
  }
}
