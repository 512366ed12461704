import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EnterpriseMemberStatus } from '@govopen/contracts';
import { Brackets, DataSource, In, IsNull } from 'typeorm';
import { likeContaining } from '../../common/like-pattern';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { servingAgencyId } from '../organization/staff-directory.repository';
import { Enterprise, EnterpriseDistrict, EnterpriseInvitation, EnterpriseMember, EnterpriseRevision } from './enterprise.entity';

export interface MemberCounts {
  verified: number;
  pending: number;
}

/** Enterprises, their members, revisions, invitations and the agency's districts. Every query names the agency. */
@Injectable()
export class EnterpriseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  private get isMysql(): boolean {
    return ['mysql', 'mariadb'].includes(this.dataSource.options.type);
  }

  servingAgencyId(tx: Transaction = this.dataSource.manager): Promise<number | null> {
    return servingAgencyId(managerOf(tx));
  }

  async districts(agencyId: number, tx: Transaction = this.dataSource.manager): Promise<string[]> {
    const rows = await managerOf(tx).getRepository(EnterpriseDistrict).find({ where: { agencyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
    return rows.map((row) => row.name);
  }

  async replaceDistricts(tx: Transaction, agencyId: number, names: string[]): Promise<void> {
    const repository = managerOf(tx).getRepository(EnterpriseDistrict);
    await repository.delete({ agencyId });
    if (names.length) await repository.insert(names.map((name, index) => ({ agencyId, name, sortOrder: (index + 1) * 10 })));
  }

  /** Locks the row on MySQL/MariaDB so two claims or edits of one enterprise take turns (SQLite has one writer). */
  findEnterprise(agencyId: number, id: number, tx: Transaction = this.dataSource.manager, lock = false): Promise<Enterprise | null> {
    const query = managerOf(tx).getRepository(Enterprise).createQueryBuilder('enterprise').where('enterprise.id = :id AND enterprise.agency_id = :agencyId', { id, agencyId });
    if (lock && this.isMysql) query.setLock('pessimistic_write');
    return query.getOne();
  }

  findByCreditCode(agencyId: number, creditCode: string, tx: Transaction): Promise<Enterprise | null> {
    return managerOf(tx).getRepository(Enterprise).findOneBy({ agencyId, creditCode });
  }

  async enterprisesByIds(agencyId: number, ids: number[]): Promise<Map<number, Enterprise>> {
    const rows = ids.length ? await this.dataSource.getRepository(Enterprise).findBy({ agencyId, id: In([...new Set(ids)]) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  insertEnterprise(tx: Transaction, row: Omit<Enterprise, 'id'>): Promise<Enterprise> {
    return managerOf(tx).getRepository(Enterprise).save(Object.assign(new Enterprise(), row));
  }

  /** Writes the profile if it is still at `expectedVersion`; false when someone saved in between. */
  async updateEnterprise(tx: Transaction, enterprise: Enterprise, expectedVersion: number): Promise<boolean> {
    const { id, agencyId, ...changes } = enterprise;
    const result = await managerOf(tx).getRepository(Enterprise).update({ id, agencyId, version: expectedVersion }, changes);
    return Boolean(result.affected);
  }

  async insertRevision(tx: Transaction, row: Omit<EnterpriseRevision, 'id'>): Promise<void> {
    await managerOf(tx).getRepository(EnterpriseRevision).insert(row);
  }

  revisions(agencyId: number, enterpriseId: number): Promise<EnterpriseRevision[]> {
    return this.dataSource.getRepository(EnterpriseRevision).find({ where: { agencyId, enterpriseId }, order: { id: 'DESC' }, take: 200 });
  }

  findMember(agencyId: number, enterpriseId: number, residentId: number, tx: Transaction = this.dataSource.manager): Promise<EnterpriseMember | null> {
    return managerOf(tx).getRepository(EnterpriseMember).findOneBy({ agencyId, enterpriseId, residentId });
  }

  findMemberById(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<EnterpriseMember | null> {
    return managerOf(tx).getRepository(EnterpriseMember).findOneBy({ agencyId, id });
  }

  saveMember(tx: Transaction, member: Omit<EnterpriseMember, 'id'> & { id?: number }): Promise<EnterpriseMember> {
    return managerOf(tx).getRepository(EnterpriseMember).save(Object.assign(new EnterpriseMember(), member));
  }

  /** Moves a membership on only from the status it was read in: a concurrent decision wins, this one reports false. */
  async updateMemberFrom(tx: Transaction, member: EnterpriseMember, from: EnterpriseMemberStatus): Promise<boolean> {
    const { id, agencyId, ...changes } = member;
    const result = await managerOf(tx).getRepository(EnterpriseMember).update({ id, agencyId, status: from }, changes);
    return Boolean(result.affected);
  }

  /** The resident's own memberships (any status but left), newest first. */
  membershipsOf(agencyId: number, residentId: number): Promise<EnterpriseMember[]> {
    return this.dataSource
      .getRepository(EnterpriseMember)
      .createQueryBuilder('member')
      .where('member.agency_id = :agencyId AND member.resident_id = :residentId AND member.status <> :left', { agencyId, residentId, left: 'left' })
      .orderBy('member.id', 'DESC')
      .getMany();
  }

  membersOf(agencyId: number, enterpriseId: number, tx: Transaction = this.dataSource.manager): Promise<EnterpriseMember[]> {
    return managerOf(tx).getRepository(EnterpriseMember).find({ where: { agencyId, enterpriseId }, order: { id: 'ASC' } });
  }

  async memberCounts(agencyId: number, enterpriseIds: number[], tx: Transaction = this.dataSource.manager): Promise<Map<number, MemberCounts>> {
    const counts = new Map<number, MemberCounts>(enterpriseIds.map((id) => [id, { verified: 0, pending: 0 }]));
    if (!enterpriseIds.length) return counts;
    const rows = await managerOf(tx)
      .getRepository(EnterpriseMember)
      .createQueryBuilder('member')
      .select('member.enterprise_id', 'enterpriseId')
      .addSelect('member.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('member.agency_id = :agencyId AND member.enterprise_id IN (:...ids) AND member.status IN (:...statuses)', { agencyId, ids: enterpriseIds, statuses: ['verified', 'pending'] })
      .groupBy('member.enterprise_id')
      .addGroupBy('member.status')
      .getRawMany<{ enterpriseId: number | string; status: 'verified' | 'pending'; count: number | string }>();
    for (const row of rows) {
      const entry = counts.get(Number(row.enterpriseId));
      if (entry) entry[row.status] = Number(row.count);
    }
    return counts;
  }

  /** 企业绑定审核: memberships by status, oldest first for pending (first come, first decided), newest first otherwise. */
  async bindings(agencyId: number, status: EnterpriseMemberStatus, page: number, pageSize: number): Promise<{ items: EnterpriseMember[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(EnterpriseMember).findAndCount({
      where: { agencyId, status },
      order: { id: status === 'pending' ? 'ASC' : 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  async listEnterprises(agencyId: number, filter: { q?: string; district?: string }, page: number, pageSize: number): Promise<{ items: Enterprise[]; total: number }> {
    const query = this.dataSource.getRepository(Enterprise).createQueryBuilder('enterprise').where('enterprise.agency_id = :agencyId', { agencyId });
    if (filter.district) query.andWhere('enterprise.district = :district', { district: filter.district });
    if (filter.q) {
      const pattern = likeContaining(filter.q);
      query.andWhere(new Brackets((where) => where.where("enterprise.name LIKE :pattern ESCAPE '!'", { pattern }).orWhere("enterprise.credit_code LIKE :pattern ESCAPE '!'", { pattern })));
    }
    const [items, total] = await query.orderBy('enterprise.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items, total };
  }

  async insertInvitation(tx: Transaction, row: Omit<EnterpriseInvitation, 'id'>): Promise<void> {
    await managerOf(tx).getRepository(EnterpriseInvitation).insert(row);
  }

  findInvitation(agencyId: number, code: string, tx: Transaction): Promise<EnterpriseInvitation | null> {
    return managerOf(tx).getRepository(EnterpriseInvitation).findOneBy({ agencyId, code });
  }

  /** Takes the invitation for `residentId` if it is still unused and unexpired at `now`: one use, whoever races. */
  async acceptInvitation(tx: Transaction, id: number, residentId: number, now: Date): Promise<boolean> {
    const result = await managerOf(tx)
      .getRepository(EnterpriseInvitation)
      .createQueryBuilder()
      .update()
      .set({ acceptedBy: residentId, acceptedAt: now })
      .where({ id, acceptedBy: IsNull() })
      .andWhere('expires_at > :now', { now })
      .execute();
    return Boolean(result.affected);
  }

  /**
   * Every enterprise of the agency with at least one verified member, with those members: what a push matches. Read
   * in two plain queries, so 100,000 enterprises cost two scans, not a join per row.
   */
  async verifiedEnterprises(agencyId: number, tx: Transaction = this.dataSource.manager): Promise<{ enterprise: Enterprise; residentIds: number[] }[]> {
    const manager = managerOf(tx);
    const members = await manager
      .getRepository(EnterpriseMember)
      .createQueryBuilder('member')
      .select(['member.id', 'member.enterpriseId', 'member.residentId'])
      .where('member.agency_id = :agencyId AND member.status = :verified', { agencyId, verified: 'verified' })
      .orderBy('member.id', 'ASC')
      .getMany();
    const byEnterprise = new Map<number, number[]>();
    for (const member of members) {
      const list = byEnterprise.get(member.enterpriseId);
      if (list) list.push(member.residentId);
      else byEnterprise.set(member.enterpriseId, [member.residentId]);
    }
    if (!byEnterprise.size) return [];
    const enterprises = await manager.getRepository(Enterprise).find({ where: { agencyId }, order: { id: 'ASC' } });
    return enterprises.filter((enterprise) => byEnterprise.has(enterprise.id)).map((enterprise) => ({ enterprise, residentIds: byEnterprise.get(enterprise.id)! }));
  }
}
